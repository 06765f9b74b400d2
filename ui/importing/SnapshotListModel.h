#pragma once

#include "core/storage/Snapshots.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The lists (snapshots) in the store, newest first: whose list, from which source and date,
/// from which file, and how its import went. No personal data.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SideColumn,
        SourceColumn,
        PeildatumColumn,
        FileColumn,
        ImportedAtColumn,
        AcceptedColumn,
        RejectedColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit SnapshotListModel(QObject* parent = nullptr);

    void setSnapshots(QList<SnapshotInfo> snapshots);
    void clear();
    const SnapshotInfo* snapshotAt(int row) const;
    /// The row of a snapshot, or -1.
    int rowOf(qint64 snapshotId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SnapshotInfo> m_snapshots;
};

} // namespace inbeeld
