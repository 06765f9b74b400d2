#pragma once

#include "core/documents/Document.h"

#include <QCoreApplication>
#include <optional>

namespace inbeeld {

class Agreement;
class Comparison;
struct ImportReport;
struct ShareDecision;

/// The printable documents of the daily work, on the one document layer: the whole weighing of a
/// share decision (for the case file and the privacy officer), the comparison overview (counts
/// only) and an import report with its problem rows. Documents that hold personal data are marked
/// confidential on every page.
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)

public:
    /// Who, when, which child, the informing step, ground, purpose, fields with their
    /// justifications and the agreement's reasons, subsidiarity, outcome, expiry, withdrawal.
    static Document decisionRecord(const ShareDecision& decision, const std::optional<Agreement>& agreement,
                                   const QString& organisation);
    /// Children per category and outcome; no values from the lists.
    static Document comparisonOverview(const Comparison& comparison, const QString& organisation);
    /// The import's summary, the problems per row and the rejected rows as the file had them.
    static Document importReport(const ImportReport& report, const QString& organisation);
};

} // namespace inbeeld
