#pragma once

#include "core/matching/Comparison.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The comparison overview as a table: one row per category and a total row, one column per
/// outcome. Counts only.
class ComparisonSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CategoryColumn,
        FirstOutcomeColumn,
        TotalColumn = FirstOutcomeColumn + ComparisonOutcomeCount,
        ColumnCount
    };

    explicit ComparisonSummaryModel(QObject* parent = nullptr);

    void setComparison(const Comparison* comparison);
    void clear();
    /// The count in a cell (for tests and the chart).
    qint64 count(const QString& category, ComparisonOutcome outcome) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code; // empty for the total row
        QString name;
        QString description;
        CategorySummary summary;
    };
    QList<Row> m_rows;
};

} // namespace inbeeld
