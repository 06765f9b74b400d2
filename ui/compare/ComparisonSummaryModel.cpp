#include "ui/compare/ComparisonSummaryModel.h"

#include "ui/compare/OutcomeStyle.h"

#include <QFont>
#include <QLocale>

namespace inbeeld {

ComparisonSummaryModel::ComparisonSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonSummaryModel::setComparison(const Comparison* comparison)
{
    beginResetModel();
    m_rows.clear();
    if (comparison) {
        Row total;
        total.name = tr("All categories");
        for (const CategorySummary& s : comparison->summary()) {
            Row row;
            row.code = s.category;
            row.name = s.category;
            for (const AgreementCategory& c : comparison->categories()) {
                if (c.code == s.category) {
                    row.name = c.name;
                    row.description = c.description;
                }
            }
            row.summary = s;
            for (int i = 0; i < ComparisonOutcomeCount; ++i)
                total.summary.counts[std::size_t(i)] += s.counts[std::size_t(i)];
            m_rows.append(row);
        }
        m_rows.append(total);
    }
    endResetModel();
}

void ComparisonSummaryModel::clear()
{
    setComparison(nullptr);
}

qint64 ComparisonSummaryModel::count(const QString& category, ComparisonOutcome outcome) const
{
    for (const Row& row : m_rows) {
        if (row.code == category)
            return row.summary.count(outcome);
    }
    return 0;
}

int ComparisonSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    const bool isTotal = row.code.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CategoryColumn)
            return row.name;
        if (column == TotalColumn)
            return QLocale().toString(row.summary.total());
        return QLocale().toString(row.summary.counts[std::size_t(column - FirstOutcomeColumn)]);
    case Qt::ToolTipRole:
        if (column == CategoryColumn)
            return row.description;
        if (column > CategoryColumn && column < TotalColumn)
            return Comparison::outcomeName(ComparisonOutcome(column - FirstOutcomeColumn));
        return {};
    case Qt::TextAlignmentRole:
        return column == CategoryColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == CategoryColumn)
            return tr("Category");
        if (section == TotalColumn)
            return tr("Total");
        if (section > CategoryColumn && section < TotalColumn)
            return OutcomeStyle::shortName(ComparisonOutcome(section - FirstOutcomeColumn));
    }
    if (role == Qt::ToolTipRole && section > CategoryColumn && section < TotalColumn)
        return Comparison::outcomeName(ComparisonOutcome(section - FirstOutcomeColumn));
    return {};
}

} // namespace inbeeld
