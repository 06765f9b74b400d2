#include "core/demo/DemoStore.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/session/SessionController.h"
#include "ui/setup/SetupWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestGuiUnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }
    void init() { clearSettings(); }

    void listsStoresAndSelectsCurrent();
    void emptyPassphraseIsRefused();
    void unlockHandsOverPassphraseAndClearsField();
    void missingFileIsExplained();
    void demoStoreShowsItsPassphrase();
    void demoSessionOpensWithShownPassphrase();
    void newOrganisationAsksForWizard();

private:
    QString touch(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(4096, 'x'));
        return path;
    }

    QTemporaryDir m_dir;
};

void TestGuiUnlockDialog::listsStoresAndSelectsCurrent()
{
    const QString a = touch(QStringLiteral("a.inbeeld"));
    const QString b = touch(QStringLiteral("b.inbeeld"));
    const QString c = touch(QStringLiteral("c.inbeeld"));
    UnlockDialog dialog;
    dialog.setStores({a, b}, b);
    auto* combo = named<QComboBox>(&dialog, "storeCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("a.inbeeld"));
    QCOMPARE(dialog.storePath(), b);
    QVERIFY(named<QPushButton>(&dialog, "unlockButton")->isDefault());
    QVERIFY(named<QPushButton>(&dialog, "openOtherButton"));
    QVERIFY(named<QPushButton>(&dialog, "newOrgButton"));
    QCOMPARE(named<QLineEdit>(&dialog, "passphraseEdit")->echoMode(), QLineEdit::Password);

    // A store that is not in the list yet is added in front.
    dialog.setStores({a, b}, c);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dialog.storePath(), c);
}

void TestGuiUnlockDialog::emptyPassphraseIsRefused()
{
    UnlockDialog dialog;
    dialog.setStores({touch(QStringLiteral("leeg.inbeeld"))}, {});
    dialog.show();
    QSignalSpy requested(&dialog, &UnlockDialog::unlockRequested);
    click(named<QPushButton>(&dialog, "unlockButton"));
    QCOMPARE(requested.count(), 0);
    QVERIFY(named<QLabel>(&dialog, "errorLabel")->isVisible());
    QVERIFY(dialog.isVisible());
}

void TestGuiUnlockDialog::unlockHandsOverPassphraseAndClearsField()
{
    const QString path = touch(QStringLiteral("x.inbeeld"));
    UnlockDialog dialog;
    dialog.setStores({path}, path);
    dialog.show();
    QSignalSpy requested(&dialog, &UnlockDialog::unlockRequested);
    auto* edit = named<QLineEdit>(&dialog, "passphraseEdit");
    typeInto(edit, QStringLiteral("geheim geheim 123"));
    QTest::keyClick(edit, Qt::Key_Return); // the default button
    QCOMPARE(requested.count(), 1);
    QVERIFY(dialog.isVisible()); // stays until the controller hides it
    const SecretBytes secret = dialog.takePassphrase();
    QVERIFY(secret.equals(SecretBytes::fromUtf8(QStringLiteral("geheim geheim 123"))));
    QVERIFY(edit->text().isEmpty());

    named<QCheckBox>(&dialog, "rememberCheck")->setChecked(true);
    QVERIFY(dialog.rememberKey());
    dialog.setRememberAvailable(false);
    QVERIFY(!dialog.rememberKey());

    dialog.showError(QStringLiteral("Wrong."));
    QCOMPARE(named<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Wrong."));
    typeInto(edit, QStringLiteral("a"));
    QVERIFY(!named<QLabel>(&dialog, "errorLabel")->isVisible()); // typing again clears the error
}

void TestGuiUnlockDialog::missingFileIsExplained()
{
    UnlockDialog dialog;
    dialog.setStores({m_dir.filePath(QStringLiteral("weg.inbeeld"))}, {});
    dialog.show();
    QVERIFY(named<QLabel>(&dialog, "errorLabel")->isVisible());
}

void TestGuiUnlockDialog::demoStoreShowsItsPassphrase()
{
    const Result<QString> demo = DemoStore::create(m_dir.path());
    QVERIFY2(demo, qPrintable(demo.message()));
    const QString other = touch(QStringLiteral("gewoon.inbeeld"));
    UnlockDialog dialog;
    dialog.setStores({other, demo.value()}, demo.value());
    dialog.show();
    auto* hint = named<QLabel>(&dialog, "demoHintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(DemoStore::passphrase()));

    named<QComboBox>(&dialog, "storeCombo")->setCurrentIndex(0);
    QVERIFY(!hint->isVisible());
    QFile::remove(demo.value());
}

void TestGuiUnlockDialog::demoSessionOpensWithShownPassphrase()
{
    QTemporaryDir demoDir;
    const Result<QString> demo = DemoStore::create(demoDir.path());
    QVERIFY(demo);
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(demo.value(), true);
    UnlockDialog* dialog = session.unlockDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(named<QLabel>(dialog, "demoHintLabel")->isVisible());
    typeInto(named<QLineEdit>(dialog, "passphraseEdit"), DemoStore::passphrase());
    click(named<QPushButton>(dialog, "unlockButton"));
    QTRY_VERIFY(session.store());
    QCOMPARE(session.store()->organisation().name, DemoStore::organisationName());
    // A throw-away demo store is not added to the stores offered next time.
    QVERIFY(AppSettings::knownStores().isEmpty());
}

void TestGuiUnlockDialog::newOrganisationAsksForWizard()
{
    const QString path = touch(QStringLiteral("nieuw.inbeeld"));
    InMemorySecretStore secrets;
    SessionController session(secrets);
    session.start(path);
    QVERIFY(session.unlockDialog()->isVisible());
    click(named<QPushButton>(session.unlockDialog(), "newOrgButton"));
    QVERIFY(session.setupWizard());
    QVERIFY(session.setupWizard()->isVisible());
    QVERIFY(!session.unlockDialog()->isVisible());

    // Cancelling the wizard goes back to the unlock dialog, it does not quit.
    QSignalSpy quit(&session, &SessionController::quitRequested);
    click(session.setupWizard()->button(QWizard::CancelButton));
    QVERIFY(session.unlockDialog()->isVisible());
    QCOMPARE(session.unlockDialog()->storePath(), path);
    QCOMPARE(quit.count(), 0);
}

INBEELD_GUI_TEST_MAIN(TestGuiUnlockDialog)
#include "tst_gui_unlockdialog.moc"
