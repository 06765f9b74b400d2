#include "ui/importing/SnapshotListModel.h"

#include "ui/importing/ImportTexts.h"

#include <QLocale>
#include <algorithm>

namespace inbeeld {

SnapshotListModel::SnapshotListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SnapshotListModel::setSnapshots(QList<SnapshotInfo> snapshots)
{
    std::stable_sort(snapshots.begin(), snapshots.end(),
                     [](const SnapshotInfo& a, const SnapshotInfo& b) { return a.id > b.id; });
    beginResetModel();
    m_snapshots = std::move(snapshots);
    endResetModel();
}

void SnapshotListModel::clear()
{
    beginResetModel();
    m_snapshots.clear();
    endResetModel();
}

const SnapshotInfo* SnapshotListModel::snapshotAt(int row) const
{
    return row >= 0 && row < m_snapshots.size() ? &m_snapshots.at(row) : nullptr;
}

int SnapshotListModel::rowOf(qint64 snapshotId) const
{
    for (int row = 0; row < m_snapshots.size(); ++row) {
        if (m_snapshots.at(row).id == snapshotId)
            return row;
    }
    return -1;
}

int SnapshotListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotListModel::data(const QModelIndex& index, int role) const
{
    const SnapshotInfo* s = index.isValid() ? snapshotAt(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return s->id;
        case SideColumn:
            return ImportTexts::sideName(s->side);
        case SourceColumn:
            return s->sourceName;
        case PeildatumColumn:
            return ImportTexts::date(s->peildatum);
        case FileColumn:
            return s->fileName;
        case ImportedAtColumn:
            return s->importedAt.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm"));
        case AcceptedColumn:
            return s->accepted;
        case RejectedColumn:
            return s->rejected;
        case WarningsColumn:
            return s->warnings;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        return tr("List %1: %2 of %3 rows imported, %4 rejected, %5 warnings, %6 repeated rows. Imported by %7.")
            .arg(s->id)
            .arg(s->accepted)
            .arg(s->rowsRead)
            .arg(s->rejected)
            .arg(s->warnings)
            .arg(s->duplicates)
            .arg(s->importedBy);
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case IdColumn:
        case AcceptedColumn:
        case RejectedColumn:
        case WarningsColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("List");
    case SideColumn:
        return tr("Whose");
    case SourceColumn:
        return tr("Source");
    case PeildatumColumn:
        return tr("Peildatum");
    case FileColumn:
        return tr("File");
    case ImportedAtColumn:
        return tr("Imported at");
    case AcceptedColumn:
        return tr("Imported");
    case RejectedColumn:
        return tr("Rejected");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace inbeeld
