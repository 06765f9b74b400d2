#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The audit log as a table, newest entry first. Holds a copy of the entries; refresh by
/// calling setEntries() again.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TimeColumn, UserColumn, ActionColumn, DetailColumn, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    void clear();
    const AuditEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace inbeeld
