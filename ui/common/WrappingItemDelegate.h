#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace inbeeld {

/// Wraps long text in a tree column and makes the row as tall as the wrapped text. QTreeView
/// alone wraps the text but keeps one-line rows, which cuts off long reasons and descriptions.
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QTreeView* view);

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};

} // namespace inbeeld
