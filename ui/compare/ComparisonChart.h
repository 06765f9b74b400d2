#pragma once

#include "core/matching/Comparison.h"

#include <QList>
#include <QWidget>

namespace inbeeld {

/// A small stacked bar chart, drawn with QPainter: one bar per category, split by outcome, so
/// "do we see the same children?" reads at a glance (mostly the "both" colour, or not). A legend
/// names the colours; the accessible description holds the same counts as text.
class ComparisonChart : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonChart(QWidget* parent = nullptr);

    struct Bar
    {
        QString label;
        CategorySummary summary;
    };
    void setBars(QList<Bar> bars);
    const QList<Bar>& bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int labelWidth() const;

    QList<Bar> m_bars;
};

} // namespace inbeeld
