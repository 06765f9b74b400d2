#pragma once

#include "core/domain/Agreement.h"
#include "core/matching/Comparison.h"

#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace inbeeld {

class ChildCaseActions;
class ComparisonDetailPane;
class ComparisonFilterModel;
class ComparisonTableModel;
class Store;

/// One category of the comparison: outcome filter buttons with counts, a search field, the
/// side-by-side table and, beside it, the details of the selected child.
/// Keys: Ctrl+F search, Ctrl+0 all outcomes, Ctrl+1…Ctrl+5 one outcome, Enter (or double-click)
/// opens the details, Escape in the details goes back to the table, the context-menu key (or
/// Shift+F10, or a right click) offers the child's lifecycle actions, Ctrl+K closes the child's case.
class CategoryComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryComparisonView(const QString& category, QWidget* parent = nullptr);

    QString category() const { return m_category; }
    void setContext(Store* store, std::optional<Agreement> agreement);
    /// Shows the category's items of comparison; keeps the filter, the search and, when it is
    /// still listed, the selected child.
    void setComparison(std::shared_ptr<const Comparison> comparison);
    void clear();
    /// Saves a changed note of the child shown; false when that failed.
    bool saveNoteIfChanged();

    void setOutcomeFilter(std::optional<ComparisonOutcome> outcome);
    void setSearchText(const QString& text);
    /// Shows the details of the current row now and moves the focus there.
    void openDetails();

    ComparisonTableModel* tableModel() const { return m_model; }
    ComparisonFilterModel* filterModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    /// The menu of the current row's lifecycle actions (close case, restrict, hold, correct,
    /// access export), filled for that child; null without a current row.
    QMenu* childMenu();
    ComparisonDetailPane* detailPane() const { return m_pane; }

signals:
    void decisionChanged(const QString& childKey);
    void notice(const QString& message);
    void shareRequested(const inbeeld::CaseRecord& record, qint64 snapshotId);

private:
    void updateCounts();
    void currentRowChanged();
    void showCurrent();
    void selectChild(const QString& childKey);
    const ComparisonItem* currentItem() const;
    void showChildMenu(const QPoint& position);

    QString m_category;
    ComparisonTableModel* m_model;
    ComparisonFilterModel* m_proxy;
    QButtonGroup* m_filterGroup;
    std::array<QAbstractButton*, ComparisonOutcomeCount + 1> m_filterButtons {}; // [0]: all
    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QTableView* m_table;
    ComparisonDetailPane* m_pane;
    ChildCaseActions* m_childActions;
    QMenu* m_childMenu;
    Store* m_store = nullptr;
    QSplitter* m_splitter;
    QTimer* m_detailTimer;
    bool m_restoringSelection = false;
};

} // namespace inbeeld
