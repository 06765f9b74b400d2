#include "core/demo/DemoStore.h"
#include "core/i18n/Translations.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/passphrase/ChangePassphraseDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/setup/SetupWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Renders every screen of the foundation and checks it lays out to a sane size. With
/// INBEELD_SCREENSHOT_DIR set, the images are kept there (for the README and for review).
class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setupWizardPages();
    void unlockDialog();
    void mainWindow();
    void everyTabOfTheDemo();
    void dialogs();

private:
    void shoot(QWidget* widget, const QString& name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY2(pixmap.width() >= widget->minimumSizeHint().width(), qPrintable(name));
        QVERIFY2(pixmap.height() >= widget->minimumSizeHint().height(), qPrintable(name));
        if (!m_shotDir.isEmpty())
            QVERIFY(pixmap.save(m_shotDir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QString m_shotDir;
    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
};

void TestGuiScreenshots::initTestCase()
{
    SqlCipherDriver::registerDriver();
    m_shotDir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    // INBEELD_SCREENSHOT_LANGUAGE=nl shows what a Dutch user sees (the tests run in English).
    if (const QString language = qEnvironmentVariable("INBEELD_SCREENSHOT_LANGUAGE"); !language.isEmpty())
        Translations::install(language);
    if (!m_shotDir.isEmpty())
        QVERIFY(QDir().mkpath(m_shotDir));
}

void TestGuiScreenshots::setupWizardPages()
{
    StoreOpener opener(m_secrets);
    SetupWizard wizard(opener);
    shoot(&wizard, QStringLiteral("setup-1-welcome"));
    click(wizard.button(QWizard::NextButton));
    typeInto(named<QLineEdit>(&wizard, "orgNameEdit"), QStringLiteral("RBL Midden-Gelre"));
    shoot(&wizard, QStringLiteral("setup-2-organisation"));
    click(wizard.button(QWizard::NextButton));
    shoot(&wizard, QStringLiteral("setup-3-location"));
    click(wizard.button(QWizard::NextButton));
    typeInto(named<QLineEdit>(&wizard, "passphraseEdit"), QStringLiteral("kaas fiets molen"));
    typeInto(named<QLineEdit>(&wizard, "confirmEdit"), QStringLiteral("kaas fiets"));
    shoot(&wizard, QStringLiteral("setup-4-passphrase"));
}

void TestGuiScreenshots::unlockDialog()
{
    const Result<QString> demo = DemoStore::create(m_dir.path());
    QVERIFY2(demo, qPrintable(demo.message()));
    UnlockDialog dialog;
    dialog.setStores({demo.value()}, demo.value());
    dialog.setKeychainNotice(QStringLiteral("The keychain of this computer is not available, so InBeeld cannot "
                                            "remember the passphrase here. Enter the passphrase each time you open "
                                            "the store."));
    shoot(&dialog, QStringLiteral("unlock-demo"));
    dialog.showError(QStringLiteral("The passphrase is not correct. Check it and try again."));
    dialog.setKeychainNotice({});
    shoot(&dialog, QStringLiteral("unlock-error"));
}

void TestGuiScreenshots::mainWindow()
{
    auto store
        = createTestStore(m_dir.filePath(QStringLiteral("shots.inbeeld")), QStringLiteral("kaas fiets molen regen 42"),
                          testOrganisation(Role::Rbl, QStringLiteral("RBL Midden-Gelre")));
    QVERIFY(store);
    StoreOpener opener(m_secrets);
    MainWindow window(opener);
    window.setStore(store.get());
    shoot(&window, QStringLiteral("main-overview"));
    named<QTabWidget>(&window, "mainTabs")->setCurrentIndex(1);
    shoot(&window, QStringLiteral("main-audit"));
    window.clearStore();
}

void TestGuiScreenshots::everyTabOfTheDemo()
{
    // Each main tab with the demo's data, at the smallest screen caseworkers have (1366x768) and at
    // full HD: every tab must fit without the window growing past the screen.
    const Result<QString> demo = DemoStore::create(m_dir.filePath(QStringLiteral("tour")));
    QVERIFY2(demo, qPrintable(demo.message()));
    auto opened = Store::open(demo.value(), passphrase(DemoStore::passphrase()));
    QVERIFY2(opened, qPrintable(opened.message()));
    StoreOpener opener(m_secrets);
    MainWindow window(opener);
    window.setStore(opened.value().get());
    auto* tabs = named<QTabWidget>(&window, "mainTabs");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QString name
                = QStringLiteral("tour-%1-%2").arg(size.width()).arg(tabs->currentWidget()->objectName());
            shoot(&window, name);
            QVERIFY2(window.width() <= size.width() && window.height() <= size.height(),
                     qPrintable(QStringLiteral("%1 grew to %2x%3").arg(name).arg(window.width()).arg(window.height())));
        }
    }
    window.clearStore();
}

void TestGuiScreenshots::dialogs()
{
    auto store = createTestStore(m_dir.filePath(QStringLiteral("dialogs.inbeeld")),
                                 QStringLiteral("kaas fiets molen regen 42"));
    QVERIFY(store);
    StoreOpener opener(m_secrets);
    ChangePassphraseDialog change(*store, opener);
    shoot(&change, QStringLiteral("change-passphrase"));
    SettingsDialog settings;
    shoot(&settings, QStringLiteral("settings"));
    RestoreDialog restore(store->path());
    shoot(&restore, QStringLiteral("restore"));
}

INBEELD_GUI_TEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
