#include "ui/compare/ComparisonFilterModel.h"

#include "ui/compare/ComparisonTableModel.h"

namespace inbeeld {

ComparisonFilterModel::ComparisonFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void ComparisonFilterModel::setTableModel(ComparisonTableModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void ComparisonFilterModel::setOutcome(std::optional<ComparisonOutcome> outcome)
{
    if (m_outcome == outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void ComparisonFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    // BSNs are often written with dots or spaces ("9999.01.234"): search digits only then.
    QString digits;
    bool onlyDigits = !trimmed.isEmpty();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u'.' && c != u' ' && c != u'-')
            onlyDigits = false;
    }
    m_foldedSearch = onlyDigits ? digits : ComparisonTableModel::foldForSearch(trimmed);
    invalidateFilter();
}

const ComparisonItem* ComparisonFilterModel::itemAt(int proxyRow) const
{
    if (!m_model)
        return nullptr;
    return m_model->itemAt(mapToSource(index(proxyRow, 0)).row());
}

bool ComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_model && m_model->matches(sourceRow, m_outcome ? int(*m_outcome) : -1, m_foldedSearch);
}

void ComparisonFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_model)
        m_model->sort(column, order);
}

} // namespace inbeeld
