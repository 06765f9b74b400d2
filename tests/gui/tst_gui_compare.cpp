#include "core/demo/DemoStore.h"
#include "core/matching/ChildNotes.h"
#include "core/matching/ComparisonService.h"
#include "core/matching/MatchDecisions.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/compare/CategoryComparisonView.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/ComparisonDetailPane.h"
#include "ui/compare/ComparisonFilterModel.h"
#include "ui/compare/ComparisonOverview.h"
#include "ui/compare/ComparisonSummaryModel.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/sharing/ShareWizard.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString Langdurig = QStringLiteral("langdurig");
} // namespace

/// The Compare tab over the demo organisation (the RBL's list and SWV De Liemers' list).
class TestGuiCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overviewShowsTheCountsOfTheComparison();
    void outcomeFilterNarrowsTheRows();
    void searchFindsNameBsnAndSchool();
    void confirmingAProbableMatchIsStoredAndKept();
    void rejectingAndWithdrawing();
    void keyboardMovesSelectionAndOpensDetailsOnce();
    void sharingAChildStartsTheFourStepCheck();
    void noteIsSavedWhenAnotherChildIsSelected();
    void differingCellsAreMarked();
    void sortingOrdersRowsAndKeepsTheSelection();
    void exportCountsHoldsNoPersonalData();
    void lockingClearsTheComparison();
    void screenshots();

private:
    ComparePage* page() const { return named<ComparePage>(m_window.get(), "comparePage"); }
    CategoryComparisonView* view(const QString& category) const { return page()->categoryView(category); }
    /// Shows the Compare tab and waits for the comparison to be shown.
    bool showCompareTab();
    bool waitForComparison(const std::function<void()>& trigger);
    int viewedEntries() const;
    /// Selects the first row with this outcome in a category view (filtered to it); the row or -1.
    int selectFirst(CategoryComparisonView* v, ComparisonOutcome outcome);

    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<StoreOpener> m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestGuiCompare::initTestCase()
{
    SqlCipherDriver::registerDriver();
    m_opener = std::make_unique<StoreOpener>(m_secrets);
}

void TestGuiCompare::init()
{
    const QString folder = m_dir.filePath(QString::number(++m_counter));
    QVERIFY(QDir().mkpath(folder));
    const Result<QString> demo = DemoStore::create(folder);
    QVERIFY2(demo, qPrintable(demo.message()));
    auto opened = Store::open(demo.value(), passphrase(DemoStore::passphrase()));
    QVERIFY2(opened, qPrintable(opened.message()));
    m_store = opened.takeValue();
    m_window = std::make_unique<MainWindow>(*m_opener);
    m_window->resize(1400, 800);
    m_window->setStore(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(showCompareTab());
}

void TestGuiCompare::cleanup()
{
    if (m_window)
        m_window->clearStore();
    m_window.reset();
    m_store.reset();
}

bool TestGuiCompare::waitForComparison(const std::function<void()>& trigger)
{
    QSignalSpy compared(page(), &ComparePage::compared);
    trigger();
    return compared.count() > 0 || compared.wait(20000);
}

bool TestGuiCompare::showCompareTab()
{
    auto* tabs = named<QTabWidget>(m_window.get(), "mainTabs");
    if (!tabs || !page())
        return false;
    return waitForComparison([&] { tabs->setCurrentWidget(page()); });
}

int TestGuiCompare::viewedEntries() const
{
    const auto entries = m_store->audit().entries();
    int n = 0;
    for (const AuditEntry& e : entries.value())
        n += e.action == u"compare.record_viewed" ? 1 : 0;
    return n;
}

int TestGuiCompare::selectFirst(CategoryComparisonView* v, ComparisonOutcome outcome)
{
    v->setOutcomeFilter(outcome);
    if (v->filterModel()->rowCount() == 0)
        return -1;
    v->table()->setFocus();
    v->table()->selectRow(0);
    return 0;
}

void TestGuiCompare::overviewShowsTheCountsOfTheComparison()
{
    // The same comparison, made directly by the core service, is the reference.
    const Result<Comparison> reference = ComparisonService::compare(*m_store);
    QVERIFY2(reference, qPrintable(reference.message()));
    const std::shared_ptr<const Comparison> shown = page()->comparison();
    QVERIFY(shown);
    ComparisonSummaryModel* summary = page()->overview()->summaryModel();
    QCOMPARE(summary->rowCount(), int(reference.value().summary().size()) + 1); // + total row
    for (const CategorySummary& s : reference.value().summary()) {
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            QCOMPARE(summary->count(s.category, ComparisonOutcome(i)), s.count(ComparisonOutcome(i)));
        // Each category has its tab, whose filter buttons carry the same counts.
        CategoryComparisonView* v = view(s.category);
        QVERIFY2(v, qPrintable(s.category));
        QCOMPARE(v->tableModel()->rowCount(), int(s.total()));
        const auto* bothButton = named<QAbstractButton>(v, "filterButton_both");
        QVERIFY(bothButton->text().contains(QString::number(s.count(ComparisonOutcome::Both))));
    }
    // The demo is meant to show every outcome in langdurig verzuim.
    const auto langdurig = reference.value().summary(Langdurig);
    QVERIFY(langdurig);
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        QVERIFY2(langdurig->count(ComparisonOutcome(i)) > 0, qPrintable(Comparison::outcomeCode(ComparisonOutcome(i))));
    // The headline answers the question, and the expected-only explanation is there for the
    // categories only the leerplicht office knows.
    const QString headline = named<QLabel>(page(), "overviewHeadlineLabel")->text();
    QVERIFY2(headline.contains(QStringLiteral("on both lists")), qPrintable(headline));
    auto* expected = named<QLabel>(page(), "overviewExpectedLabel");
    QVERIFY(!expected->isHidden());
    QVERIFY2(expected->text().contains(QStringLiteral("Absoluut verzuim")), qPrintable(expected->text()));
}

void TestGuiCompare::outcomeFilterNarrowsTheRows()
{
    CategoryComparisonView* v = view(Langdurig);
    QVERIFY(v);
    page()->showCategory(Langdurig);
    const int all = v->filterModel()->rowCount();
    QCOMPARE(all, v->tableModel()->rowCount());
    click(named<QAbstractButton>(v, "filterButton_only_theirs"));
    const int onlyTheirs = int(v->tableModel()->count(ComparisonOutcome::OnlyTheirs));
    QCOMPARE(v->filterModel()->rowCount(), onlyTheirs);
    QVERIFY(onlyTheirs > 0 && onlyTheirs < all);
    for (int row = 0; row < v->filterModel()->rowCount(); ++row)
        QCOMPARE(v->filterModel()->index(row, 0).data(ComparisonTableModel::OutcomeRole).toInt(),
                 int(ComparisonOutcome::OnlyTheirs));
    // The theirs-side name is filled, ours is empty.
    QVERIFY(v->filterModel()->index(0, ComparisonTableModel::OursNameColumn).data().toString().isEmpty());
    QVERIFY(!v->filterModel()->index(0, ComparisonTableModel::TheirsNameColumn).data().toString().isEmpty());

    // Keyboard: Ctrl+2 shows the differing children, Ctrl+0 all again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    v->table()->setFocus();
    QTest::keyClick(v->table(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(v->filterModel()->rowCount(), int(v->tableModel()->count(ComparisonOutcome::Differs)));
    QTest::keyClick(v->table(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(v->filterModel()->rowCount(), all);
}

void TestGuiCompare::searchFindsNameBsnAndSchool()
{
    CategoryComparisonView* v = view(Langdurig);
    QVERIFY(v);
    const Comparison* c = v->tableModel()->comparison();
    // A BSN from the table finds exactly that child.
    const ComparisonItem* item = v->tableModel()->itemAt(0);
    QVERIFY(item && c->ours(*item));
    const QString bsn = c->ours(*item)->bsn;
    QVERIFY(!bsn.isEmpty());
    auto* search = named<QLineEdit>(v, "compareSearchEdit");
    typeInto(search, bsn);
    QCOMPARE(v->filterModel()->rowCount(), 1);
    QCOMPARE(v->filterModel()->index(0, ComparisonTableModel::OursBsnColumn).data().toString(), bsn);

    // A surname without its diacritics and in lower case.
    typeInto(search, QStringLiteral("ozdemir"));
    QVERIFY(v->filterModel()->rowCount() > 0);
    for (int row = 0; row < v->filterModel()->rowCount(); ++row) {
        const QString name = v->filterModel()->index(row, ComparisonTableModel::OursNameColumn).data().toString()
            + v->filterModel()->index(row, ComparisonTableModel::TheirsNameColumn).data().toString();
        QVERIFY2(name.contains(QStringLiteral("Özdemir")), qPrintable(name));
    }

    // A school, combined with an outcome filter.
    typeInto(search, QStringLiteral("rijnpoort"));
    const int bySchool = v->filterModel()->rowCount();
    QVERIFY(bySchool > 0);
    v->setOutcomeFilter(ComparisonOutcome::Both);
    QVERIFY(v->filterModel()->rowCount() <= bySchool);
    for (int row = 0; row < v->filterModel()->rowCount(); ++row)
        QVERIFY(v->filterModel()
                    ->index(row, ComparisonTableModel::OursSchoolColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Rijnpoort")));

    typeInto(search, QStringLiteral("no such child anywhere"));
    QCOMPARE(v->filterModel()->rowCount(), 0);
    search->clear();
    v->setOutcomeFilter(std::nullopt);
    QCOMPARE(v->filterModel()->rowCount(), v->tableModel()->rowCount());
}

void TestGuiCompare::confirmingAProbableMatchIsStoredAndKept()
{
    CategoryComparisonView* v = view(Langdurig);
    QVERIFY(v);
    page()->showCategory(Langdurig);
    const qint64 probableBefore = v->tableModel()->count(ComparisonOutcome::Probable);
    QVERIFY(selectFirst(v, ComparisonOutcome::Probable) == 0);
    v->openDetails();
    ComparisonDetailPane* pane = v->detailPane();
    const QString child = pane->shownChild();
    QVERIFY(!child.isEmpty());
    auto* confirm = named<QPushButton>(pane, "confirmMatchButton");
    QVERIFY(!confirm->isHidden() && confirm->isEnabled());

    QVERIFY(waitForComparison([&] { click(confirm); }));
    v = view(Langdurig);
    QCOMPARE(v->tableModel()->count(ComparisonOutcome::Probable), probableBefore - 1);
    const auto findChild = [&]() -> const ComparisonItem* {
        const int row = v->tableModel()->rowOfChild(child);
        return row < 0 ? nullptr : v->tableModel()->itemAt(row);
    };
    const ComparisonItem* item = findChild();
    QVERIFY(item);
    QVERIFY(item->outcome == ComparisonOutcome::Both || item->outcome == ComparisonOutcome::Differs);
    QCOMPARE(item->basis, MatchBasis::Confirmed);
    // Stored, and applied again by a new comparison.
    const auto decisions = MatchDecisions::all(*m_store);
    QVERIFY(decisions);
    QCOMPARE(decisions.value().size(), 1);
    QVERIFY(decisions.value().constFirst().confirmed);
    QVERIFY(waitForComparison([&] { click(named<QPushButton>(page(), "compareButton")); }));
    item = findChild();
    QVERIFY(item);
    QCOMPARE(item->basis, MatchBasis::Confirmed);
    // The withdraw button is offered for the decided pair.
    v->setOutcomeFilter(std::nullopt);
    v->table()->selectRow(
        v->filterModel()->mapFromSource(v->tableModel()->index(v->tableModel()->rowOfChild(child), 0)).row());
    v->openDetails();
    QVERIFY(!named<QPushButton>(v->detailPane(), "withdrawDecisionButton")->isHidden());
    QVERIFY(named<QPushButton>(v->detailPane(), "confirmMatchButton")->isHidden());
}

void TestGuiCompare::rejectingAndWithdrawing()
{
    CategoryComparisonView* v = view(Langdurig);
    page()->showCategory(Langdurig);
    const qint64 probableBefore = v->tableModel()->count(ComparisonOutcome::Probable);
    const qint64 onlyOursBefore = v->tableModel()->count(ComparisonOutcome::OnlyOurs);
    QVERIFY(selectFirst(v, ComparisonOutcome::Probable) == 0);
    v->openDetails();
    QVERIFY(waitForComparison([&] { click(named<QPushButton>(v->detailPane(), "rejectMatchButton")); }));
    QCOMPARE(v->tableModel()->count(ComparisonOutcome::Probable), probableBefore - 1);
    QCOMPARE(v->tableModel()->count(ComparisonOutcome::OnlyOurs), onlyOursBefore + 1);
    const auto decisions = MatchDecisions::all(*m_store);
    QCOMPARE(decisions.value().size(), 1);
    QVERIFY(!decisions.value().constFirst().confirmed);

    // The rejected child, now only on our list, can have the decision withdrawn.
    v->setOutcomeFilter(ComparisonOutcome::OnlyOurs);
    int rejectedRow = -1;
    for (int row = 0; row < v->filterModel()->rowCount(); ++row) {
        if (v->filterModel()->itemAt(row)->rejected())
            rejectedRow = row;
    }
    QVERIFY(rejectedRow >= 0);
    v->table()->selectRow(rejectedRow);
    v->openDetails();
    auto* withdraw = named<QPushButton>(v->detailPane(), "withdrawDecisionButton");
    QVERIFY(!withdraw->isHidden());
    QVERIFY(waitForComparison([&] { click(withdraw); }));
    QCOMPARE(v->tableModel()->count(ComparisonOutcome::Probable), probableBefore);
    QVERIFY(MatchDecisions::all(*m_store).value().isEmpty());
}

void TestGuiCompare::keyboardMovesSelectionAndOpensDetailsOnce()
{
    CategoryComparisonView* v = view(Langdurig);
    page()->showCategory(Langdurig);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView* table = v->table();
    table->setFocus();
    table->setCurrentIndex(v->filterModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);

    const int viewedBefore = viewedEntries();
    QTest::keyClick(table, Qt::Key_Return);
    const ComparisonItem* item = v->filterModel()->itemAt(2);
    const Comparison* c = v->tableModel()->comparison();
    const CaseRecord* record = c->ours(*item) ? c->ours(*item) : c->theirs(*item);
    QCOMPARE(named<QLabel>(v->detailPane(), "detailTitleLabel")->text(), record->displayName());
    // Field by field, with the agreement's reason for each field.
    auto* fields = named<QTextBrowser>(v->detailPane(), "detailFieldsView");
    const QString text = fields->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("zorgplicht")), qPrintable(text)); // reason for the school
    QVERIFY(text.contains(QStringLiteral("Last known school")));
    if (!record->bsn.isEmpty())
        QVERIFY(text.contains(record->bsn));
    QVERIFY(fields->hasFocus());
    QCOMPARE(viewedEntries(), viewedBefore + 1);
    // Showing the same child again (or repainting) is not another view in the audit log.
    QTest::keyClick(fields, Qt::Key_Escape);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    v->repaint();
    QCOMPARE(viewedEntries(), viewedBefore + 1);
    // The audit names records by ids, never by BSN.
    const auto entries = m_store->audit().entries();
    for (const AuditEntry& e : entries.value())
        QVERIFY(!record->bsn.isEmpty() ? !e.detail.contains(record->bsn) : true);
}

void TestGuiCompare::sharingAChildStartsTheFourStepCheck()
{
    CategoryComparisonView* v = view(Langdurig);
    page()->showCategory(Langdurig);
    // A child only the partner has: their record is theirs to share, so no share button.
    QVERIFY(selectFirst(v, ComparisonOutcome::OnlyTheirs) >= 0);
    QTest::keyClick(v->table(), Qt::Key_Return);
    auto* share = named<QPushButton>(v->detailPane(), "shareCaseButton");
    QVERIFY(share->isHidden());

    // A child on both lists, recorded differently: the usual case to discuss.
    QVERIFY(selectFirst(v, ComparisonOutcome::Differs) >= 0);
    QTest::keyClick(v->table(), Qt::Key_Return);
    QVERIFY(!share->isHidden());
    const ComparisonItem* item = v->filterModel()->itemAt(0);
    const CaseRecord* ours = v->tableModel()->comparison()->ours(*item);
    QVERIFY(ours);
    QSignalSpy requested(page(), &ComparePage::shareRequested);
    share->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).value<CaseRecord>().childKey(), ours->childKey());
    // The main window opens the four-step check for that child.
    auto* wizard = m_window->findChild<ShareWizard*>(QStringLiteral("shareWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
}

void TestGuiCompare::noteIsSavedWhenAnotherChildIsSelected()
{
    CategoryComparisonView* v = view(Langdurig);
    v->table()->setFocus();
    v->table()->selectRow(0);
    v->openDetails();
    const QString child = v->detailPane()->shownChild();
    auto* note = named<QPlainTextEdit>(v->detailPane(), "noteEdit");
    QVERIFY(note->isEnabled());
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Besproken in casusoverleg"));
    QVERIFY(v->detailPane()->noteChanged());
    QVERIFY(named<QPushButton>(v->detailPane(), "saveNoteButton")->isEnabled());
    // Selecting another child saves the note first.
    v->table()->selectRow(1);
    v->openDetails();
    QVERIFY(v->detailPane()->shownChild() != child);
    QCOMPARE(ChildNotes::get(*m_store, child).value().text, QStringLiteral("Besproken in casusoverleg"));
    // And it is there again when the child is selected again.
    v->table()->selectRow(0);
    v->openDetails();
    QCOMPARE(note->toPlainText(), QStringLiteral("Besproken in casusoverleg"));
    // Save button.
    note->setPlainText(QStringLiteral("Tweede notitie"));
    click(named<QPushButton>(v->detailPane(), "saveNoteButton"));
    QCOMPARE(ChildNotes::get(*m_store, child).value().text, QStringLiteral("Tweede notitie"));
}

void TestGuiCompare::differingCellsAreMarked()
{
    CategoryComparisonView* v = view(Langdurig);
    v->setOutcomeFilter(ComparisonOutcome::Differs);
    QVERIFY(v->filterModel()->rowCount() > 0);
    const ComparisonItem* item = v->filterModel()->itemAt(0);
    QVERIFY(item->differences != 0);
    int marked = 0;
    for (int column = 0; column < ComparisonTableModel::ColumnCount; ++column) {
        const QModelIndex index = v->filterModel()->index(0, column);
        if (!index.data(ComparisonTableModel::DiffersRole).toBool())
            continue;
        ++marked;
        QVERIFY(index.data(Qt::BackgroundRole).isValid());
        QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(index.data().toString().startsWith(QStringLiteral("≠")));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("differently")));
    }
    QVERIFY(marked >= 2); // the field on both sides
    // An equal row has no marks.
    v->setOutcomeFilter(ComparisonOutcome::Both);
    for (int column = 0; column < ComparisonTableModel::ColumnCount; ++column)
        QVERIFY(!v->filterModel()->index(0, column).data(ComparisonTableModel::DiffersRole).toBool());
}

void TestGuiCompare::sortingOrdersRowsAndKeepsTheSelection()
{
    CategoryComparisonView* v = view(Langdurig);
    page()->showCategory(Langdurig);
    QTableView* table = v->table();
    table->selectRow(5);
    const ComparisonItem* selected = v->filterModel()->itemAt(5);
    const QString child = v->tableModel()->comparison()->noteKey(*selected);

    table->sortByColumn(ComparisonTableModel::OursNameColumn, Qt::AscendingOrder);
    const Comparison* c = v->tableModel()->comparison();
    QString previous;
    bool missingSeen = false;
    for (int row = 0; row < v->filterModel()->rowCount(); ++row) {
        const CaseRecord* ours = c->ours(*v->filterModel()->itemAt(row));
        if (!ours) {
            missingSeen = true; // children only on their list come last
            continue;
        }
        QVERIFY(!missingSeen);
        const QString key = ComparisonTableModel::foldForSearch(ours->surname + u' ' + ours->firstNames);
        QVERIFY2(previous <= key, qPrintable(previous + QStringLiteral(" > ") + key));
        previous = key;
    }
    QVERIFY(missingSeen);
    // The selected child is still the selected row.
    QCOMPARE(c->noteKey(*v->filterModel()->itemAt(table->currentIndex().row())), child);

    // Newest start of absence first, filtered to the children on both lists.
    v->setOutcomeFilter(ComparisonOutcome::Both);
    table->sortByColumn(ComparisonTableModel::OursStartColumn, Qt::DescendingOrder);
    QDate last;
    for (int row = 0; row < v->filterModel()->rowCount(); ++row) {
        const QDate start = c->ours(*v->filterModel()->itemAt(row))->absenceStart;
        QVERIFY(!last.isValid() || start <= last);
        last = start;
    }
    // Back to file order: the items in the order of the comparison.
    table->sortByColumn(-1, Qt::AscendingOrder);
    v->setOutcomeFilter(std::nullopt);
    for (int row = 1; row < v->filterModel()->rowCount(); ++row)
        QVERIFY(v->filterModel()->index(row - 1, 0).data(ComparisonTableModel::ItemIndexRole).toInt()
                < v->filterModel()->index(row, 0).data(ComparisonTableModel::ItemIndexRole).toInt());
}

void TestGuiCompare::exportCountsHoldsNoPersonalData()
{
    const QString path = m_dir.filePath(QStringLiteral("counts.csv"));
    QVERIFY(page()->overview()->exportCountsTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("category,both,differs,only_ours,only_theirs,probable,total"));
    const Comparison* c = page()->comparison().get();
    for (const CaseRecord& r : c->oursRecords()) {
        if (!r.bsn.isEmpty())
            QVERIFY(!csv.contains(r.bsn.toLatin1()));
    }
}

void TestGuiCompare::lockingClearsTheComparison()
{
    CategoryComparisonView* v = view(Langdurig);
    QVERIFY(v->tableModel()->rowCount() > 0);
    m_window->clearStore();
    QVERIFY(!page()->comparison());
    QCOMPARE(page()->overview()->summaryModel()->rowCount(), 0);
    QVERIFY(!page()->categoryView(Langdurig) || page()->categoryView(Langdurig)->tableModel()->rowCount() == 0);
}

void TestGuiCompare::screenshots()
{
    // With INBEELD_SCREENSHOT_DIR set, keeps images of the overview and a category with details.
    const QString dir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    const auto shoot = [&](const QString& name) {
        QTest::qWait(100); // let pending layout requests through
        const QPixmap pixmap = m_window->grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(dir + QStringLiteral("/compareui-") + name + QStringLiteral(".png")));
    };
    if (!dir.isEmpty())
        QVERIFY(QDir().mkpath(dir));
    auto* sections = named<QTabWidget>(page(), "compareSections");
    sections->setCurrentIndex(0);
    shoot(QStringLiteral("overview"));
    CategoryComparisonView* v = view(Langdurig);
    page()->showCategory(Langdurig);
    v->setOutcomeFilter(ComparisonOutcome::Differs);
    v->table()->selectRow(0);
    v->openDetails();
    shoot(QStringLiteral("langdurig-differs"));
    v->setOutcomeFilter(ComparisonOutcome::Probable);
    v->table()->selectRow(0);
    v->openDetails();
    shoot(QStringLiteral("langdurig-probable"));
    v->setOutcomeFilter(std::nullopt);
    shoot(QStringLiteral("langdurig-all"));
}

INBEELD_GUI_TEST_MAIN(TestGuiCompare)
#include "tst_gui_compare.moc"
