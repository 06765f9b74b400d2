#include "ui/common/AppIcon.h"

#include <QPainter>
#include <QPixmap>

namespace inbeeld {

namespace {
// Mirrors resources/icons/inbeeld.svg (viewBox 256 x 256).
QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawRoundedRect(QRectF(12, 12, 232, 232), 48, 48);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xff, 0xff, 0xff), 16));
    painter.drawEllipse(QPointF(100, 128), 64, 64);
    painter.setPen(QPen(QColor(0xf6, 0xb0, 0x42), 16));
    painter.drawEllipse(QPointF(156, 128), 64, 64);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xff, 0xff, 0xff));
    painter.drawEllipse(QPointF(128, 128), 16, 16);
    return pixmap;
}
} // namespace

QIcon AppIcon::icon()
{
    // Not cached in a static: pixmaps must not outlive the application object.
    QIcon svg(QStringLiteral(":/icons/inbeeld.svg"));
    if (!svg.pixmap(QSize(64, 64)).isNull())
        return svg;
    QIcon painted;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        painted.addPixmap(paintIcon(size));
    return painted;
}

QPixmap AppIcon::pixmap(int size)
{
    return icon().pixmap(QSize(size, size));
}

} // namespace inbeeld
