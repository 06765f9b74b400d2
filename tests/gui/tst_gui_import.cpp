#include "core/common/Windows1252.h"
#include "core/demo/DemoLists.h"
#include "core/domain/Bsn.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/Snapshots.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/importing/ImportIssueModel.h"
#include "ui/importing/ImportProgressDialog.h"
#include "ui/importing/ImportReportDialog.h"
#include "ui/importing/ImportReportView.h"
#include "ui/importing/ImportWizard.h"
#include "ui/importing/SnapshotListModel.h"
#include "ui/importing/SnapshotsPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/session/SessionController.h"
#include "ui/unlock/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("kaas fiets molen regen 42");
const QString OrgName = QStringLiteral("RBL Proef Oost");
const QDate Today(2026, 11, 24);

/// Fictitious BSNs: numbers from 999900000 on that pass the elfproef, the n-th of them.
QString goodBsn(int n)
{
    for (qint64 candidate = 999900000;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Bsn::passesElfproef(digits) && n-- == 0)
            return digits;
    }
}

/// A number in the same range that fails the elfproef.
QString badBsn()
{
    for (qint64 candidate = 999950000;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (!Bsn::passesElfproef(digits))
            return digits;
    }
}

struct Child
{
    QString bsn, firstName, prefix, surname, birthDate, postcode, place, school, category, absenceStart, reason;
};

QList<Child> listA()
{
    return {
        {goodBsn(0), QStringLiteral("Daniël"), QStringLiteral("van der"), QStringLiteral("Berg"),
         QStringLiteral("12-3-2012"), QStringLiteral("6811 AB"), QStringLiteral("Arnhem"),
         QStringLiteral("De Regenboog"), QStringLiteral("Absoluut verzuim"), QStringLiteral("3-9-2026"),
         QStringLiteral("Verhuisd")},
        {badBsn(), QStringLiteral("Sanne"), QString(), QStringLiteral("Jansen"), QStringLiteral("1-2-2011"),
         QStringLiteral("6821AC"), QStringLiteral("Arnhem"), QStringLiteral("Het Baken"),
         QStringLiteral("langdurig relatief verzuim"), QStringLiteral("1-6-2026"), QStringLiteral("Angst")},
        {QString(), QStringLiteral("Ömer"), QString(), QStringLiteral("Çelik"), QStringLiteral("5-5-2010"),
         QStringLiteral("6822 BD"), QStringLiteral("Arnhem"), QStringLiteral("Het Baken"), QStringLiteral("LRV"),
         QStringLiteral("15-4-2026"), QStringLiteral("Ziekte")},
        {goodBsn(1), QStringLiteral("Noëlle"), QStringLiteral("de"), QStringLiteral("Vries"),
         QStringLiteral("30-11-2009"), QStringLiteral("6823 CE"), QStringLiteral("Velp"), QString(),
         QStringLiteral("vrijstelling 5a"), QString(), QString()},
    };
}

/// An export as a leerplicht package writes it: Windows-1252, semicolons, CRLF, a title and a
/// peildatum above the header (so the header is on line 3 and the rows start on line 4).
bool writeCsv(const QString& path, const QList<Child>& children,
              const QString& categoryHeader = QStringLiteral("Categorie"))
{
    QStringList lines;
    lines << QStringLiteral("Thuiszitterslijst %1;;;;;;;;;;").arg(OrgName)
          << QStringLiteral("Peildatum: 3-9-2026;;;;;;;;;;")
          << QStringLiteral("BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;School;%1;"
                            "Startdatum verzuim;Reden")
                 .arg(categoryHeader);
    for (const Child& c : children) {
        lines << QStringList {c.bsn,   c.firstName, c.prefix,   c.surname,      c.birthDate, c.postcode,
                              c.place, c.school,    c.category, c.absenceStart, c.reason}
                     .join(u';');
    }
    const std::optional<QByteArray> bytes
        = Windows1252::encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    QFile file(path);
    return bytes && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size();
}

QString xmlEscape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString sheetXml(const QList<QStringList>& rows)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString ref = QString(QChar(u'A' + c)) + QString::number(r + 1);
            xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, xmlEscape(rows[r][c]));
        }
        xml += QStringLiteral("</row>");
    }
    return xml + QStringLiteral("</sheetData></worksheet>");
}

/// A workbook with a notes sheet first and the list on the second sheet.
bool writeXlsx(const QString& path, const QList<Child>& children)
{
    QList<QStringList> list {{QStringLiteral("BSN"), QStringLiteral("Voornaam"), QStringLiteral("Achternaam"),
                              QStringLiteral("Geboortedatum"), QStringLiteral("Categorie")}};
    for (const Child& c : children)
        list << QStringList {c.bsn, c.firstName, c.surname, c.birthDate, c.category};
    const QList<QStringList> notes {{QStringLiteral("Toelichting")}, {QStringLiteral("Lijst op het tweede blad.")}};
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    const QString pkg = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
    const QList<std::pair<QString, QString>> parts {
        {QStringLiteral("[Content_Types].xml"),
         QStringLiteral("<?xml version=\"1.0\"?><Types "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")},
        {QStringLiteral("_rels/.rels"),
         QStringLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"%1\"><Relationship Id=\"rId1\" Type=\"%2/"
                        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
             .arg(pkg, ns)},
        {QStringLiteral("xl/workbook.xml"),
         QStringLiteral("<?xml version=\"1.0\"?><workbook "
                        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"%1\"><sheets>"
                        "<sheet name=\"Toelichting\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Lijst\" sheetId=\"2\" "
                        "r:id=\"rId2\"/></sheets></workbook>")
             .arg(ns)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QStringLiteral("<?xml version=\"1.0\"?><Relationships xmlns=\"%1\"><Relationship Id=\"rId1\" Type=\"%2/"
                        "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"%2/worksheet\" "
                        "Target=\"worksheets/sheet2.xml\"/></Relationships>")
             .arg(pkg, ns)},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(notes)},
        {QStringLiteral("xl/worksheets/sheet2.xml"), sheetXml(list)},
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, text] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(text.toUtf8());
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

/// The import wizard driven as a user would: file, columns, report, import, the Lists tab; also
/// cancelling, an incomplete mapping, profiles, drag-and-drop, locking, and screenshots of every
/// page (kept in INBEELD_SCREENSHOT_DIR when set).
class TestGuiImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsAListStepByStep();
    void secondListShowsChanges();
    void cancelStoresNothing();
    void unmappedRequiredColumnKeepsNextDisabled();
    void savedMappingIsUsedNextTime();
    void workbookSheetCanBeChosen();
    void droppedFileOpensWizard();
    void lockClosesWizard();
    void sessionLockClosesWizard();
    void lockDuringImportCancelsItFirst();
    void commitPhaseIsShown();
    void storedReportOpensFromListsTab();
    void screenshots();

private:
    ImportWizard* openWizard();
    void chooseFile(ImportWizard* wizard, const QString& path);
    void next(ImportWizard* wizard);
    /// From an open wizard: file → columns → report → import; returns the snapshot id.
    qint64 importThrough(ImportWizard* wizard, const QString& path);
    QString file(const QString& name) const { return m_dir.filePath(QStringLiteral("%1-%2").arg(m_counter).arg(name)); }
    QAbstractItemModel* listsModel() const { return named<QTableView>(m_window.get(), "snapshotsTable")->model(); }
    void shoot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_shotDir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<StoreOpener> m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestGuiImport::initTestCase()
{
    SqlCipherDriver::registerDriver();
    m_opener = std::make_unique<StoreOpener>(m_secrets);
    m_shotDir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    if (!m_shotDir.isEmpty())
        QVERIFY(QDir().mkpath(m_shotDir));
}

void TestGuiImport::init()
{
    clearSettings();
    ++m_counter;
    m_store = createTestStore(file(QStringLiteral("store.inbeeld")), Passphrase, testOrganisation(Role::Rbl, OrgName));
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_opener);
    m_window->setStore(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiImport::cleanup()
{
    m_window.reset();
    m_store.reset();
}

ImportWizard* TestGuiImport::openWizard()
{
    auto* action = named<QAction>(m_window.get(), "actionImport");
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    ImportWizard* wizard = nullptr;
    for (ImportWizard* candidate : m_window->findChildren<ImportWizard*>(QStringLiteral("importWizard"))) {
        if (candidate->isVisible())
            wizard = candidate;
    }
    if (!wizard)
        return nullptr;
    ImportOptions base;
    base.today = Today;
    base.progressInterval = 1;
    wizard->setBaseOptions(base);
    return wizard;
}

void TestGuiImport::chooseFile(ImportWizard* wizard, const QString& path)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    typeInto(named<QLineEdit>(wizard, "importFileEdit"), QDir::toNativeSeparators(path));
}

void TestGuiImport::next(ImportWizard* wizard)
{
    QAbstractButton* button = wizard->button(QWizard::NextButton);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    click(button);
}

qint64 TestGuiImport::importThrough(ImportWizard* wizard, const QString& path)
{
    chooseFile(wizard, path);
    next(wizard);
    if (wizard->currentId() != ImportWizard::MappingPageId)
        return 0;
    next(wizard);
    if (wizard->currentId() != ImportWizard::ReportPageId)
        return 0;
    click(wizard->button(QWizard::CommitButton));
    if (wizard->currentId() != ImportWizard::DonePageId)
        return 0;
    return wizard->importReport().snapshotId;
}

void TestGuiImport::shoot(QWidget* widget, const QString& name)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY2(pixmap.width() >= widget->minimumSizeHint().width(), qPrintable(name));
    if (!m_shotDir.isEmpty())
        QVERIFY(pixmap.save(m_shotDir + QStringLiteral("/import-") + name + QStringLiteral(".png")));
}

void TestGuiImport::importsAListStepByStep()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    QCOMPARE(named<QAction>(m_window.get(), "actionImport")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);

    // 1. The file. Ours by default, with the organisation as the source.
    QVERIFY(named<QRadioButton>(wizard, "sideOursRadio")->isChecked());
    QCOMPARE(named<QLineEdit>(wizard, "sourceNameEdit")->text(), OrgName);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    chooseFile(wizard, path);
    next(wizard);

    // 2. The columns: read as Windows-1252 with semicolons, header on line 3, all recognised.
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(named<QDateEdit>(wizard, "peildatumEdit")->date(), QDate(2026, 9, 3));
    const QString format = named<QLabel>(wizard, "fileFormatLabel")->text();
    QVERIFY2(format.contains(QStringLiteral("Windows-1252")), qPrintable(format));
    QVERIFY2(format.contains(QStringLiteral("\";\"")), qPrintable(format));
    QVERIFY2(format.contains(QStringLiteral("line 3")), qPrintable(format));
    auto* mappingTable = named<QTableWidget>(wizard, "mappingTable");
    QCOMPARE(mappingTable->rowCount(), 11);
    const QList<ImportField> expected {ImportField::Bsn,          ImportField::FirstNames,   ImportField::Prefix,
                                       ImportField::Surname,      ImportField::BirthDate,    ImportField::Postcode,
                                       ImportField::Place,        ImportField::LastSchool,   ImportField::Category,
                                       ImportField::AbsenceStart, ImportField::AbsenceReason};
    for (int column = 0; column < expected.size(); ++column) {
        auto* combo = qobject_cast<QComboBox*>(mappingTable->cellWidget(column, 2));
        QVERIFY(combo);
        QCOMPARE(combo->objectName(), QStringLiteral("fieldCombo_%1").arg(column));
        QCOMPARE(ImportField(combo->currentData().toInt()), expected[column]);
    }
    QVERIFY(mappingTable->item(0, 1)->text().contains(goodBsn(0)));
    auto* preview = named<QTableView>(wizard, "previewTable");
    QCOMPARE(preview->model()->rowCount(), 4);
    QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toLongLong(), 4); // the line in the file
    QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("Daniël"));
    QVERIFY(preview->model()->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("BSN")));
    QVERIFY(named<QLabel>(wizard, "missingLabel")->isHidden());
    QVERIFY(!named<QCheckBox>(wizard, "saveProfileCheck")->isChecked());
    next(wizard);

    // 3. The report of the check: the invalid BSN on line 5 first, as an error.
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
    QVERIFY(wizard->checkReport().dryRun);
    QCOMPARE(wizard->checkReport().accepted, 3);
    QCOMPARE(wizard->checkReport().rejected, 1);
    QVERIFY(named<QLabel>(wizard, "reportSummaryLabel")->text().contains(QStringLiteral("3 can be imported")));
    auto* issues = named<QTableView>(wizard, "issuesTable");
    QAbstractItemModel* model = issues->model();
    QVERIFY(model->rowCount() >= 2);
    QCOMPARE(model->index(0, ImportIssueModel::LineColumn).data().toLongLong(), 5);
    QCOMPARE(model->index(0, ImportIssueModel::ColumnColumn).data().toString(), QStringLiteral("BSN"));
    QCOMPARE(model->index(0, ImportIssueModel::ValueColumn).data().toString(), badBsn());
    QVERIFY(model->index(0, ImportIssueModel::SeverityColumn).data().toString().startsWith(QStringLiteral("Error")));
    for (int row = 1; row < model->rowCount(); ++row) // errors first
        QVERIFY(
            !model->index(row, ImportIssueModel::SeverityColumn).data().toString().startsWith(QStringLiteral("Error")));
    // The row without BSN is imported with a warning on line 6.
    bool warnedLine6 = false;
    for (int row = 0; row < model->rowCount(); ++row)
        warnedLine6 |= model->index(row, ImportIssueModel::LineColumn).data().toLongLong() == 6;
    QVERIFY(warnedLine6);

    auto* filter = named<QComboBox>(wizard, "issueFilterCombo");
    filter->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 1);
    filter->setCurrentIndex(2);
    QCOMPARE(model->rowCount(), int(wizard->checkReport().rowWarnings().size()));
    filter->setCurrentIndex(3);
    QVERIFY(model->rowCount() >= 1); // "Reden" is not kept for absoluut verzuim
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ImportIssueModel::LineColumn).data().toString(), QStringLiteral("file"));
    filter->setCurrentIndex(0);

    auto* exportButton = named<QPushButton>(wizard, "exportRejectedButton");
    QVERIFY(exportButton->isEnabled());
    const QString rejectedPath = file(QStringLiteral("rejected.csv"));
    QVERIFY(named<ImportReportView>(wizard, "importReportView")->exportRejectedTo(rejectedPath));
    QVERIFY(readFile(rejectedPath).contains(badBsn().toUtf8()));
    QVERIFY(!readFile(rejectedPath).contains(goodBsn(0).toUtf8()));

    // 4. Import: the button says how many rows.
    QAbstractButton* importButton = wizard->button(QWizard::CommitButton);
    QVERIFY(importButton->isVisible());
    QCOMPARE(importButton->text().remove(u'&'), QStringLiteral("Import 3 valid rows"));
    click(importButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::DonePageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() || !wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(named<QLabel>(wizard, "doneSummaryLabel")->text().contains(QStringLiteral("Imported 3 of 4 rows")));
    QVERIFY(named<QLabel>(wizard, "changesSummaryLabel")->text().contains(QStringLiteral("first list")));
    QVERIFY(named<QTableView>(wizard, "changesTable")->isHidden());

    // Stored as it was read: diacritics from Windows-1252 intact.
    const Result<QList<SnapshotInfo>> snapshots = Snapshots::list(*m_store);
    QVERIFY(snapshots);
    QCOMPARE(snapshots.value().size(), 1);
    const SnapshotInfo& stored = snapshots.value().constFirst();
    QCOMPARE(stored.side, SnapshotSide::Ours);
    QCOMPARE(stored.sourceName, OrgName);
    QCOMPARE(stored.peildatum, QDate(2026, 9, 3));
    const Result<QList<CaseRecord>> records = Snapshots::records(*m_store, stored.id);
    QVERIFY(records);
    QCOMPARE(records.value().size(), 3);
    QCOMPARE(records.value().constFirst().firstNames, QStringLiteral("Daniël"));

    // The Lists tab shows it with its counts.
    QAbstractItemModel* lists = listsModel();
    QCOMPARE(lists->rowCount(), 1);
    QCOMPARE(lists->index(0, SnapshotListModel::IdColumn).data().toLongLong(), stored.id);
    QCOMPARE(lists->index(0, SnapshotListModel::SourceColumn).data().toString(), OrgName);
    QCOMPARE(lists->index(0, SnapshotListModel::PeildatumColumn).data().toString(), QStringLiteral("3-9-2026"));
    QCOMPARE(lists->index(0, SnapshotListModel::FileColumn).data().toString(), QFileInfo(path).fileName());
    QCOMPARE(lists->index(0, SnapshotListModel::AcceptedColumn).data().toLongLong(), 3);
    QCOMPARE(lists->index(0, SnapshotListModel::RejectedColumn).data().toLongLong(), 1);
    QCOMPARE(lists->index(0, SnapshotListModel::WarningsColumn).data().toLongLong(), stored.warnings);
    QVERIFY(stored.warnings >= 1);

    click(wizard->button(QWizard::FinishButton));
    QVERIFY(!wizard->isVisible());
    QCOMPARE(named<QTabWidget>(m_window.get(), "mainTabs")->currentWidget()->objectName(),
             QStringLiteral("snapshotsPage"));
}

void TestGuiImport::secondListShowsChanges()
{
    const QString first = file(QStringLiteral("q3.csv"));
    QVERIFY(writeCsv(first, listA()));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(importThrough(wizard, first) > 0);
    click(wizard->button(QWizard::FinishButton));

    // Next quarter: Noëlle is gone, a new child came, Daniël changed school.
    QList<Child> children = listA();
    children.removeLast();
    children[0].school = QStringLiteral("Het Kompas");
    children.append({goodBsn(2), QStringLiteral("Fleur"), QString(), QStringLiteral("Bakker"),
                     QStringLiteral("9-9-2013"), QStringLiteral("6824 DF"), QStringLiteral("Arnhem"),
                     QStringLiteral("De Regenboog"), QStringLiteral("Absoluut verzuim"), QStringLiteral("1-9-2026"),
                     QString()});
    const QString second = file(QStringLiteral("q4.csv"));
    QVERIFY(writeCsv(second, children));
    QTRY_VERIFY((wizard = openWizard()) != nullptr);
    QVERIFY(importThrough(wizard, second) > 0);

    const QString changes = named<QLabel>(wizard, "changesSummaryLabel")->text();
    QVERIFY2(changes.contains(QStringLiteral("1 added, 1 removed, 1 changed, 1 unchanged")), qPrintable(changes));
    auto* table = named<QTableView>(wizard, "changesTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 3);
    QStringList texts;
    for (int row = 0; row < 3; ++row)
        texts << table->model()->index(row, 0).data().toString() + u' '
                + table->model()->index(row, 1).data().toString() + u' '
                + table->model()->index(row, 4).data().toString();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Added Fleur Bakker")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Removed Noëlle de Vries")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("De Regenboog → Het Kompas")), qPrintable(all));
    QCOMPARE(listsModel()->rowCount(), 2);
    QCOMPARE(listsModel()->index(0, SnapshotListModel::FileColumn).data().toString(), QFileInfo(second).fileName());
    click(wizard->button(QWizard::FinishButton));
}

void TestGuiImport::cancelStoresNothing()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    next(wizard);

    // Cancelling the check keeps the wizard on the columns.
    wizard->setCancelAtFirstProgress(true);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(named<QLabel>(wizard, "mappingErrorLabel")->text().contains(QStringLiteral("cancelled")));
    wizard->setCancelAtFirstProgress(false);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));

    // Cancelling the import stores nothing and says so.
    wizard->setCancelAtFirstProgress(true);
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
    auto* message = named<QLabel>(wizard, "importMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Nothing was stored")), qPrintable(message->text()));
    QVERIFY(!wizard->isRunning());
    const Result<QList<SnapshotInfo>> none = Snapshots::list(*m_store);
    QVERIFY(none);
    QVERIFY(none.value().isEmpty());
    QCOMPARE(listsModel()->rowCount(), 0);
    const Result<QList<AuditEntry>> audit = m_store->audit().entries();
    QVERIFY(audit);
    QCOMPARE(audit.value().constLast().action, QStringLiteral("import.cancelled"));

    // And it can be started again.
    wizard->setCancelAtFirstProgress(false);
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::DonePageId));
    QCOMPARE(listsModel()->rowCount(), 1);
    click(wizard->button(QWizard::FinishButton));
}

void TestGuiImport::unmappedRequiredColumnKeepsNextDisabled()
{
    const QString path = file(QStringLiteral("groepen.csv"));
    QVERIFY(writeCsv(path, listA(), QStringLiteral("Groep")));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    auto* missing = named<QLabel>(wizard, "missingLabel");
    QVERIFY(missing->isVisible());
    QVERIFY(missing->text().contains(QStringLiteral("category")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    shoot(wizard, QStringLiteral("2b-columns-incomplete"));

    // One category for the whole file also completes it.
    click(wizard->button(QWizard::BackButton));
    auto* fixed = named<QComboBox>(wizard, "fixedCategoryCombo");
    QCOMPARE(fixed->currentData().toString(), QString());
    fixed->setCurrentIndex(fixed->findData(QStringLiteral("absoluut")));
    next(wizard);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(missing->isHidden());
    click(wizard->button(QWizard::BackButton));
    fixed->setCurrentIndex(0);
    next(wizard);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Mapping the column by hand: Next is enabled, and the mapping is offered for saving.
    auto* combo = named<QComboBox>(wizard, "fieldCombo_8");
    QVERIFY(combo);
    QCOMPARE(ImportField(combo->currentData().toInt()), ImportField::None);
    combo->setCurrentIndex(combo->findData(int(ImportField::Category)));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(missing->isHidden());
    QVERIFY(named<QCheckBox>(wizard, "saveProfileCheck")->isChecked());
    QCOMPARE(named<QLineEdit>(wizard, "profileNameEdit")->text(), OrgName);
    QVERIFY(named<QTableView>(wizard, "previewTable")
                ->model()
                ->headerData(8, Qt::Horizontal)
                .toString()
                .contains(ImportFields::displayName(ImportField::Category)));

    // A profile needs a name.
    named<QLineEdit>(wizard, "profileNameEdit")->clear();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    named<QCheckBox>(wizard, "saveProfileCheck")->setChecked(false);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Taking the field to another column unmaps it here.
    auto* bsnCombo = named<QComboBox>(wizard, "fieldCombo_0");
    bsnCombo->setCurrentIndex(bsnCombo->findData(int(ImportField::Category)));
    QCOMPARE(ImportField(combo->currentData().toInt()), ImportField::None);
    // Without a BSN column, name and date of birth identify the children; without both, nothing does.
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    auto* birthCombo = named<QComboBox>(wizard, "fieldCombo_4");
    birthCombo->setCurrentIndex(birthCombo->findData(int(ImportField::None)));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(missing->text().contains(QStringLiteral("BSN")));
    wizard->reject();
}

void TestGuiImport::savedMappingIsUsedNextTime()
{
    const QString path = file(QStringLiteral("groepen.csv"));
    QVERIFY(writeCsv(path, listA(), QStringLiteral("Groep")));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    next(wizard);
    named<QComboBox>(wizard, "fieldCombo_8")
        ->setCurrentIndex(named<QComboBox>(wizard, "fieldCombo_8")->findData(int(ImportField::Category)));
    typeInto(named<QLineEdit>(wizard, "profileNameEdit"), QStringLiteral("Leerplichtpakket"));
    next(wizard);
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::DonePageId));
    click(wizard->button(QWizard::FinishButton));

    // The next list with these columns is mapped the same way, without asking.
    QTRY_VERIFY((wizard = openWizard()) != nullptr);
    chooseFile(wizard, path);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(named<QLabel>(wizard, "mappingOriginLabel")->text().contains(QStringLiteral("Leerplichtpakket")));
    QCOMPARE(ImportField(named<QComboBox>(wizard, "fieldCombo_8")->currentData().toInt()), ImportField::Category);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

void TestGuiImport::workbookSheetCanBeChosen()
{
    const QString path = file(QStringLiteral("lijst.xlsx"));
    QVERIFY(writeXlsx(path, listA()));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    auto* sheets = named<QComboBox>(wizard, "sheetCombo");
    QVERIFY(sheets->isHidden());
    wizard->setFile(path);
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 2);
    QCOMPARE(sheets->currentText(), QStringLiteral("Toelichting"));
    sheets->setCurrentIndex(sheets->findText(QStringLiteral("Lijst")));
    QVERIFY(named<QLabel>(wizard, "fileInfoLabel")->text().contains(QStringLiteral("\"Lijst\"")));
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(named<QLabel>(wizard, "fileFormatLabel")->text().contains(QStringLiteral("Excel")));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard);
    QCOMPARE(wizard->checkReport().sheetName, QStringLiteral("Lijst"));
    QCOMPARE(wizard->checkReport().accepted, 3);
    wizard->reject();
}

void TestGuiImport::droppedFileOpensWizard()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(file(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData list;
    list.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &list, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &list, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    auto* wizard = m_window->findChild<ImportWizard*>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(named<QLineEdit>(wizard, "importFileEdit")->text(), QDir::toNativeSeparators(path));
    QVERIFY(named<QLabel>(wizard, "fileInfoLabel")->text().contains(QStringLiteral("CSV")));
    wizard->reject();
}

void TestGuiImport::lockClosesWizard()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    QPointer<ImportWizard> wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, path);
    next(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));

    m_window->clearStore(); // what locking does
    QVERIFY(!wizard || !wizard->isVisible());
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(!named<QAction>(m_window.get(), "actionImport")->isEnabled());
    QCOMPARE(listsModel()->rowCount(), 0);
    QVERIFY(!m_window->openImportWizard(path));
}

void TestGuiImport::sessionLockClosesWizard()
{
    const QString storePath = file(QStringLiteral("session.inbeeld"));
    QVERIFY(createTestStore(storePath, Passphrase, testOrganisation(Role::Rbl, OrgName)));
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    SessionController session(m_secrets);
    session.start(storePath);
    UnlockDialog* unlock = session.unlockDialog();
    QVERIFY(unlock->isVisible());
    typeInto(named<QLineEdit>(unlock, "passphraseEdit"), Passphrase);
    click(named<QPushButton>(unlock, "unlockButton"));
    QTRY_VERIFY(session.store());

    QPointer<ImportWizard> wizard = session.mainWindow()->openImportWizard(path);
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(named<QLabel>(wizard, "fileInfoLabel")->text().contains(QStringLiteral("CSV")));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));

    named<QAction>(session.mainWindow(), "actionLock")->trigger();
    QVERIFY(!session.store());
    QVERIFY(unlock->isVisible());
    QTRY_VERIFY(wizard.isNull());
}

void TestGuiImport::lockDuringImportCancelsItFirst()
{
    const QString storePath = file(QStringLiteral("busy.inbeeld"));
    QVERIFY(createTestStore(storePath, Passphrase, testOrganisation(Role::Rbl, OrgName)));
    // Long enough for the progress dialog to show (it waits 400 ms before it does).
    QList<Child> many;
    const QList<Child> children = listA();
    for (int i = 0; i < 150000; ++i)
        many << children[i % children.size()];
    const QString path = file(QStringLiteral("groot.csv"));
    QVERIFY(writeCsv(path, many));

    SessionController session(m_secrets);
    session.start(storePath);
    typeInto(named<QLineEdit>(session.unlockDialog(), "passphraseEdit"), Passphrase);
    click(named<QPushButton>(session.unlockDialog(), "unlockButton"));
    QTRY_VERIFY(session.store());
    QPointer<ImportWizard> wizard = session.mainWindow()->openImportWizard(path);
    QVERIFY(wizard);
    ImportOptions base;
    base.today = Today;
    wizard->setBaseOptions(base);
    click(wizard->button(QWizard::NextButton));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));

    // The user locks while the import runs (the menu is blocked by the progress dialog, but
    // the action can also come from elsewhere).
    bool lockedDuringRun = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (!lockedDuringRun && wizard && wizard->isRunning()) {
            lockedDuringRun = true;
            named<QAction>(session.mainWindow(), "actionLock")->trigger();
            QVERIFY(session.store()); // not yet: the import is cancelled and rolled back first
        }
    });
    poll.start();
    click(wizard->button(QWizard::CommitButton));
    poll.stop();
    if (!lockedDuringRun)
        QSKIP("The import finished before its progress dialog showed; nothing to lock during.");
    QTRY_VERIFY(!session.store());
    QTRY_VERIFY(wizard.isNull());

    auto reopened = Store::open(storePath, passphrase(Passphrase));
    QVERIFY2(reopened, qPrintable(reopened.message()));
    const Result<QList<SnapshotInfo>> snapshots = Snapshots::list(*reopened.value());
    QVERIFY(snapshots);
    QVERIFY(snapshots.value().isEmpty());
}

void TestGuiImport::commitPhaseIsShown()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    // The commit blocks the GUI thread; the dialog paints its last state just before it. A timer
    // that fires whenever events are let through sees what the user sees then.
    QString savingLabel;
    bool cancelVisibleWhileSaving = true;
    bool busyBar = false;
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (auto* dialog : wizard->findChildren<ImportProgressDialog*>(QStringLiteral("importProgressDialog"))) {
            if (!dialog->labelText().startsWith(QStringLiteral("Saving")))
                continue;
            savingLabel = dialog->labelText();
            cancelVisibleWhileSaving = false;
            for (QPushButton* button : dialog->findChildren<QPushButton*>())
                cancelVisibleWhileSaving = cancelVisibleWhileSaving || !button->isHidden();
            busyBar = dialog->minimum() == 0 && dialog->maximum() == 0;
        }
    });
    poll.start();
    const qint64 id = importThrough(wizard, path);
    poll.stop();
    QVERIFY(id > 0);
    QVERIFY2(savingLabel.contains(QStringLiteral("lijst.csv")), qPrintable(savingLabel));
    QVERIFY2(savingLabel.contains(QStringLiteral("%1 rows read").arg(listA().size())), qPrintable(savingLabel));
    QVERIFY(savingLabel.contains(QStringLiteral("can no longer be cancelled")));
    QVERIFY(!cancelVisibleWhileSaving);
    QVERIFY(busyBar);

    // What the user sees in that moment.
    ImportProgressDialog dialog(ImportProgressDialog::Kind::Import, QStringLiteral("thuiszitters.csv"), nullptr);
    dialog.setPhase(ImportPhase::Committing, 1000000);
    dialog.show();
    shoot(&dialog, QStringLiteral("committing"));
}

void TestGuiImport::storedReportOpensFromListsTab()
{
    const QString path = file(QStringLiteral("lijst.csv"));
    QVERIFY(writeCsv(path, listA()));
    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    const qint64 id = importThrough(wizard, path);
    QVERIFY(id > 0);
    click(wizard->button(QWizard::FinishButton));

    auto* page = named<SnapshotsPage>(m_window.get(), "snapshotsPage");
    QVERIFY(page->isVisible());
    auto* viewButton = named<QPushButton>(page, "viewReportButton");
    QVERIFY(viewButton->isEnabled());
    click(viewButton);
    ImportReportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ImportReportDialog*>(QStringLiteral("importReportDialog"))) != nullptr
                && dialog->isVisible());
    QAbstractItemModel* issues = named<QTableView>(dialog, "issuesTable")->model();
    QCOMPARE(issues->index(0, ImportIssueModel::LineColumn).data().toLongLong(), 5);
    QVERIFY(named<QLabel>(dialog, "reportSummaryLabel")->text().contains(QStringLiteral("Imported 3 of 4 rows")));
    dialog->reject();

    auto* exportButton = named<QPushButton>(page, "exportSnapshotRejectedButton");
    QVERIFY(exportButton->isEnabled());
    const QString target = file(QStringLiteral("stored-rejected.csv"));
    // What the button does once a file is chosen.
    QVERIFY(page->exportRejectedTo(target));
    const QByteArray exported = readFile(target);
    QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
    QVERIFY(exported.contains(badBsn().toUtf8()));
    QCOMPARE(exported.count("\r\n"), 2); // header and the one rejected row
}

void TestGuiImport::screenshots()
{
    // The demo organisation's list (200 rows, a few errors), then the same list a quarter on
    // with a few children gone and one school changed.
    const QDate peildatum(2026, 9, 30);
    const QString first = file(QStringLiteral("rbl-thuiszitters-2026-q3.csv"));
    {
        QFile out(first);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(DemoLists::ourList(peildatum));
    }
    QStringList lines = Windows1252::decode(readFile(first)).split(QStringLiteral("\r\n"));
    lines.removeAt(12);
    lines.removeAt(20);
    const QStringList header = lines.at(3).split(u';');
    QCOMPARE(header.at(9), QStringLiteral("Laatst bekende school"));
    QStringList changed = lines.at(30).split(u';');
    changed[9] = QStringLiteral("OPDC Arnhem");
    lines[30] = changed.join(u';');
    const QString second = file(QStringLiteral("rbl-thuiszitters-2026-q4.csv"));
    {
        QFile out(second);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(Windows1252::encode(lines.join(QStringLiteral("\r\n"))).value_or(QByteArray()));
    }

    ImportWizard* wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(importThrough(wizard, first) > 0);
    click(wizard->button(QWizard::FinishButton));

    QTRY_VERIFY((wizard = openWizard()) != nullptr);
    chooseFile(wizard, second);
    wizard->setFile(second);
    shoot(wizard, QStringLiteral("1-file"));
    next(wizard);
    shoot(wizard, QStringLiteral("2-columns"));
    next(wizard);
    shoot(wizard, QStringLiteral("3-report"));
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::DonePageId));
    shoot(wizard, QStringLiteral("4-done"));
    click(wizard->button(QWizard::FinishButton));

    auto* page = named<SnapshotsPage>(m_window.get(), "snapshotsPage");
    QVERIFY(page->isVisible());
    shoot(m_window.get(), QStringLiteral("5-lists"));
    click(named<QPushButton>(page, "viewReportButton"));
    ImportReportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ImportReportDialog*>(QStringLiteral("importReportDialog"))) != nullptr
                && dialog->isVisible());
    shoot(dialog, QStringLiteral("6-stored-report"));
    dialog->reject();
}

INBEELD_GUI_TEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
