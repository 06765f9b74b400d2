#include "core/settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace inbeeld {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString IdleKey = QStringLiteral("security/idleLockMinutes");
const QString StoresKey = QStringLiteral("stores/known");
const QString MaxPackageKey = QStringLiteral("exchange/maxPackageMiB");
} // namespace

QString AppSettings::language()
{
    // The environment wins (tests, CLI scripts); then the user's choice; Dutch by default.
    const QString env = qEnvironmentVariable("INBEELD_LANGUAGE");
    if (env == QLatin1String("nl") || env == QLatin1String("en"))
        return env;
    const QString stored = QSettings().value(LanguageKey).toString();
    return stored == QLatin1String("en") ? stored : QStringLiteral("nl");
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(LanguageKey, language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl"));
}

qint64 AppSettings::maxPackageMiB()
{
    bool ok = false;
    const qint64 mib = QSettings().value(MaxPackageKey, DefaultMaxPackageMiB).toLongLong(&ok);
    return ok && mib > 0 ? mib : DefaultMaxPackageMiB;
}

void AppSettings::setMaxPackageMiB(qint64 mebibytes)
{
    QSettings().setValue(MaxPackageKey, mebibytes);
}

int AppSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(IdleKey, DefaultIdleLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultIdleLockMinutes;
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(IdleKey, qMax(0, minutes));
}

QStringList AppSettings::knownStores()
{
    return QSettings().value(StoresKey).toStringList();
}

void AppSettings::addKnownStore(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = knownStores();
    list.removeAll(abs);
    list.prepend(abs);
    QSettings().setValue(StoresKey, list);
}

void AppSettings::removeKnownStore(const QString& path)
{
    QStringList list = knownStores();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(StoresKey, list);
}

QString AppSettings::lastStore()
{
    const QStringList list = knownStores();
    return list.isEmpty() ? QString() : list.first();
}

QString AppSettings::defaultStoreDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/stores");
}

QString AppSettings::suggestedStoreFileName(const QString& organisationName)
{
    QString base = organisationName.normalized(QString::NormalizationForm_KD).toLower();
    base.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
    base = base.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    if (base.isEmpty())
        base = QStringLiteral("organisatie");
    return base + QStringLiteral(".inbeeld");
}

} // namespace inbeeld
