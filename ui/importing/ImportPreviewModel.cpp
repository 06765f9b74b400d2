#include "ui/importing/ImportPreviewModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace inbeeld {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setRows(const QList<TableRow>& rows, const ColumnMapping& mapping)
{
    beginResetModel();
    m_rows = rows;
    m_mapping = mapping;
    m_columns = mapping.columnCount();
    for (const TableRow& row : rows)
        m_columns = std::max(m_columns, row.span());
    endResetModel();
}

void ImportPreviewModel::setMapping(const ColumnMapping& mapping)
{
    m_mapping = mapping;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (!m_rows.isEmpty() && m_columns > 0)
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columns - 1), {Qt::ForegroundRole});
}

void ImportPreviewModel::clear()
{
    setRows({}, ColumnMapping());
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList& cells = m_rows.at(index.row()).cells;
    const QString cell = index.column() < cells.size() ? cells.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return QString(cell).replace(u'\n', u' ');
    case Qt::ToolTipRole:
        return cell.isEmpty() ? QVariant() : QVariant(cell);
    case Qt::ForegroundRole:
        // Values of columns that are not imported are greyed out: they will not be stored.
        if (m_mapping.field(index.column()) == ImportField::None)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return m_rows.at(section).lineNumber;
        if (role == Qt::ToolTipRole)
            return tr("Line in the file");
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const ImportField field = m_mapping.field(section);
    const QString name
        = section < m_mapping.columnCount() ? m_mapping.columnLabel(section) : tr("column %1").arg(section + 1);
    switch (role) {
    case Qt::DisplayRole:
        return name + u'\n'
            + (field == ImportField::None ? tr("not imported")
                                          : QStringLiteral("→ ") + ImportFields::displayName(field));
    case Qt::ToolTipRole:
        return field == ImportField::None
            ? tr("Column \"%1\" is not imported.").arg(name)
            : tr("Column \"%1\" is imported as %2.").arg(name, ImportFields::displayName(field));
    case Qt::FontRole: {
        QFont font;
        font.setItalic(field == ImportField::None);
        return font;
    }
    default:
        return {};
    }
}

} // namespace inbeeld
