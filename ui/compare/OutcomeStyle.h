#pragma once

#include "core/matching/Comparison.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// How the comparison view shows an outcome: a short label for the table and the filter buttons,
/// and one colour per outcome shared by the chart and the table, so both read the same way.
class OutcomeStyle
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeStyle)

public:
    /// "Both", "Differs", "Only ours", "Only theirs", "Probable" (translated).
    static QString shortName(ComparisonOutcome outcome);
    /// A strong colour for the chart and the legend.
    static QColor colour(ComparisonOutcome outcome);
    /// A light tint of colour() for table cells.
    static QColor tint(ComparisonOutcome outcome);
    /// The background of a cell whose value differs from the other list.
    static QColor differingCell();
};

} // namespace inbeeld
