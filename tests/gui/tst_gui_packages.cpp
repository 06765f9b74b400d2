// Exchange packages in the window: making one for a partner (preview, refusals, result, mail) and
// opening it in the partner's window (accepted dialog, "Compare now", refusal of a second open,
// drag and drop). Two test stores, an RBL and an SWV, that pinned each other's identity cards.
// Two test stores, an RBL and an SWV, that pinned each other's identity cards.

#include "core/exchange/Identity.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/Importer.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/sharing/ChildFinder.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Snapshots.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/core/SharingFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/compare/ComparePage.h"
#include "ui/exchange/PackageMail.h"
#include "ui/exchange/PackageOpenedDialog.h"
#include "ui/exchange/PartnersPage.h"
#include "ui/exchange/SendPackageDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/sharing/DecisionsPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("pakket venster wachtwoord 5172");
const QString RblName = QStringLiteral("RBL Oost");
const QString SwvName = QStringLiteral("SWV De Liemers");
const QString Surname = QStringLiteral("Vermeulen");

/// Keeps a screenshot when INBEELD_SCREENSHOT_DIR is set, to look at what users see.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let pending layout requests resize the window first
    widget->grab().save(dir + QStringLiteral("/packages-") + name + QStringLiteral(".png"));
}

QString row(int n, const QString& category)
{
    return QStringLiteral("%1;Anaïs;van der;%2%3;3-9-2012;6901 AB;Zevenaar;Rijnpoort College;%4;geen passende plek;"
                          "1-6-2026;vraag ouders")
        .arg(fictitiousBsn(n), Surname)
        .arg(n)
        .arg(category);
}

QMessageBox* visibleBox(const char* objectName)
{
    const QList<QWidget*> widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (auto* box = qobject_cast<QMessageBox*>(widget);
            box && box->isVisible() && box->objectName() == QLatin1String(objectName))
            return box;
    }
    return nullptr;
}

} // namespace

/// Stands in for the desktop: records the URLs the program asks to open (mail, folders).
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestGuiPackages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sentPackageOpensInThePartnersWindow();
    void previewWithoutStandingDecisionIsRefused();
    void previewNamesTheTextsLeftOut();
    void casePackageWithoutDecisionIsRefused();
    void casePackageIsSentAndOpenedAsACase();
    void writeFailureShowsCoresMessage();
    void droppedPackageIsOpened();
    void partnersTabOffersSendPackage();
    void mailNamesThePackageNotTheChildren();

private:
    void importList(Store& store, const QList<int>& children);
    std::unique_ptr<MainWindow> window(Store& store);
    QString writePackage(const QString& name, PackageManifest* manifest = nullptr);
    SendPackageDialog* openSendDialog(MainWindow& window);

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<StoreOpener> m_opener;
    std::unique_ptr<Store> m_rbl;
    std::unique_ptr<Store> m_swv;
    std::unique_ptr<MainWindow> m_rblWindow;
    std::unique_ptr<MainWindow> m_swvWindow;
    int m_counter = 0;
};

void TestGuiPackages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SqlCipherDriver::registerDriver();
    m_opener = std::make_unique<StoreOpener>(m_secrets);
}

void TestGuiPackages::init()
{
    clearSettings();
    ++m_counter;
    m_rbl = createTestStore(m_dir.filePath(QStringLiteral("rbl-%1.inbeeld").arg(m_counter)), Pass,
                            testOrganisation(Role::Rbl, RblName));
    m_swv = createTestStore(m_dir.filePath(QStringLiteral("swv-%1.inbeeld").arg(m_counter)), Pass,
                            testOrganisation(Role::Swv, SwvName));
    QVERIFY(m_rbl && m_swv);
    // Each pins the other's card, as after comparing fingerprints by phone.
    for (auto [at, other] : {std::pair {m_rbl.get(), m_swv.get()}, std::pair {m_swv.get(), m_rbl.get()}}) {
        const IdentityCard card = Identity::load(*other).value().card(other->organisation());
        auto added = PartnerTrust(*at).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY2(added, qPrintable(added.message()));
    }
    importList(*m_rbl, {1, 2, 3, 4, 5});
    importList(*m_swv, {2, 3, 6});
    m_rblWindow = window(*m_rbl);
    m_swvWindow = window(*m_swv);
}

void TestGuiPackages::cleanup()
{
    m_rblWindow.reset();
    m_swvWindow.reset();
    m_rbl.reset();
    m_swv.reset();
}

void TestGuiPackages::importList(Store& store, const QList<int>& children)
{
    const QString file = m_dir.filePath(QStringLiteral("lijst-%1-%2.csv").arg(m_counter).arg(children.size()));
    QStringList lines {QStringLiteral("BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;"
                                      "School;Soort verzuim;Reden verzuim;Startdatum verzuim;Opmerking")};
    for (int n : children)
        lines << row(n, n == 5 ? QStringLiteral("Absoluut verzuim") : QStringLiteral("Langdurig relatief verzuim"));
    QVERIFY(writeList(file, lines));
    ImportOptions options;
    options.peildatum = QDate::currentDate();
    auto report = Importer(store).run(file, options);
    QVERIFY2(report, qPrintable(report.message()));
}

std::unique_ptr<MainWindow> TestGuiPackages::window(Store& store)
{
    auto w = std::make_unique<MainWindow>(*m_opener);
    w->resize(1000, 700);
    w->setStore(&store);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

QString TestGuiPackages::writePackage(const QString& name, PackageManifest* manifest)
{
    Partner swv;
    const QList<Partner> partners = PartnerTrust(*m_rbl).partners().value();
    for (const Partner& p : partners) {
        if (p.organisation == SwvName)
            swv = p;
    }
    const QString path = m_dir.filePath(name);
    auto written = PackageWriter(*m_rbl).writeQuarterly(swv, PackageWriter::quarterOf(QDate::currentDate()), path);
    if (!written) {
        qWarning("%s", qPrintable(written.message()));
        return {};
    }
    if (manifest)
        *manifest = written.value().manifest;
    return path;
}

SendPackageDialog* TestGuiPackages::openSendDialog(MainWindow& window)
{
    auto* action = named<QAction>(&window, "actionSendPackage");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* dialog = visibleTopLevel<SendPackageDialog>();
    return dialog && dialog->objectName() == u"sendPackageDialog" ? dialog : nullptr;
}

void TestGuiPackages::sentPackageOpensInThePartnersWindow()
{
    auto standing
        = DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc());
    QVERIFY2(standing, qPrintable(standing.message()));
    const Agreement agreement = builtInAgreement();
    const AgreementCategory* langdurig = agreement.category(QStringLiteral("langdurig"));
    QVERIFY(langdurig);

    // The preview shows per category the records, the agreement's fields and the decision.
    SendPackageDialog* dialog = openSendDialog(*m_rblWindow);
    QVERIFY(dialog);
    QVERIFY(dialog->selectPartner(SwvName));
    QVERIFY(dialog->canWrite());
    QVERIFY(named<QPushButton>(dialog, "writePackageButton")->isEnabled());
    auto* tree = named<QTreeWidget>(dialog, "previewTree");
    QTreeWidgetItem* langdurigItem = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == langdurig->name)
            langdurigItem = tree->topLevelItem(i);
    }
    QVERIFY(langdurigItem);
    QCOMPARE(langdurigItem->text(1), QLocale().toString(4));
    const QList<AgreementField> fields = agreement.fieldsFor(QStringLiteral("langdurig"));
    QCOMPARE(langdurigItem->childCount(), fields.size());
    QCOMPARE(langdurigItem->child(0)->text(0), fields.first().name);
    QCOMPARE(langdurigItem->child(0)->toolTip(0), fields.first().reason);
    tree->setCurrentItem(langdurigItem->child(0));
    QVERIFY(named<QLabel>(dialog, "fieldReasonLabel")->text().contains(fields.first().reason));
    const QString decisions = named<QLabel>(dialog, "previewDecisionsLabel")->text();
    QVERIFY2(decisions.contains(QStringLiteral("standing decision %1").arg(standing.value().id)),
             qPrintable(decisions));
    QVERIFY(dialog->suggestedFileName().endsWith(QStringLiteral("-SWV-De-Liemers.inbeeldpakket")));
    // The area rule in the preview: the Zevenaar children go to SWV De Liemers, and it says so.
    const QString area = named<QLabel>(dialog, "previewWithheldLabel")->text();
    QVERIFY2(area.contains(QStringLiteral("to this partner")) && area.contains(QStringLiteral("to be confirmed")),
             qPrintable(area));
    screenshot(dialog, QStringLiteral("send-dialog"));

    // Written: the result names the partner, the package number and id.
    const QString path = m_dir.filePath(dialog->suggestedFileName());
    QVERIFY(dialog->writeTo(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(dialog->written());
    const PackageManifest manifest = dialog->written()->manifest;
    QCOMPARE(named<QStackedWidget>(dialog, "sendPackagePages")->currentWidget()->objectName(),
             QStringLiteral("resultPage"));
    QCOMPARE(named<QLabel>(dialog, "resultPartnerValue")->text(), SwvName);
    QCOMPARE(named<QLabel>(dialog, "resultPackageIdValue")->text(), manifest.packageId);
    QVERIFY(named<QLabel>(dialog, "resultSequenceValue")->text().startsWith(QStringLiteral("1 ")));
    QCOMPARE(named<QLabel>(dialog, "resultFingerprintValue")->text(), manifest.recipientFingerprint);
    screenshot(dialog, QStringLiteral("send-result"));

    // "Open mail program…" opens a prepared mail and the folder; the mail holds no personal data.
    UrlRecorder desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &desktop, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
    click(named<QPushButton>(dialog, "mailClientButton"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(desktop.urls.size(), 2);
    const QUrl mail = desktop.urls.first();
    QCOMPARE(mail, PackageMail::url(manifest, QFileInfo(path).fileName()));
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(desktop.urls.last(), QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    // What the mail holds (and does not) is checked in mailNamesThePackageNotTheChildren.
    dialog->reject();

    // Opened in the partner's window through the action's function.
    auto* comparePage = named<ComparePage>(m_swvWindow.get(), "comparePage");
    QVERIFY(m_swvWindow->openPackage(path));
    PackageOpenedDialog* opened = m_swvWindow->packageOpenedDialog();
    QVERIFY(opened);
    QVERIFY(opened->isVisible());
    QCOMPARE(opened->objectName(), QStringLiteral("packageOpenedDialog"));
    QCOMPARE(named<QLabel>(opened, "openedSenderValue")->text(), RblName);
    QCOMPARE(named<QLabel>(opened, "openedSenderFingerprintValue")->text(), manifest.senderFingerprint);
    QCOMPARE(named<QLabel>(opened, "openedPackageIdValue")->text(), manifest.packageId);
    QCOMPARE(named<QLabel>(opened, "openedQuarterValue")->text(), manifest.quarter);
    QVERIFY(named<QLabel>(opened, "openedSequenceValue")->text().startsWith(QStringLiteral("1 ")));
    const QString counts = named<QLabel>(opened, "openedCountsValue")->text();
    QVERIFY2(counts.contains(QStringLiteral("%1: 4").arg(langdurig->name)), qPrintable(counts));
    const QString inspectie = named<QLabel>(opened, "openedInspectieValue")->text();
    QVERIFY2(inspectie.contains(QStringLiteral("Absolute absence: 1")), qPrintable(inspectie));
    const qint64 snapshotId = opened->snapshotId();
    const SnapshotInfo snapshot = Snapshots::get(*m_swv, snapshotId).value();
    QCOMPARE(snapshot.side, SnapshotSide::Theirs);
    QCOMPARE(snapshot.origin, QStringLiteral("package"));
    QVERIFY(named<QLabel>(opened, "openedSnapshotValue")->text().contains(QString::number(snapshotId)));
    auto* compareNow = named<QPushButton>(opened, "compareNowButton");
    QVERIFY(compareNow->isDefault());
    screenshot(opened, QStringLiteral("opened-dialog"));

    // "Compare now" (Enter: the default button) compares our newest list with the new one.
    QTest::keyClick(opened, Qt::Key_Return);
    QTRY_VERIFY(!m_swvWindow->packageOpenedDialog() || !m_swvWindow->packageOpenedDialog()->isVisible());
    QCOMPARE(named<QTabWidget>(m_swvWindow.get(), "mainTabs")->currentWidget(), comparePage);
    QTRY_VERIFY_WITH_TIMEOUT(comparePage->comparison() && !comparePage->isRunning(), 60000);
    QVERIFY(comparePage->comparison()->theirsSnapshot);
    QCOMPARE(comparePage->comparison()->theirsSnapshot->id, snapshotId);

    // The same file again is refused with core's message; nothing is stored.
    const int lists = int(Snapshots::list(*m_swv).value().size());
    QVERIFY(!m_swvWindow->openPackage(path));
    QMessageBox* refused = visibleBox("packageRefusedBox");
    QVERIFY(refused);
    QVERIFY2(refused->text().contains(QStringLiteral("already opened on")), qPrintable(refused->text()));
    QVERIFY(!m_swvWindow->packageOpenedDialog());
    QCOMPARE(int(Snapshots::list(*m_swv).value().size()), lists);
    refused->accept();
}

void TestGuiPackages::previewWithoutStandingDecisionIsRefused()
{
    SendPackageDialog* dialog = openSendDialog(*m_rblWindow);
    QVERIFY(dialog);
    QVERIFY(dialog->selectPartner(SwvName));
    QVERIFY(!dialog->canWrite());
    QVERIFY(!named<QPushButton>(dialog, "writePackageButton")->isEnabled());
    auto* error = named<QLabel>(dialog, "sendErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("standing decision")), qPrintable(error->text()));
    auto* hint = named<QLabel>(dialog, "sendHintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Decisions tab")), qPrintable(hint->text()));
    screenshot(dialog, QStringLiteral("send-refused"));

    // Writing anyway (bypassing the disabled button) is refused by core as well: no file.
    const QString path = m_dir.filePath(QStringLiteral("refused.inbeeld"));
    QVERIFY(!dialog->writeTo(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(error->text().contains(QStringLiteral("standing decision")));
    dialog->reject();
}

void TestGuiPackages::previewNamesTheTextsLeftOut()
{
    QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc()));
    // A newer own list in which one reason for absence names a diagnosis.
    const QString file = m_dir.filePath(QStringLiteral("lijst-diagnose.csv"));
    QString withDiagnosis = row(2, QStringLiteral("Langdurig relatief verzuim"));
    withDiagnosis.replace(QStringLiteral("geen passende plek"), QStringLiteral("diagnose autisme"));
    QVERIFY(writeList(file,
                      {QStringLiteral("BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;"
                                      "School;Soort verzuim;Reden verzuim;Startdatum verzuim;Opmerking"),
                       row(1, QStringLiteral("Langdurig relatief verzuim")), withDiagnosis}));
    ImportOptions options;
    options.peildatum = QDate::currentDate();
    QVERIFY(Importer(*m_rbl).run(file, options));

    SendPackageDialog* dialog = openSendDialog(*m_rblWindow);
    QVERIFY(dialog);
    QVERIFY(dialog->selectPartner(SwvName));
    QVERIFY(dialog->canWrite());
    auto* withheld = named<QLabel>(dialog, "previewWithheldLabel");
    QVERIFY(withheld->isVisible());
    QVERIFY2(withheld->text().contains(QStringLiteral("line 3")), qPrintable(withheld->text()));
    QVERIFY2(withheld->text().contains(QStringLiteral("autisme")), qPrintable(withheld->text()));
    dialog->reject();
}

void TestGuiPackages::casePackageWithoutDecisionIsRefused()
{
    SendPackageDialog* dialog = openSendDialog(*m_rblWindow);
    QVERIFY(dialog);
    QVERIFY(dialog->selectPartner(SwvName));
    auto* child = named<QLineEdit>(dialog, "childBsnEdit");
    QVERIFY(!child->isVisible());
    dialog->selectKind(PackageKind::Case);
    QVERIFY(child->isVisible());
    QVERIFY(!dialog->canWrite());
    auto* hint = named<QLabel>(dialog, "sendHintLabel");
    QVERIFY2(hint->text().contains(QStringLiteral("9 digits")), qPrintable(hint->text()));

    // A child on our list without a decision for this partner: core refuses, the hint says how.
    child->setFocus();
    typeInto(child, fictitiousBsn(1));
    QVERIFY(!dialog->canWrite());
    QVERIFY(!named<QPushButton>(dialog, "writePackageButton")->isEnabled());
    auto* error = named<QLabel>(dialog, "sendErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("decision")), qPrintable(error->text()));
    QVERIFY2(hint->text().contains(QStringLiteral("four-step check")), qPrintable(hint->text()));
    dialog->reject();
}

void TestGuiPackages::casePackageIsSentAndOpenedAsACase()
{
    // The four-step check for child 2 and SWV De Liemers, with one field beyond the minimum.
    const FoundChild child = ChildFinder::byBsn(*m_rbl, Bsn::parse(fictitiousBsn(2)).value()).value().value();
    Checklist check(builtInAgreement(), child.record, child.snapshot.id, QStringLiteral("swv-de-liemers"), Role::Rbl);
    ShareAnswers answers = passingAnswers(check);
    answers.fields << QStringLiteral("last_school");
    answers.justifications.insert(QStringLiteral("last_school"), QStringLiteral("Zorgplicht van de school."));
    auto decided = check.decide(answers, QStringLiteral("tester"), QDateTime::currentDateTimeUtc());
    QVERIFY2(decided, qPrintable(decided.message()));
    auto decision = DecisionStore(*m_rbl).record(decided.value());
    QVERIFY2(decision, qPrintable(decision.message()));

    // "Send to partner…" on the Decisions tab opens the dialog for that child and partner.
    auto* decisionsPage = named<DecisionsPage>(m_rblWindow.get(), "decisionsPage");
    named<QTabWidget>(m_rblWindow.get(), "mainTabs")->setCurrentWidget(decisionsPage);
    decisionsPage->refresh();
    decisionsPage->select(decision.value().id);
    auto* sendCase = named<QPushButton>(decisionsPage, "sendCaseButton");
    QVERIFY(sendCase->isEnabled());
    click(sendCase);
    auto* dialog = visibleTopLevel<SendPackageDialog>();
    QVERIFY(dialog);
    QCOMPARE(named<QComboBox>(dialog, "partnerCombo")->currentText(), SwvName);
    QCOMPARE(named<QComboBox>(dialog, "kindCombo")->currentData().toString(), QStringLiteral("case"));
    QCOMPARE(named<QLineEdit>(dialog, "childBsnEdit")->text(), fictitiousBsn(2));
    QVERIFY2(dialog->canWrite(), qPrintable(named<QLabel>(dialog, "sendErrorLabel")->text()));
    auto* tree = named<QTreeWidget>(dialog, "previewTree");
    QCOMPARE(tree->topLevelItemCount(), 2); // the child's category and the total
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("1"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), int(decision.value().fields().size()));
    const QString decisions = named<QLabel>(dialog, "previewDecisionsLabel")->text();
    QVERIFY2(decisions.contains(QStringLiteral("decision %1 of").arg(decision.value().id)), qPrintable(decisions));
    QVERIFY(dialog->suggestedFileName().contains(QStringLiteral("-casus-")));
    QVERIFY(!dialog->suggestedFileName().contains(fictitiousBsn(2)));
    const QString path = m_dir.filePath(dialog->suggestedFileName());
    QVERIFY(dialog->writeTo(path));
    QCOMPARE(dialog->written()->manifest.kind, PackageKind::Case);
    dialog->reject();
    QTRY_VERIFY(!visibleTopLevel<SendPackageDialog>());

    // The partner stores it as a case: no comparison is offered, Close is the default.
    QVERIFY(m_swvWindow->openPackage(path));
    PackageOpenedDialog* opened = m_swvWindow->packageOpenedDialog();
    QVERIFY(opened);
    QVERIFY(opened->isCase());
    QVERIFY(!named<QPushButton>(opened, "compareNowButton")->isVisible());
    QVERIFY(named<QPushButton>(opened, "closeOpenedButton")->isDefault());
    QVERIFY(named<QLabel>(opened, "openedSnapshotValue")->text().startsWith(QStringLiteral("Case ")));
    QVERIFY(Snapshots::get(*m_swv, opened->snapshotId()).value().isCase);
    // Nor can the case be chosen as the partner's list on the Compare tab.
    auto* theirs = named<QComboBox>(m_swvWindow.get(), "theirsListCombo");
    QVERIFY(theirs);
    QCOMPARE(theirs->findData(opened->snapshotId()), -1);
    opened->reject();

    // A decision for an SWV that is not a pinned partner cannot be sent; the dialog says why.
    Checklist other(builtInAgreement(), child.record, child.snapshot.id, QStringLiteral("swv-passend-wijs"), Role::Rbl);
    auto otherDecision = other.decide(passingAnswers(other), QStringLiteral("tester"), QDateTime::currentDateTimeUtc());
    QVERIFY2(otherDecision, qPrintable(otherDecision.message()));
    SendPackageDialog* second = openSendDialog(*m_rblWindow);
    QVERIFY(second);
    QVERIFY(!second->prepareCase(otherDecision.value()));
    QVERIFY(!named<QPushButton>(second, "writePackageButton")->isEnabled());
    const QString why = named<QLabel>(second, "sendErrorLabel")->text();
    QVERIFY2(why.contains(QStringLiteral("None of your partners")), qPrintable(why));
    second->reject();
}

void TestGuiPackages::writeFailureShowsCoresMessage()
{
    QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc()));
    SendPackageDialog* dialog = openSendDialog(*m_rblWindow);
    QVERIFY(dialog);
    QVERIFY(dialog->selectPartner(SwvName));
    QVERIFY(dialog->canWrite());
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/package.inbeeld"));
    QVERIFY(!dialog->writeTo(path));
    QVERIFY(!QFile::exists(path));
    auto* error = named<QLabel>(dialog, "sendErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("could not be written")), qPrintable(error->text()));
    // The choice is kept: writing to a good place works right after.
    QVERIFY(dialog->writeTo(m_dir.filePath(QStringLiteral("package-ok.inbeeld"))));
    QCOMPARE(dialog->written()->manifest.sequence, quint64(1));
    dialog->reject();
}

void TestGuiPackages::droppedPackageIsOpened()
{
    QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc()));
    const QString path = writePackage(QStringLiteral("dropped.inbeeld"));
    QVERIFY(!path.isEmpty());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QCOMPARE(MainWindow::packageFileFrom(&data), path);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_swvWindow.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_swvWindow.get(), &drop);
    QTRY_VERIFY(m_swvWindow->packageOpenedDialog() && m_swvWindow->packageOpenedDialog()->isVisible());
    QCOMPARE(named<QLabel>(m_swvWindow->packageOpenedDialog(), "openedSenderValue")->text(), RblName);
    m_swvWindow->packageOpenedDialog()->reject();

    // A list file is not a package: it still goes to the import wizard.
    QMimeData list;
    list.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lijst.csv")))});
    QVERIFY(MainWindow::packageFileFrom(&list).isEmpty());
}

void TestGuiPackages::partnersTabOffersSendPackage()
{
    auto* page = named<PartnersPage>(m_rblWindow.get(), "partnersPage");
    named<QTabWidget>(m_rblWindow.get(), "mainTabs")->setCurrentWidget(page);
    auto* button = named<QPushButton>(page, "sendPackageButton");
    QVERIFY(button->isEnabled());
    click(button);
    auto* dialog = visibleTopLevel<SendPackageDialog>();
    QVERIFY(dialog);
    dialog->reject();
}

void TestGuiPackages::mailNamesThePackageNotTheChildren()
{
    QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc()));
    PackageManifest manifest;
    const QString path = writePackage(QStringLiteral("2026Q4-SWV-De-Liemers.inbeeld"), &manifest);
    QVERIFY(!path.isEmpty());
    const QUrl url = PackageMail::url(manifest, QFileInfo(path).fileName());
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QVERIFY(url.path().isEmpty()); // the user picks the contact in the mail program
    const QString text = QUrl::fromPercentEncoding(url.toEncoded());
    QVERIFY(text.contains(QStringLiteral("subject=") + PackageMail::subject(manifest)));
    QVERIFY(PackageMail::subject(manifest).contains(manifest.quarter));
    QVERIFY(PackageMail::subject(manifest).contains(QStringLiteral("number 1")));
    QVERIFY(text.contains(manifest.packageId));
    QVERIFY(text.contains(manifest.senderFingerprint));
    QVERIFY(text.contains(QStringLiteral("Attach the file 2026Q4-SWV-De-Liemers.inbeeld")));
    // Line breaks as RFC 6068 wants them; no raw separators that would cut the body short.
    QVERIFY(url.toEncoded().contains("%0D%0A"));
    QCOMPARE(url.toEncoded().count('&'), 1);
    // No personal data: no BSN, no name, no school of any child on the list.
    for (int n = 1; n <= 6; ++n)
        QVERIFY2(!text.contains(fictitiousBsn(n)), "a BSN is in the mail");
    QVERIFY(!text.contains(Surname));
    QVERIFY(!text.contains(QStringLiteral("Anaïs")));
    QVERIFY(!text.contains(QStringLiteral("Rijnpoort")));
}

INBEELD_GUI_TEST_MAIN(TestGuiPackages)

#include "tst_gui_packages.moc"
