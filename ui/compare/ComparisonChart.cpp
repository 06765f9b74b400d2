#include "ui/compare/ComparisonChart.h"

#include "ui/compare/OutcomeStyle.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace inbeeld {

namespace {
constexpr int kBarHeight = 22;
constexpr int kGap = 8;
constexpr int kMargin = 6;
} // namespace

ComparisonChart::ComparisonChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonChart"));
    setAccessibleName(tr("Chart of the comparison per category"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ComparisonChart::setBars(QList<Bar> bars)
{
    m_bars = std::move(bars);
    QStringList description;
    for (const Bar& bar : std::as_const(m_bars)) {
        QStringList parts;
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            parts << tr("%1: %2")
                         .arg(OutcomeStyle::shortName(ComparisonOutcome(i)))
                         .arg(bar.summary.counts[std::size_t(i)]);
        description << bar.label + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

int ComparisonChart::labelWidth() const
{
    int width = 0;
    for (const Bar& bar : m_bars)
        width = std::max(width, fontMetrics().horizontalAdvance(bar.label));
    return std::min(width, 320) + kGap;
}

QSize ComparisonChart::sizeHint() const
{
    const int legend = fontMetrics().height() + kGap;
    const int rows = std::max<int>(1, int(m_bars.size()));
    return {600, 2 * kMargin + rows * (kBarHeight + kGap) + legend};
}

QSize ComparisonChart::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

void ComparisonChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const int labels = labelWidth();
    const int barLeft = kMargin + labels;
    const int countWidth = fm.horizontalAdvance(QStringLiteral("000000")) + kGap;
    const int barSpace = std::max(10, width() - barLeft - kMargin - countWidth);
    qint64 maxTotal = 1;
    for (const Bar& bar : std::as_const(m_bars))
        maxTotal = std::max(maxTotal, bar.summary.total());

    int y = kMargin;
    for (const Bar& bar : std::as_const(m_bars)) {
        const QRect labelRect(kMargin, y, labels - kGap, kBarHeight);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(bar.label, Qt::ElideRight, labelRect.width()));
        double x = barLeft;
        for (int i = 0; i < ComparisonOutcomeCount; ++i) {
            const qint64 n = bar.summary.counts[std::size_t(i)];
            if (n == 0)
                continue;
            const double w = double(barSpace) * double(n) / double(maxTotal);
            const QRectF segment(x, y, w, kBarHeight);
            p.fillRect(segment, OutcomeStyle::colour(ComparisonOutcome(i)));
            // White separators keep neighbouring segments apart without relying on colour.
            p.setPen(QPen(Qt::white, 1));
            p.drawLine(QPointF(x + w, y), QPointF(x + w, y + kBarHeight));
            const QString text = QLocale().toString(n);
            if (fm.horizontalAdvance(text) + 4 < w) {
                p.setPen(Qt::black);
                p.drawText(segment, Qt::AlignCenter, text);
            }
            x += w;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(x + 4, y, countWidth, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QLocale().toString(bar.summary.total()));
        y += kBarHeight + kGap;
    }

    // Legend.
    int x = barLeft;
    const int box = fm.height() - 4;
    for (int i = 0; i < ComparisonOutcomeCount; ++i) {
        const QString name = OutcomeStyle::shortName(ComparisonOutcome(i));
        p.fillRect(QRect(x, y + 2, box, box), OutcomeStyle::colour(ComparisonOutcome(i)));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPoint(x + box + 4, y + fm.ascent()), name);
        x += box + 4 + fm.horizontalAdvance(name) + 2 * kGap;
    }
}

} // namespace inbeeld
