#include "core/domain/Agreement.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/setup/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString Passphrase = QStringLiteral("kaas fiets molen regen 42");
const QString OrgName = QStringLiteral("SWV Proef Liemers");
} // namespace

class TestGuiSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }
    void init() { clearSettings(); }

    void pagesAndFields();
    void proposesPathUntilUserChoosesOne();
    void existingFileIsRefused();
    void passphraseMustBeStrongAndRepeated();
    void createsStoreAndRemembersKey();
    void failedCreationKeepsInput();

private:
    /// Fills the organisation page and moves to the location page.
    void toLocationPage(SetupWizard& wizard, int roleIndex = 1)
    {
        wizard.show();
        click(wizard.button(QWizard::NextButton));
        typeInto(named<QLineEdit>(&wizard, "orgNameEdit"), OrgName);
        named<QComboBox>(&wizard, "roleCombo")->setCurrentIndex(roleIndex);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(SetupWizard::LocationPageId));
    }
    void toPassphrasePage(SetupWizard& wizard, const QString& path)
    {
        toLocationPage(wizard);
        typeInto(named<QLineEdit>(&wizard, "storePathEdit"), path);
        click(wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(SetupWizard::PassphrasePageId));
    }

    QTemporaryDir m_dir;
};

void TestGuiSetupWizard::pagesAndFields()
{
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    QCOMPARE(wizard.pageIds(),
             (QList<int> {SetupWizard::WelcomePageId, SetupWizard::OrganisationPageId, SetupWizard::LocationPageId,
                          SetupWizard::PassphrasePageId}));
    auto* agreements = named<QComboBox>(&wizard, "agreementCombo");
    const QList<Agreement> builtIn = AgreementCatalog::builtIn();
    QCOMPARE(agreements->count(), builtIn.size());
    QCOMPARE(agreements->itemText(0), builtIn.first().title());
    QVERIFY(named<QLineEdit>(&wizard, "passphraseEdit"));
    QCOMPARE(named<QLineEdit>(&wizard, "passphraseEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(named<QLineEdit>(&wizard, "confirmEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(named<QCheckBox>(&wizard, "rememberCheck"));
    QVERIFY(named<QPushButton>(&wizard, "browseButton"));
}

void TestGuiSetupWizard::proposesPathUntilUserChoosesOne()
{
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    toLocationPage(wizard);
    auto* pathEdit = named<QLineEdit>(&wizard, "storePathEdit");
    QCOMPARE(QDir::fromNativeSeparators(pathEdit->text()),
             AppSettings::defaultStoreDirectory() + QLatin1Char('/') + AppSettings::suggestedStoreFileName(OrgName));

    const QString own = m_dir.filePath(QStringLiteral("eigen-keuze.inbeeld"));
    typeInto(pathEdit, own);
    click(wizard.button(QWizard::BackButton));
    typeInto(named<QLineEdit>(&wizard, "orgNameEdit"), QStringLiteral("Andere naam"));
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(QDir::fromNativeSeparators(pathEdit->text()), own);
}

void TestGuiSetupWizard::existingFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("bestaat.inbeeld"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    toLocationPage(wizard);
    typeInto(named<QLineEdit>(&wizard, "storePathEdit"), path);
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(SetupWizard::LocationPageId));
    auto* error = named<QLabel>(&wizard, "locationErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(readFile(path), QByteArray("keep me"));
}

void TestGuiSetupWizard::passphraseMustBeStrongAndRepeated()
{
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    toPassphrasePage(wizard, m_dir.filePath(QStringLiteral("sterk.inbeeld")));
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    auto* edit = named<QLineEdit>(&wizard, "passphraseEdit");
    auto* confirm = named<QLineEdit>(&wizard, "confirmEdit");
    auto* strength = named<QLabel>(&wizard, "strengthLabel");

    const QString emptyHint = strength->text();
    QVERIFY(!emptyHint.isEmpty());
    typeInto(edit, QStringLiteral("kort"));
    typeInto(confirm, QStringLiteral("kort"));
    QVERIFY(strength->text() != emptyHint);
    QVERIFY(!finish->isEnabled());
    const QString shortHint = strength->text();

    // Long enough but common Dutch passwords: refused, with the time to guess and advice.
    for (const QString& weak : {QStringLiteral("Welkom2026!!"), QStringLiteral("Wachtwoord1!")}) {
        typeInto(edit, weak);
        typeInto(confirm, weak);
        QVERIFY2(!finish->isEnabled(), qPrintable(weak));
        QVERIFY(strength->text().contains(QStringLiteral("four or more random words")));
    }
    typeInto(confirm, QStringLiteral("kort"));

    typeInto(edit, Passphrase);
    QVERIFY(strength->text() != shortHint); // updated live
    QVERIFY(!finish->isEnabled()); // repetition differs
    typeInto(confirm, Passphrase + QStringLiteral("x"));
    QVERIFY(!finish->isEnabled());
    typeInto(confirm, Passphrase);
    QVERIFY(finish->isEnabled());
}

void TestGuiSetupWizard::createsStoreAndRemembersKey()
{
    const QString path = m_dir.filePath(QStringLiteral("onthouden.inbeeld"));
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    toPassphrasePage(wizard, path);
    typeInto(named<QLineEdit>(&wizard, "passphraseEdit"), Passphrase);
    typeInto(named<QLineEdit>(&wizard, "confirmEdit"), Passphrase);
    named<QCheckBox>(&wizard, "rememberCheck")->setChecked(true);
    click(wizard.button(QWizard::FinishButton));

    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    std::unique_ptr<Store> store = wizard.takeStore();
    QVERIFY(store);
    QCOMPARE(store->organisation().name, OrgName);
    QCOMPARE(store->organisation().role, Role::Swv);
    QCOMPARE(store->organisation().agreementId, AgreementCatalog::builtIn().first().id());
    QVERIFY(wizard.keychainWarning().isEmpty());
    QVERIFY(secrets.contains(StoreOpener::accountFor(path)));
    store.reset();
    auto reopened = Store::open(path, passphrase(Passphrase));
    QVERIFY2(reopened, qPrintable(reopened.message()));
}

void TestGuiSetupWizard::failedCreationKeepsInput()
{
    const QString path = m_dir.filePath(QStringLiteral("later-bezet.inbeeld"));
    InMemorySecretStore secrets;
    StoreOpener opener(secrets);
    SetupWizard wizard(opener);
    toPassphrasePage(wizard, path);
    typeInto(named<QLineEdit>(&wizard, "passphraseEdit"), Passphrase);
    typeInto(named<QLineEdit>(&wizard, "confirmEdit"), Passphrase);

    // Someone puts a file there after the location was checked: creating must fail, not overwrite.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("someone else's file");
    file.close();
    click(wizard.button(QWizard::FinishButton));

    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(SetupWizard::PassphrasePageId));
    auto* error = named<QLabel>(&wizard, "setupErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(named<QLineEdit>(&wizard, "passphraseEdit")->text(), Passphrase);
    QCOMPARE(named<QLineEdit>(&wizard, "orgNameEdit")->text(), OrgName);
    QVERIFY(!wizard.takeStore());
    QCOMPARE(readFile(path), QByteArray("someone else's file"));

    // The user removes the obstacle and tries again without retyping anything.
    QVERIFY(QFile::remove(path));
    click(wizard.button(QWizard::FinishButton));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.takeStore());
}

INBEELD_GUI_TEST_MAIN(TestGuiSetupWizard)
#include "tst_gui_setupwizard.moc"
