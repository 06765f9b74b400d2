#pragma once

#include "core/documents/Document.h"

#include <QWidget>

namespace inbeeld {

/// Shows a core BarChart on screen, redrawn at the widget's size: the same picture as in the
/// printed summary, so what the user sees is what goes into the file.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);
    void setChart(const BarChart& chart);
    const BarChart& chart() const { return m_chart; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    BarChart m_chart;
};

} // namespace inbeeld
