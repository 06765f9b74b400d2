#include "ui/importing/ImportIssueModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>
#include <algorithm>

namespace inbeeld {

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool ImportIssueModel::isColumnNote(const ImportIssue& issue)
{
    return issue.code == u"column_left_out" || issue.code == u"column_not_imported";
}

bool ImportIssueModel::matches(const ImportIssue& issue, Filter filter)
{
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Errors:
        return issue.line > 0 && issue.isError();
    case Filter::Warnings:
        return issue.line > 0 && !issue.isError();
    case Filter::Columns:
        return isColumnNote(issue);
    }
    return false;
}

void ImportIssueModel::setReport(const ImportReport& report)
{
    beginResetModel();
    m_all = report.sortedIssues();
    m_all.append(report.fileIssues);
    rebuild();
    endResetModel();
}

void ImportIssueModel::clear()
{
    beginResetModel();
    m_all.clear();
    rebuild();
    endResetModel();
}

void ImportIssueModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ImportIssueModel::rebuild()
{
    m_shown.clear();
    for (const ImportIssue& issue : std::as_const(m_all)) {
        if (matches(issue, m_filter))
            m_shown.append(&issue);
    }
}

int ImportIssueModel::count(Filter filter) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [filter](const auto& i) { return matches(i, filter); }));
}

const ImportIssue* ImportIssueModel::issueAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : nullptr;
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    const ImportIssue* issue = index.isValid() ? issueAt(index.row()) : nullptr;
    if (!issue)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return issue->line > 0 ? QVariant(issue->line) : QVariant(tr("file"));
        case ColumnColumn:
            return issue->column;
        case ValueColumn:
            // One line in the table; the whole value is in the tool tip.
            return QString(issue->value).replace(u'\n', u' ');
        case SeverityColumn:
            return issue->isError() ? tr("Error: row not imported") : tr("Warning");
        case MessageColumn:
            return issue->message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return issue->value;
        return issue->text();
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return QApplication::style()->standardIcon(issue->isError() ? QStyle::SP_MessageBoxCritical
                                                                        : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && issue->isError())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ValueColumn:
        return tr("Value");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Problem and what to do");
    default:
        return {};
    }
}

} // namespace inbeeld
