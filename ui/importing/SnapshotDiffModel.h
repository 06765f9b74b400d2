#pragma once

#include "core/importing/SnapshotDiff.h"

#include <QAbstractTableModel>

namespace inbeeld {

/// The children that differ between a list and the previous list of the same source: added,
/// removed, or recorded differently, with what changed.
class SnapshotDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, ChildColumn, BirthDateColumn, CategoryColumn, DetailColumn, ColumnCount };

    explicit SnapshotDiffModel(QObject* parent = nullptr);

    /// categoryNames: the agreement's names by category code.
    void setDiff(const SnapshotDiff& diff, const QHash<QString, QString>& categoryNames);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detail(const SnapshotDiffItem& item) const;
    QString categoryName(const QString& code) const { return m_categoryNames.value(code, code); }

    QList<SnapshotDiffItem> m_items;
    QHash<QString, QString> m_categoryNames;
};

} // namespace inbeeld
