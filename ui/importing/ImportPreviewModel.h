#pragma once

#include "core/importing/ColumnMapping.h"
#include "core/importing/TableReader.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The first rows of a list as they are in the file, one table column per file column. The
/// header of each column shows the column's name and the field it is imported as, so the user
/// sees the mapping next to real values; the row header is the line in the file.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setRows(const QList<TableRow>& rows, const ColumnMapping& mapping);
    /// Updates the headers after the user changed the mapping.
    void setMapping(const ColumnMapping& mapping);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TableRow> m_rows;
    ColumnMapping m_mapping;
    int m_columns = 0;
};

} // namespace inbeeld
