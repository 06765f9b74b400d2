#include "ui/audit/AuditLogModel.h"

#include <QLocale>
#include <algorithm>

namespace inbeeld {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AuditEntry& a, const AuditEntry& b) { return a.id > b.id; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const AuditEntry* AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = entryAt(index.row());
    if (!entry || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return entry->id;
        case TimeColumn:
            return QLocale().toString(entry->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return entry->actor;
        case ActionColumn:
            return AuditLog::describe(entry->action);
        case DetailColumn:
            return entry->detail;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("Entry %1 (%2), chain hash %3")
            .arg(entry->id)
            .arg(entry->action, QString::fromLatin1(entry->hash.toHex()));
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace inbeeld
