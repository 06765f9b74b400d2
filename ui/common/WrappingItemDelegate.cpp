#include "ui/common/WrappingItemDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>
#include <QTreeView>

namespace inbeeld {

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

void WrappingItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= (depth + (m_view->rootIsDecorated() ? 1 : 0)) * m_view->indentation();
    }
    const QStyle* style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    const int textWidth = width - 2 * margin;
    if (textWidth <= 0 || opt.text.isEmpty())
        return base;
    const QRect bounds = QFontMetrics(opt.font).boundingRect(QRect(0, 0, textWidth, 100000),
                                                             Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    return QSize(base.width(), qMax(base.height(), bounds.height() + 2 * margin));
}

} // namespace inbeeld
