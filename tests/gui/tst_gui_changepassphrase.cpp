#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/passphrase/ChangePassphraseDialog.h"
#include "ui/session/SessionController.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString OldPassphrase = QStringLiteral("kaas fiets molen regen 42");
const QString NewPassphrase = QStringLiteral("zeven wolken boven de dijk");

void unlockWith(SessionController& session, const QString& passphrase, bool remember = false)
{
    UnlockDialog* dialog = session.unlockDialog();
    named<QCheckBox>(dialog, "rememberCheck")->setChecked(remember);
    typeInto(named<QLineEdit>(dialog, "passphraseEdit"), passphrase);
    click(named<QPushButton>(dialog, "unlockButton"));
}

ChangePassphraseDialog* openDialog(SessionController& session)
{
    named<QAction>(session.mainWindow(), "actionChangePassphrase")->trigger();
    const QList<ChangePassphraseDialog*> dialogs = session.mainWindow()->findChildren<ChangePassphraseDialog*>();
    for (ChangePassphraseDialog* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

class TestGuiChangePassphrase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }
    void init() { clearSettings(); }

    void changeThenUnlockWithNewPassphrase();
    void wrongCurrentPassphraseKeepsDialog();
    void sameOrWeakPassphraseIsRefused();
    void lockingClosesTheDialog();

private:
    QTemporaryDir m_dir;
};

void TestGuiChangePassphrase::changeThenUnlockWithNewPassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("wissel.inbeeld"));
    QVERIFY(createTestStore(path, OldPassphrase));
    InMemorySecretStore secrets;
    {
        SessionController session(secrets);
        session.start(path);
        unlockWith(session, OldPassphrase, true);
        QTRY_VERIFY(session.store());
        QVERIFY(secrets.contains(StoreOpener::accountFor(path)));

        ChangePassphraseDialog* dialog = openDialog(session);
        QVERIFY(dialog);
        auto* change = named<QPushButton>(dialog, "changeButton");
        QVERIFY(!change->isEnabled());
        typeInto(named<QLineEdit>(dialog, "currentEdit"), OldPassphrase);
        typeInto(named<QLineEdit>(dialog, "passphraseEdit"), NewPassphrase);
        QVERIFY(!change->isEnabled()); // not repeated yet
        typeInto(named<QLineEdit>(dialog, "confirmEdit"), NewPassphrase);
        QVERIFY(change->isEnabled());
        click(change);

        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(session.mainWindow()->statusBar()->currentMessage().contains(QStringLiteral("changed")));

        session.lock();
        unlockWith(session, OldPassphrase);
        QVERIFY(!session.store());
        QVERIFY(named<QLabel>(session.unlockDialog(), "errorLabel")->isVisible());
        unlockWith(session, NewPassphrase);
        QTRY_VERIFY(session.store());
    }
    // The keychain got the new key: the next start opens without asking.
    SessionController next(secrets);
    next.start(path);
    QVERIFY(next.store());
    QVERIFY(!next.unlockDialog()->isVisible());
}

void TestGuiChangePassphrase::wrongCurrentPassphraseKeepsDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("fout.inbeeld"));
    QVERIFY(createTestStore(path, OldPassphrase));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, OldPassphrase);
    QTRY_VERIFY(session.store());

    ChangePassphraseDialog* dialog = openDialog(session);
    QVERIFY(dialog);
    typeInto(named<QLineEdit>(dialog, "currentEdit"), QStringLiteral("niet de huidige zin"));
    typeInto(named<QLineEdit>(dialog, "passphraseEdit"), NewPassphrase);
    typeInto(named<QLineEdit>(dialog, "confirmEdit"), NewPassphrase);
    click(named<QPushButton>(dialog, "changeButton"));
    QVERIFY(dialog->isVisible());
    auto* error = named<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(named<QLineEdit>(dialog, "currentEdit")->text().isEmpty());
    QCOMPARE(named<QLineEdit>(dialog, "passphraseEdit")->text(), NewPassphrase); // kept for the retry
    dialog->reject();

    session.lock();
    unlockWith(session, OldPassphrase);
    QTRY_VERIFY(session.store());
}

void TestGuiChangePassphrase::sameOrWeakPassphraseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("zwak.inbeeld"));
    auto store = createTestStore(path, OldPassphrase);
    QVERIFY(store);
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    ChangePassphraseDialog dialog(*store, opener);
    dialog.show();
    auto* change = named<QPushButton>(&dialog, "changeButton");
    typeInto(named<QLineEdit>(&dialog, "currentEdit"), OldPassphrase);
    typeInto(named<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("kort"));
    typeInto(named<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("kort"));
    QVERIFY(!change->isEnabled());
    QVERIFY(!named<QLabel>(&dialog, "strengthLabel")->text().isEmpty());

    typeInto(named<QLineEdit>(&dialog, "passphraseEdit"), OldPassphrase);
    typeInto(named<QLineEdit>(&dialog, "confirmEdit"), OldPassphrase);
    QVERIFY(change->isEnabled());
    click(change);
    QVERIFY(dialog.isVisible());
    QVERIFY(named<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("same")));
}

void TestGuiChangePassphrase::lockingClosesTheDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("open-dialoog.inbeeld"));
    QVERIFY(createTestStore(path, OldPassphrase));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    unlockWith(session, OldPassphrase);
    QTRY_VERIFY(session.store());
    QPointer<ChangePassphraseDialog> dialog = openDialog(session);
    QVERIFY(dialog);
    typeInto(named<QLineEdit>(dialog, "currentEdit"), OldPassphrase);

    // The idle lock (or Ctrl+L) while the dialog is open: the dialog goes with the store.
    session.lock();
    QVERIFY(!session.store());
    QVERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(!dialog);
    unlockWith(session, OldPassphrase);
    QTRY_VERIFY(session.store());
}

INBEELD_GUI_TEST_MAIN(TestGuiChangePassphrase)
#include "tst_gui_changepassphrase.moc"
