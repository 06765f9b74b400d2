#include "ui/compare/CategoryComparisonView.h"

#include "core/lifecycle/Closures.h"
#include "ui/compare/ComparisonDetailPane.h"
#include "ui/compare/ComparisonFilterModel.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/compare/OutcomeStyle.h"
#include "ui/lifecycle/ChildCaseActions.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace inbeeld {

namespace {
/// Details follow the selection after a short pause, so holding an arrow key does not open (and
/// audit) every child passed on the way.
constexpr int kDetailDelayMs = 150;
} // namespace

CategoryComparisonView::CategoryComparisonView(const QString& category, QWidget* parent)
    : QWidget(parent)
    , m_category(category)
    , m_model(new ComparisonTableModel(this))
    , m_proxy(new ComparisonFilterModel(this))
    , m_filterGroup(new QButtonGroup(this))
    , m_searchEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_pane(new ComparisonDetailPane(this))
    , m_childActions(new ChildCaseActions(this))
    , m_childMenu(new QMenu(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("categoryView_") + category);
    m_searchEdit->setObjectName(QStringLiteral("compareSearchEdit"));
    m_countLabel->setObjectName(QStringLiteral("compareCountLabel"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_splitter->setObjectName(QStringLiteral("compareSplitter"));
    m_proxy->setTableModel(m_model);
    m_proxy->setDynamicSortFilter(false);

    // Outcome filter: one checked button at a time; Ctrl+0…Ctrl+5.
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Show:"), this);
    filterRow->addWidget(filterLabel);
    m_filterGroup->setExclusive(true);
    for (int i = 0; i <= ComparisonOutcomeCount; ++i) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setObjectName(i == 0 ? QStringLiteral("filterAllButton")
                                     : QStringLiteral("filterButton_")
                                      + Comparison::outcomeCode(ComparisonOutcome(i - 1)));
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_0 + i));
        button->setToolTip((i == 0 ? tr("Show every child in this category")
                                   : tr("Show only: %1").arg(Comparison::outcomeName(ComparisonOutcome(i - 1))))
                           + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QAbstractButton::click);
        m_filterGroup->addButton(button, i); // 0: all, else outcome + 1
        m_filterButtons[std::size_t(i)] = button;
        filterRow->addWidget(button);
    }
    m_filterButtons[0]->setChecked(true);
    filterRow->addStretch();
    auto* searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_searchEdit);
    m_searchEdit->setPlaceholderText(tr("Name, BSN or school"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Search both lists by name, BSN or school (Ctrl+F)"));
    m_searchEdit->setMinimumWidth(220);
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_searchEdit);
    auto* searchShortcut = new QShortcut(QKeySequence::Find, this);
    searchShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(searchShortcut, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: no measuring of 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const auto setWidth = [&](int column, int chars) { m_table->setColumnWidth(column, chars * charWidth + 16); };
    for (const int offset : {0, int(ComparisonTableModel::TheirsNameColumn)}) {
        setWidth(offset + ComparisonTableModel::OursNameColumn, 22);
        setWidth(offset + ComparisonTableModel::OursBsnColumn, 11);
        setWidth(offset + ComparisonTableModel::OursBirthDateColumn, 13);
        setWidth(offset + ComparisonTableModel::OursCategoryColumn, 20);
        setWidth(offset + ComparisonTableModel::OursSchoolColumn, 20);
        setWidth(offset + ComparisonTableModel::OursStartColumn, 13);
    }
    setWidth(ComparisonTableModel::OutcomeColumn, 21);
    m_table->setAccessibleName(tr("Our list and their list side by side"));
    m_childMenu->setObjectName(QStringLiteral("childActionsMenu"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CategoryComparisonView::showChildMenu);
    auto* closeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), m_table);
    closeShortcut->setContext(Qt::WidgetShortcut);
    connect(closeShortcut, &QShortcut::activated, this, [this] {
        if (childMenu())
            m_childActions->closeCase();
    });
    connect(m_childActions, &ChildCaseActions::changed, this, &CategoryComparisonView::decisionChanged);
    connect(m_childActions, &ChildCaseActions::notice, this, &CategoryComparisonView::notice);
    connect(m_childActions, &ChildCaseActions::failed, this, &CategoryComparisonView::notice);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_splitter, 1);

    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(kDetailDelayMs);
    connect(m_detailTimer, &QTimer::timeout, this, &CategoryComparisonView::showCurrent);
    connect(m_filterGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setOutcome(id <= 0 ? std::nullopt : std::optional<ComparisonOutcome>(ComparisonOutcome(id - 1)));
        updateCounts();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCounts();
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CategoryComparisonView::currentRowChanged);
    connect(m_table, &QTableView::activated, this, &CategoryComparisonView::openDetails);
    connect(m_pane, &ComparisonDetailPane::decisionChanged, this, &CategoryComparisonView::decisionChanged);
    connect(m_pane, &ComparisonDetailPane::notice, this, &CategoryComparisonView::notice);
    connect(m_pane, &ComparisonDetailPane::shareRequested, this, &CategoryComparisonView::shareRequested);
    connect(m_pane, &ComparisonDetailPane::backToTableRequested, this,
            [this] { m_table->setFocus(Qt::OtherFocusReason); });
    updateCounts();
}

void CategoryComparisonView::setContext(Store* store, std::optional<Agreement> agreement)
{
    m_detailTimer->stop();
    m_store = store;
    m_pane->setContext(store, std::move(agreement));
}

void CategoryComparisonView::setComparison(std::shared_ptr<const Comparison> comparison)
{
    QString selected = m_pane->shownChild();
    if (const ComparisonItem* item = currentItem(); item && m_model->comparison())
        selected = m_model->comparison()->noteKey(*item);
    m_detailTimer->stop();
    m_pane->saveNoteIfChanged();
    m_pane->clear();
    m_model->setComparison(std::move(comparison), m_category);
    if (const int column = m_table->horizontalHeader()->sortIndicatorSection(); column >= 0)
        m_proxy->sort(column, m_table->horizontalHeader()->sortIndicatorOrder());
    updateCounts();
    if (!selected.isEmpty())
        selectChild(selected);
}

void CategoryComparisonView::clear()
{
    m_detailTimer->stop();
    m_pane->clear();
    m_model->clear();
    updateCounts();
}

bool CategoryComparisonView::saveNoteIfChanged()
{
    return m_pane->saveNoteIfChanged();
}

void CategoryComparisonView::setOutcomeFilter(std::optional<ComparisonOutcome> outcome)
{
    m_filterGroup->button(outcome ? int(*outcome) + 1 : 0)->click();
}

void CategoryComparisonView::setSearchText(const QString& text)
{
    m_searchEdit->setText(text);
}

void CategoryComparisonView::updateCounts()
{
    qint64 total = 0;
    for (int i = 0; i < ComparisonOutcomeCount; ++i) {
        const qint64 n = m_model->count(ComparisonOutcome(i));
        total += n;
        m_filterButtons[std::size_t(i + 1)]->setText(
            tr("%1 (%2)").arg(OutcomeStyle::shortName(ComparisonOutcome(i)), QLocale().toString(n)));
    }
    m_filterButtons[0]->setText(tr("All (%1)").arg(QLocale().toString(total)));
    m_countLabel->setText(
        m_proxy->rowCount() == total
            ? tr("%n children in this category.", nullptr, int(total))
            : tr("Showing %1 of %2 children.").arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(total)));
}

const ComparisonItem* CategoryComparisonView::currentItem() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->itemAt(current.row()) : nullptr;
}

void CategoryComparisonView::currentRowChanged()
{
    if (m_restoringSelection)
        return;
    m_detailTimer->start();
}

void CategoryComparisonView::showCurrent()
{
    m_detailTimer->stop();
    const ComparisonItem* item = currentItem();
    const QString shown = m_pane->shownChild();
    if (!m_pane->showItem(m_model->sharedComparison(), item)) {
        // The note of the child shown could not be saved: stay with that child.
        m_restoringSelection = true;
        selectChild(shown);
        m_restoringSelection = false;
    }
}

void CategoryComparisonView::openDetails()
{
    if (!currentItem())
        return;
    showCurrent();
    m_pane->setFocus(Qt::OtherFocusReason);
    if (QWidget* next = m_pane->findChild<QWidget*>(QStringLiteral("detailFieldsView")))
        next->setFocus(Qt::OtherFocusReason);
}

void CategoryComparisonView::selectChild(const QString& childKey)
{
    const int sourceRow = m_model->rowOfChild(childKey);
    const QModelIndex index = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QMenu* CategoryComparisonView::childMenu()
{
    const ComparisonItem* item = currentItem();
    const Comparison* comparison = m_model->comparison();
    if (!item || !comparison || !m_store)
        return nullptr;
    const QString key = comparison->noteKey(*item);
    if (key.isEmpty())
        return nullptr;
    auto closures = Closures(*m_store).all();
    const QString closedKey = closures ? Closures::closedKey(*comparison, *item, closures.value()) : QString();
    m_childActions->setChild(m_store, key, comparison->ours(*item) != nullptr, closedKey);
    m_childActions->fillMenu(m_childMenu);
    return m_childMenu;
}

void CategoryComparisonView::showChildMenu(const QPoint& position)
{
    // A right click has made its row current; from the keyboard the menu opens at the current row.
    const QModelIndex current = m_table->currentIndex();
    QPoint at = position;
    if (current.isValid() && m_table->indexAt(position).row() != current.row())
        at = m_table->visualRect(current).center();
    if (QMenu* menu = childMenu())
        menu->popup(m_table->viewport()->mapToGlobal(at));
}

} // namespace inbeeld
