#include "ui/compare/OutcomeStyle.h"

namespace inbeeld {

QString OutcomeStyle::shortName(ComparisonOutcome outcome)
{
    switch (outcome) {
    case ComparisonOutcome::Both:
        return tr("Both");
    case ComparisonOutcome::Differs:
        return tr("Differs");
    case ComparisonOutcome::OnlyOurs:
        return tr("Only ours");
    case ComparisonOutcome::OnlyTheirs:
        return tr("Only theirs");
    case ComparisonOutcome::Probable:
        return tr("Probable");
    }
    return {};
}

QColor OutcomeStyle::colour(ComparisonOutcome outcome)
{
    // Distinguishable with the common colour-vision deficiencies (Okabe–Ito palette).
    switch (outcome) {
    case ComparisonOutcome::Both:
        return QColor(0x00, 0x9E, 0x73);
    case ComparisonOutcome::Differs:
        return QColor(0xE6, 0x9F, 0x00);
    case ComparisonOutcome::OnlyOurs:
        return QColor(0x00, 0x72, 0xB2);
    case ComparisonOutcome::OnlyTheirs:
        return QColor(0xCC, 0x79, 0xA7);
    case ComparisonOutcome::Probable:
        return QColor(0xD5, 0x5E, 0x00);
    }
    return Qt::gray;
}

QColor OutcomeStyle::tint(ComparisonOutcome outcome)
{
    const QColor c = colour(outcome);
    // Mix with white: readable black text on top.
    return QColor((c.red() + 3 * 255) / 4, (c.green() + 3 * 255) / 4, (c.blue() + 3 * 255) / 4);
}

QColor OutcomeStyle::differingCell()
{
    return QColor(0xFF, 0xE0, 0x8A);
}

} // namespace inbeeld
