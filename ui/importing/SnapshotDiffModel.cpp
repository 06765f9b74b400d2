#include "ui/importing/SnapshotDiffModel.h"

#include "ui/importing/ImportTexts.h"

#include <QBrush>
#include <QColor>

namespace inbeeld {

SnapshotDiffModel::SnapshotDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SnapshotDiffModel::setDiff(const SnapshotDiff& diff, const QHash<QString, QString>& categoryNames)
{
    beginResetModel();
    m_items = diff.items;
    m_categoryNames = categoryNames;
    endResetModel();
}

void SnapshotDiffModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int SnapshotDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SnapshotDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotDiffModel::detail(const SnapshotDiffItem& item) const
{
    if (item.kind != SnapshotDiffItem::Kind::Changed || !item.before || !item.after)
        return {};
    QStringList parts;
    for (const QString& field : item.changedFields) {
        QString before = SnapshotDiff::fieldValue(*item.before, field);
        QString after = SnapshotDiff::fieldValue(*item.after, field);
        if (field == u"category") {
            before = categoryName(before);
            after = categoryName(after);
        }
        parts << tr("%1: %2 → %3")
                     .arg(ImportTexts::changedFieldName(field), before.isEmpty() ? tr("(empty)") : before,
                          after.isEmpty() ? tr("(empty)") : after);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant SnapshotDiffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const SnapshotDiffItem& item = m_items.at(index.row());
    if (!item.after && !item.before)
        return {};
    const CaseRecord& record = item.after ? *item.after : *item.before;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ChangeColumn:
            switch (item.kind) {
            case SnapshotDiffItem::Kind::Added:
                return tr("Added");
            case SnapshotDiffItem::Kind::Removed:
                return tr("Removed");
            case SnapshotDiffItem::Kind::Changed:
                return tr("Changed");
            }
            return {};
        case ChildColumn: {
            const QString name = record.displayName();
            const QString id = record.identifier();
            return id.isEmpty() ? name : tr("%1 (%2)").arg(name, id);
        }
        case BirthDateColumn:
            return ImportTexts::date(record.birthDate);
        case CategoryColumn:
            return categoryName(record.category);
        case DetailColumn:
            return detail(item);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn) {
        switch (item.kind) {
        case SnapshotDiffItem::Kind::Added:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case SnapshotDiffItem::Kind::Removed:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case SnapshotDiffItem::Kind::Changed:
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        }
    }
    return {};
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case ChildColumn:
        return tr("Child");
    case BirthDateColumn:
        return tr("Date of birth");
    case CategoryColumn:
        return tr("Category");
    case DetailColumn:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace inbeeld
