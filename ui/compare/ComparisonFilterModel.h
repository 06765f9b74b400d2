#pragma once

#include "core/matching/Comparison.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace inbeeld {

class ComparisonTableModel;

/// Filters a ComparisonTableModel by outcome and by a search text (name, BSN or onderwijsnummer,
/// or school, on either list; case and diacritics ignored). Sorting is passed to the table model,
/// which sorts on keys computed once per row, so sorting 100,000 rows stays quick.
class ComparisonFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ComparisonFilterModel(QObject* parent = nullptr);

    void setTableModel(ComparisonTableModel* model);
    ComparisonTableModel* tableModel() const { return m_model; }

    /// Only items with this outcome; nullopt shows all.
    void setOutcome(std::optional<ComparisonOutcome> outcome);
    std::optional<ComparisonOutcome> outcome() const { return m_outcome; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

    const ComparisonItem* itemAt(int proxyRow) const;
    /// Sorts the table model itself (on precomputed keys, much faster than comparing through
    /// QVariants); this proxy keeps its order and only filters.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ComparisonTableModel* m_model = nullptr;
    std::optional<ComparisonOutcome> m_outcome;
    QString m_search;
    QString m_foldedSearch;
};

} // namespace inbeeld
