#include "core/audit/AuditLog.h"
#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "tests/support/TestMain.h"

#include <QFileInfo>
#include <QLibraryInfo>

using namespace inbeeld;

/// Dutch is the default UI language; English is one setting away.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void dutchIsTheDefault()
    {
        qunsetenv("INBEELD_LANGUAGE");
        QCOMPARE(AppSettings::language(), QStringLiteral("nl"));
        AppSettings::setLanguage(QStringLiteral("en"));
        QCOMPARE(AppSettings::language(), QStringLiteral("en"));
        AppSettings::setLanguage(QStringLiteral("nl"));
        QCOMPARE(AppSettings::language(), QStringLiteral("nl"));
        qputenv("INBEELD_LANGUAGE", "en");
        QCOMPARE(AppSettings::language(), QStringLiteral("en")); // the environment wins
    }

    void dutchTranslationIsLoaded()
    {
        QCOMPARE(AuditLog::describe(QStringLiteral("store.created")), QStringLiteral("Store created"));
        Translations::install(QStringLiteral("nl"));
        const QString dutch = AuditLog::describe(QStringLiteral("store.created"));
        QVERIFY(dutch != QStringLiteral("Store created"));
        QVERIFY2(dutch.contains(QLatin1String("aangemaakt")) || dutch.contains(QLatin1String("gemaakt")),
                 qPrintable(dutch));
    }

    // Qt's own strings (standard buttons, file dialogs) in Dutch come from qtbase_nl.qm in Qt's
    // translations folder (Debian: qt6-translations-l10n, which the package recommends).
    void qtsOwnDutchStringsAreLoaded()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFileInfo::exists(folder + QStringLiteral("/qtbase_nl.qm")))
            QSKIP("qtbase_nl.qm is not installed (qt6-translations-l10n)");
        Translations::install(QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
    }
};

INBEELD_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
