#include "core/secrets/InMemorySecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/session/IdleWatcher.h"
#include "ui/session/SessionController.h"
#include "ui/setup/SetupWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString Passphrase = QStringLiteral("kaas fiets molen regen 42");
const QString OtherPassphrase = QStringLiteral("zeven wolken boven de dijk");
const QString OrgName = QStringLiteral("RBL Proefregio Oost");

/// Enters a passphrase in the unlock dialog and presses Unlock.
void unlockWith(SessionController& session, const QString& passphrase, bool remember = false)
{
    UnlockDialog* dialog = session.unlockDialog();
    auto* check = named<QCheckBox>(dialog, "rememberCheck");
    if (check->isEnabled())
        check->setChecked(remember);
    typeInto(named<QLineEdit>(dialog, "passphraseEdit"), passphrase);
    click(named<QPushButton>(dialog, "unlockButton"));
}

QString errorText(const UnlockDialog* dialog)
{
    const auto* label = named<QLabel>(dialog, "errorLabel");
    return label->isVisible() ? label->text() : QString();
}
} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }
    void init()
    {
        clearSettings();
        QVERIFY(m_dir.isValid());
    }

    void firstRunWizardCreatesStore();
    void cancellingFirstRunQuits();
    void lockShowsUnlockDialogAndRightPassphraseReturns();
    void lockShortcutLocks();
    void rememberedKeyOpensWithoutDialog();
    void keychainUnavailableFallsBackToPassphrase();
    void idleLockFires();
    void restoreReplacesStore();
    void failedRestoreKeepsStore();
    void storeInUseIsReported();
    void quitFromUnlockDialog();

private:
    QString newStore(const QString& fileName, const QString& passphrase = Passphrase)
    {
        const QString path = m_dir.filePath(fileName);
        auto store = createTestStore(path, passphrase, testOrganisation(Role::Rbl, OrgName));
        return store ? path : QString();
    }

    QTemporaryDir m_dir;
};

void TestGuiSession::firstRunWizardCreatesStore()
{
    InMemorySecretStore secrets;
    SessionController session(secrets);
    QSignalSpy unlocked(&session, &SessionController::unlocked);
    session.start();

    SetupWizard* wizard = session.setupWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->objectName(), QStringLiteral("setupWizard"));
    QVERIFY(!session.unlockDialog()->isVisible());

    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(SetupWizard::OrganisationPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no name yet
    typeInto(named<QLineEdit>(wizard, "orgNameEdit"), OrgName);
    auto* role = named<QComboBox>(wizard, "roleCombo");
    QCOMPARE(role->count(), 2);
    auto* agreement = named<QComboBox>(wizard, "agreementCombo");
    QVERIFY(agreement->count() >= 1);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(SetupWizard::LocationPageId));
    auto* pathEdit = named<QLineEdit>(wizard, "storePathEdit");
    QVERIFY(pathEdit->text().endsWith(AppSettings::suggestedStoreFileName(OrgName)));
    const QString path = m_dir.filePath(QStringLiteral("sub/first-run.inbeeld"));
    typeInto(pathEdit, path);

    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(SetupWizard::PassphrasePageId));
    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    QVERIFY(!finish->isEnabled());
    typeInto(named<QLineEdit>(wizard, "passphraseEdit"), Passphrase);
    typeInto(named<QLineEdit>(wizard, "confirmEdit"), Passphrase);
    QVERIFY(finish->isEnabled());
    click(finish);

    QTRY_VERIFY(session.store());
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(QFile::exists(path));
    const QByteArray bytes = readFile(path);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(OrgName.toUtf8()));
    QVERIFY(session.mainWindow()->isVisible());
    QVERIFY(named<QLabel>(session.mainWindow(), "orgStatusLabel")->text().contains(OrgName));
    QCOMPARE(named<QLabel>(session.mainWindow(), "storePathLabel")->text(), QDir::toNativeSeparators(path));
    QCOMPARE(AppSettings::knownStores(), QStringList {path});
    QTRY_VERIFY(!session.setupWizard());
    QVERIFY(!secrets.contains(StoreOpener::accountFor(path))); // "remember" was not ticked
}

void TestGuiSession::cancellingFirstRunQuits()
{
    InMemorySecretStore secrets;
    SessionController session(secrets);
    QSignalSpy quit(&session, &SessionController::quitRequested);
    session.start();
    QVERIFY(session.setupWizard());
    click(session.setupWizard()->button(QWizard::CancelButton));
    QCOMPARE(quit.count(), 1);
    QVERIFY(!session.unlockDialog()->isVisible());
    QVERIFY(AppSettings::knownStores().isEmpty());
}

void TestGuiSession::lockShowsUnlockDialogAndRightPassphraseReturns()
{
    const QString path = newStore(QStringLiteral("lock.inbeeld"));
    QVERIFY(!path.isEmpty());
    AppSettings::addKnownStore(path);

    InMemorySecretStore secrets;
    SessionController session(secrets);
    QSignalSpy locked(&session, &SessionController::locked);
    session.start();
    UnlockDialog* dialog = session.unlockDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(!session.store());
    QCOMPARE(dialog->storePath(), path);
    QVERIFY(!named<QLabel>(dialog, "demoHintLabel")->isVisible());

    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
    QVERIFY(!dialog->isVisible());
    MainWindow* window = session.mainWindow();
    QVERIFY(window->isVisible());

    named<QAction>(window, "actionLock")->trigger();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session.store());
    QVERIFY(!window->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(named<QLabel>(dialog, "infoLabel")->isVisible());
    // No data of the store is left in the hidden window.
    QVERIFY(named<QLabel>(window, "orgStatusLabel")->text().isEmpty());
    QVERIFY(named<QLabel>(window, "orgNameValue")->text().isEmpty());
    QVERIFY(!window->store());

    unlockWith(session, QStringLiteral("dit is niet de goede zin"));
    QVERIFY(!session.store());
    QVERIFY(dialog->isVisible());
    QVERIFY(!errorText(dialog).isEmpty());
    auto* passphraseEdit = named<QLineEdit>(dialog, "passphraseEdit");
    QVERIFY(passphraseEdit->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), passphraseEdit);

    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
    QVERIFY(window->isVisible());
    QVERIFY(!dialog->isVisible());
    QVERIFY(named<QLabel>(window, "orgStatusLabel")->text().contains(OrgName));
    QVERIFY(errorText(dialog).isEmpty());
}

void TestGuiSession::lockShortcutLocks()
{
    const QString path = newStore(QStringLiteral("shortcut.inbeeld"));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
    QCOMPARE(named<QAction>(session.mainWindow(), "actionLock")->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    session.mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(session.mainWindow()));
    QTest::keyClick(session.mainWindow(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!session.store());
    QVERIFY(session.unlockDialog()->isVisible());
}

void TestGuiSession::rememberedKeyOpensWithoutDialog()
{
    const QString path = newStore(QStringLiteral("remember.inbeeld"));
    AppSettings::addKnownStore(path);
    InMemorySecretStore secrets;
    {
        SessionController first(secrets);
        first.start();
        unlockWith(first, Passphrase, true);
        QTRY_VERIFY(first.store());
        QVERIFY(secrets.contains(StoreOpener::accountFor(path)));
    }
    {
        SessionController second(secrets);
        second.start();
        QVERIFY(second.store());
        QVERIFY(second.mainWindow()->isVisible());
        QVERIFY(!second.unlockDialog()->isVisible());

        named<QAction>(second.mainWindow(), "actionForgetKey")->trigger();
        QVERIFY(!secrets.contains(StoreOpener::accountFor(path)));
        QVERIFY(!second.mainWindow()->statusBar()->currentMessage().isEmpty());
    }
    SessionController third(secrets);
    third.start();
    QVERIFY(!third.store());
    QVERIFY(third.unlockDialog()->isVisible());
}

void TestGuiSession::keychainUnavailableFallsBackToPassphrase()
{
    const QString path = newStore(QStringLiteral("nokeychain.inbeeld"));
    AppSettings::addKnownStore(path);
    InMemorySecretStore secrets;
    secrets.setAvailable(false);
    SessionController session(secrets);
    session.start();

    UnlockDialog* dialog = session.unlockDialog();
    QVERIFY(dialog->isVisible());
    auto* notice = named<QLabel>(dialog, "keychainNoticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("keychain")));
    QVERIFY(!named<QCheckBox>(dialog, "rememberCheck")->isEnabled());

    unlockWith(session, Passphrase, true);
    QTRY_VERIFY(session.store());
    QVERIFY(session.mainWindow()->isVisible());

    // Once per run: after locking, the notice is not repeated.
    session.lock();
    QVERIFY(dialog->isVisible());
    QVERIFY(!notice->isVisible());
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
}

void TestGuiSession::idleLockFires()
{
    const QString path = newStore(QStringLiteral("idle.inbeeld"));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    QSignalSpy locked(&session, &SessionController::locked);
    session.start(path);
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());

    session.idleWatcher()->setIdleTimeout(600);
    QVERIFY(session.idleWatcher()->isCounting());
    // Keyboard input keeps the session open.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(250);
        QTest::keyClick(session.mainWindow(), Qt::Key_Shift);
    }
    QCOMPARE(locked.count(), 0);
    QVERIFY(session.store());

    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 5000);
    QVERIFY(!session.store());
    QVERIFY(session.unlockDialog()->isVisible());
    QVERIFY(named<QLabel>(session.unlockDialog(), "infoLabel")->text().contains(QStringLiteral("not used")));
    QVERIFY(!session.idleWatcher()->isCounting());
}

void TestGuiSession::restoreReplacesStore()
{
    const QString path = newStore(QStringLiteral("restore.inbeeld"));
    const QString backup = m_dir.filePath(QStringLiteral("restore-backup.inbeeld"));
    {
        // The backup opens with the first passphrase, the store afterwards with another one.
        auto opened = Store::open(path, passphrase(Passphrase));
        QVERIFY2(opened, qPrintable(opened.message()));
        const Result<AuditAnchor> written = opened.value()->backupTo(backup);
        QVERIFY2(written, qPrintable(written.message()));
        const Result<void> changed
            = opened.value()->changePassphrase(passphrase(Passphrase), passphrase(OtherPassphrase));
        QVERIFY2(changed, qPrintable(changed.message()));
    }
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, OtherPassphrase);
    QTRY_VERIFY(session.store());

    named<QAction>(session.mainWindow(), "actionRestore")->trigger();
    auto* dialog = session.mainWindow()->findChild<RestoreDialog*>(QStringLiteral("restoreDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* restoreButton = named<QPushButton>(dialog, "restoreButton");
    QVERIFY(!restoreButton->isEnabled());
    typeInto(named<QLineEdit>(dialog, "backupPathEdit"), backup);
    typeInto(named<QLineEdit>(dialog, "backupPassphraseEdit"), Passphrase);
    QVERIFY(restoreButton->isEnabled());
    click(restoreButton);

    QTRY_VERIFY(!session.store());
    QTRY_VERIFY(session.unlockDialog()->isVisible());
    QVERIFY(named<QLabel>(session.unlockDialog(), "infoLabel")->text().contains(QStringLiteral(".before-restore")));
    QVERIFY(QFile::exists(path + QStringLiteral(".before-restore")));
    QCOMPARE(session.unlockDialog()->storePath(), path);

    unlockWith(session, OtherPassphrase); // the replaced store's passphrase no longer opens it
    QVERIFY(!session.store());
    QVERIFY(!errorText(session.unlockDialog()).isEmpty());
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
}

void TestGuiSession::failedRestoreKeepsStore()
{
    const QString path = newStore(QStringLiteral("norestore.inbeeld"));
    const QString backup = m_dir.filePath(QStringLiteral("norestore-backup.inbeeld"));
    {
        auto opened = Store::open(path, passphrase(Passphrase));
        QVERIFY(opened);
        QVERIFY(opened.value()->backupTo(backup));
    }
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());

    named<QAction>(session.mainWindow(), "actionRestore")->trigger();
    auto* dialog = session.mainWindow()->findChild<RestoreDialog*>(QStringLiteral("restoreDialog"));
    QVERIFY(dialog);
    typeInto(named<QLineEdit>(dialog, "backupPathEdit"), backup);
    typeInto(named<QLineEdit>(dialog, "backupPassphraseEdit"), QStringLiteral("niet de zin van de backup"));
    click(named<QPushButton>(dialog, "restoreButton"));

    QTRY_VERIFY(session.unlockDialog()->isVisible());
    QVERIFY(!session.store());
    QVERIFY(!errorText(session.unlockDialog()).isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-restore")));
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
}

void TestGuiSession::storeInUseIsReported()
{
    const QString path = newStore(QStringLiteral("inuse.inbeeld"));
    auto elsewhere = Store::open(path, passphrase(Passphrase)); // another window of the program
    QVERIFY(elsewhere);
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, Passphrase);
    QVERIFY(!session.store());
    QVERIFY(session.unlockDialog()->isVisible());
    QVERIFY(!errorText(session.unlockDialog()).isEmpty());

    elsewhere.value().reset();
    unlockWith(session, Passphrase);
    QTRY_VERIFY(session.store());
}

void TestGuiSession::quitFromUnlockDialog()
{
    const QString path = newStore(QStringLiteral("quit.inbeeld"));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    QSignalSpy quit(&session, &SessionController::quitRequested);
    session.start(path);
    click(named<QPushButton>(session.unlockDialog(), "cancelButton"));
    QCOMPARE(quit.count(), 1);
    QVERIFY(!session.unlockDialog()->isVisible());
}

INBEELD_GUI_TEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
