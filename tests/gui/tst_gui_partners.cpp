#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/PartnerTrust.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/exchange/AddPartnerDialog.h"
#include "ui/exchange/PartnerListModel.h"
#include "ui/exchange/PartnersPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("kaas fiets molen regen 42");
const QString OurName = QStringLiteral("Test RBL Oost");
const QString PartnerName = QStringLiteral("Test SWV Passend Onderwijs");

/// Keeps a screenshot when INBEELD_SCREENSHOT_DIR is set, to look at what users see.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let pending layout requests resize the window first
    widget->grab().save(dir + QStringLiteral("/exchangeui-") + name + QStringLiteral(".png"));
}

/// Types the fingerprint into the eight group boxes with the keyboard, as read out by the contact.
void typeFingerprint(AddPartnerDialog* dialog, const QString& fingerprint)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '));
    QCOMPARE(groups.size(), AddPartnerDialog::Groups);
    for (int i = 0; i < groups.size(); ++i) {
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fingerprintGroup%1").arg(i + 1));
        QVERIFY(edit);
        edit->clear();
    }
    // Typing continues in the next group by itself once a group is full.
    auto* first = named<QLineEdit>(dialog, "fingerprintGroup1");
    first->setFocus();
    QTest::keyClicks(first, groups.first().toLower());
    for (int i = 1; i < groups.size(); ++i) {
        QWidget* focus = dialog->focusWidget();
        QCOMPARE(focus ? focus->objectName() : QString(), QStringLiteral("fingerprintGroup%1").arg(i + 1));
        QTest::keyClicks(focus, groups.at(i));
    }
}

} // namespace

class TestGuiPartners : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabShowsOurIdentity();
    void exportWritesOurCard();
    void rightFingerprintPinsPartner();
    void wrongFingerprintIsRefused();
    void ownCardIsRefused();
    void changedKeysAreRefusedWithWarning();

private:
    AddPartnerDialog* openDialog();
    QString writePartnerCard();

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<StoreOpener> m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_partnerStore;
    std::unique_ptr<MainWindow> m_window;
    PartnersPage* m_page = nullptr;
    int m_counter = 0;
};

void TestGuiPartners::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlCipherDriver::registerDriver();
    m_opener = std::make_unique<StoreOpener>(m_secrets);
}

void TestGuiPartners::init()
{
    clearSettings();
    ++m_counter;
    m_store = createTestStore(m_dir.filePath(QStringLiteral("ours-%1.inbeeld").arg(m_counter)), Pass,
                              testOrganisation(Role::Rbl, OurName));
    QVERIFY(m_store);
    m_partnerStore = createTestStore(m_dir.filePath(QStringLiteral("partner-%1.inbeeld").arg(m_counter)), Pass,
                                     testOrganisation(Role::Swv, PartnerName));
    QVERIFY(m_partnerStore);
    m_window = std::make_unique<MainWindow>(*m_opener);
    m_window->resize(1000, 700);
    m_window->setStore(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = named<PartnersPage>(m_window.get(), "partnersPage");
    QVERIFY(m_page);
    auto* tabs = named<QTabWidget>(m_window.get(), "mainTabs");
    tabs->setCurrentWidget(m_page);
}

void TestGuiPartners::cleanup()
{
    m_window.reset();
    m_partnerStore.reset();
    m_store.reset();
}

AddPartnerDialog* TestGuiPartners::openDialog()
{
    click(named<QPushButton>(m_page, "addPartnerButton"));
    AddPartnerDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = visibleTopLevel<AddPartnerDialog>()));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
    }();
    return dialog;
}

QString TestGuiPartners::writePartnerCard()
{
    auto identity = Identity::load(*m_partnerStore);
    if (!identity)
        return {};
    const QString path = m_dir.filePath(QStringLiteral("partner-card-%1.json").arg(m_counter));
    if (!identity.value().card(m_partnerStore->organisation()).writeFile(path))
        return {};
    return path;
}

void TestGuiPartners::tabShowsOurIdentity()
{
    auto identity = Identity::load(*m_store);
    QVERIFY2(identity, qPrintable(identity.message()));
    QCOMPARE(named<QLabel>(m_page, "ownOrganisationValue")->text(), OurName);
    QCOMPARE(named<QLabel>(m_page, "ownRoleValue")->text(), RoleText::displayName(Role::Rbl));
    const QString shown = named<QLabel>(m_page, "ownFingerprintValue")->text();
    QCOMPARE(shown, identity.value().fingerprint());
    QCOMPARE(shown.split(QLatin1Char(' ')).size(), 8);
    QVERIFY(named<QLabel>(m_page, "noPartnersLabel")->isVisible());
    QCOMPARE(named<QTableView>(m_page, "partnersTable")->model()->rowCount(), 0);

    click(named<QPushButton>(m_page, "copyFingerprintButton"));
    QVERIFY(QApplication::clipboard()->text().contains(shown));
    screenshot(m_window.get(), QStringLiteral("tab-empty"));
}

void TestGuiPartners::exportWritesOurCard()
{
    QVERIFY(m_page->suggestedCardFileName().startsWith(QStringLiteral("Test-RBL-Oost")));
    QVERIFY(m_page->suggestedCardFileName().endsWith(QStringLiteral(".json")));
    const QString path = m_dir.filePath(m_page->suggestedCardFileName());
    QVERIFY(m_page->exportCard(path));
    auto card = IdentityCard::readFile(path);
    QVERIFY2(card, qPrintable(card.message()));
    QCOMPARE(card.value().organisation, OurName);
    QCOMPARE(card.value().role, Role::Rbl);
    QCOMPARE(card.value().fingerprint(), named<QLabel>(m_page, "ownFingerprintValue")->text());
    // An existing file is never replaced: the refusal is shown.
    QVERIFY(!m_page->exportCard(path));
    QVERIFY(named<QLabel>(m_page, "partnersErrorLabel")->isVisible());

    const QString sheet = m_dir.filePath(QStringLiteral("sheet.html"));
    QVERIFY(m_page->saveFingerprintSheet(sheet));
    QVERIFY(readFile(sheet).contains(card.value().fingerprint().toUtf8()));
}

void TestGuiPartners::rightFingerprintPinsPartner()
{
    const QString card = writePartnerCard();
    QVERIFY(!card.isEmpty());
    const QString fingerprint = IdentityCard::readFile(card).value().fingerprint();
    AddPartnerDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* pinButton = named<QPushButton>(dialog, "pinPartnerButton");
    QVERIFY(!pinButton->isEnabled());
    QVERIFY(dialog->loadCard(card));
    QCOMPARE(named<QLabel>(dialog, "cardOrganisationValue")->text(), PartnerName);
    QCOMPARE(named<QLabel>(dialog, "cardRoleValue")->text(), RoleText::displayName(Role::Swv));
    QCOMPARE(named<QLabel>(dialog, "cardFingerprintValue")->text(), fingerprint);

    typeFingerprint(dialog, fingerprint);
    QCOMPARE(dialog->typedFingerprint(), fingerprint);
    QVERIFY(!pinButton->isEnabled()); // who and how still missing
    typeInto(named<QLineEdit>(dialog, "confirmedByEdit"), QStringLiteral("J. de Vries"));
    QTest::keyClick(named<QRadioButton>(dialog, "confirmedByPhoneButton"), Qt::Key_Space);
    QVERIFY(named<QRadioButton>(dialog, "confirmedByPhoneButton")->isChecked());
    QVERIFY(pinButton->isEnabled());
    screenshot(dialog, QStringLiteral("dialog"));

    QSignalSpy added(dialog, &AddPartnerDialog::partnerAdded);
    click(pinButton);
    QCOMPARE(added.count(), 1);
    QTRY_VERIFY(!visibleTopLevel<AddPartnerDialog>());

    auto partners = PartnerTrust(*m_store).partners();
    QVERIFY2(partners, qPrintable(partners.message()));
    QCOMPARE(partners.value().size(), 1);
    QCOMPARE(partners.value().first().organisation, PartnerName);
    QCOMPARE(partners.value().first().confirmedBy, QStringLiteral("J. de Vries"));
    QCOMPARE(partners.value().first().confirmedHow, ConfirmationMethod::Phone);

    auto* model = named<QTableView>(m_page, "partnersTable")->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PartnerListModel::OrganisationColumn).data().toString(), PartnerName);
    QCOMPARE(model->index(0, PartnerListModel::FingerprintColumn).data().toString(), fingerprint);
    QCOMPARE(model->index(0, PartnerListModel::ConfirmedByColumn).data().toString(), QStringLiteral("J. de Vries"));
    QVERIFY(!named<QLabel>(m_page, "noPartnersLabel")->isVisible());
    screenshot(m_window.get(), QStringLiteral("tab"));
}

void TestGuiPartners::wrongFingerprintIsRefused()
{
    const QString card = writePartnerCard();
    QVERIFY(!card.isEmpty());
    const QString fingerprint = IdentityCard::readFile(card).value().fingerprint();
    // One character differs in the last group, as a misread or a forged card would.
    QString wrong = fingerprint;
    wrong[wrong.size() - 1] = wrong.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!Fingerprint::matches(wrong, fingerprint));

    AddPartnerDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->loadCard(card));
    typeFingerprint(dialog, wrong);
    typeInto(named<QLineEdit>(dialog, "confirmedByEdit"), QStringLiteral("J. de Vries"));
    click(named<QRadioButton>(dialog, "confirmedInPersonButton"));
    QSignalSpy added(dialog, &AddPartnerDialog::partnerAdded);
    click(named<QPushButton>(dialog, "pinPartnerButton"));
    QCOMPARE(added.count(), 0);
    QVERIFY(dialog->isVisible());
    auto* error = named<QLabel>(dialog, "addPartnerErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("does not match")), qPrintable(error->text()));
    screenshot(dialog, QStringLiteral("dialog-refused"));

    auto partners = PartnerTrust(*m_store).partners();
    QVERIFY2(partners, qPrintable(partners.message()));
    QVERIFY(partners.value().isEmpty());
    QCOMPARE(named<QTableView>(m_page, "partnersTable")->model()->rowCount(), 0);
}

void TestGuiPartners::ownCardIsRefused()
{
    const QString ownCard = m_dir.filePath(QStringLiteral("own-%1.json").arg(m_counter));
    QVERIFY(m_page->exportCard(ownCard));
    AddPartnerDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->loadCard(ownCard));
    typeFingerprint(dialog, named<QLabel>(m_page, "ownFingerprintValue")->text());
    typeInto(named<QLineEdit>(dialog, "confirmedByEdit"), QStringLiteral("J. de Vries"));
    click(named<QRadioButton>(dialog, "confirmedInPersonButton"));
    QVERIFY(!dialog->pin());
    QVERIFY(named<QLabel>(dialog, "addPartnerErrorLabel")->text().contains(QStringLiteral("your own")));
    QVERIFY(PartnerTrust(*m_store).partners().value().isEmpty());

    // A file that is not a card is refused when it is opened.
    const QString junk = m_dir.filePath(QStringLiteral("junk.json"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"not\": \"a card\"}");
    file.close();
    QVERIFY(!dialog->loadCard(junk));
    QVERIFY(named<QLabel>(dialog, "addPartnerErrorLabel")->isVisible());
    QVERIFY(!named<QPushButton>(dialog, "pinPartnerButton")->isEnabled());
}

void TestGuiPartners::changedKeysAreRefusedWithWarning()
{
    // The partner is pinned first.
    const QString card = writePartnerCard();
    QVERIFY(!card.isEmpty());
    auto partnerCard = IdentityCard::readFile(card);
    QVERIFY2(partnerCard, qPrintable(partnerCard.message()));
    QVERIFY(PartnerTrust(*m_store).add(
        partnerCard.value(),
        {partnerCard.value().fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone}));
    m_page->refresh();

    // Then a card in the partner's name with other keys and no rotation signed by the pinned key.
    auto impostor = createTestStore(m_dir.filePath(QStringLiteral("impostor-%1.inbeeld").arg(m_counter)), Pass,
                                    testOrganisation(Role::Swv, PartnerName));
    QVERIFY(impostor);
    auto identity = Identity::load(*impostor);
    QVERIFY2(identity, qPrintable(identity.message()));
    const QString impostorCard = m_dir.filePath(QStringLiteral("impostor-%1.json").arg(m_counter));
    QVERIFY(identity.value().card(impostor->organisation()).writeFile(impostorCard));

    AddPartnerDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->loadCard(impostorCard));
    // The fingerprint on the impostor's card is typed correctly: the key change itself is refused.
    typeFingerprint(dialog, identity.value().fingerprint());
    typeInto(named<QLineEdit>(dialog, "confirmedByEdit"), QStringLiteral("J. de Vries"));
    click(named<QRadioButton>(dialog, "confirmedByPhoneButton"));
    QVERIFY(!dialog->pin());
    auto* error = named<QLabel>(dialog, "addPartnerErrorLabel");
    QVERIFY2(error->text().contains(QStringLiteral("WARNING")), qPrintable(error->text()));
    QVERIFY(named<QLabel>(dialog, "keyChangeWarningIcon")->isVisible());
    screenshot(dialog, QStringLiteral("dialog-keychange"));

    auto partners = PartnerTrust(*m_store).partners();
    QVERIFY2(partners, qPrintable(partners.message()));
    QCOMPARE(partners.value().size(), 1);
    QCOMPARE(partners.value().first().fingerprint, partnerCard.value().fingerprint());
}

INBEELD_GUI_TEST_MAIN(TestGuiPartners)

#include "tst_gui_partners.moc"
