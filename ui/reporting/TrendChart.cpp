#include "ui/reporting/TrendChart.h"

#include <QImage>
#include <QPainter>

namespace inbeeld {

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TrendChart::setChart(const BarChart& chart)
{
    m_chart = chart;
    update();
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_chart.groups.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No quarter registered yet for this school year. Choose a quarter and press Register."));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QImage image = m_chart.render(int(width() * dpr), int(height() * dpr));
    image.setDevicePixelRatio(dpr);
    p.drawImage(QPoint(0, 0), image);
}

} // namespace inbeeld
