#pragma once

#include "core/common/Result.h"
#include "core/matching/Comparison.h"
#include "core/matching/MatchDecision.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace inbeeld {

/// The stored verdicts on probable matches (table match_decisions). Each change is
/// written in a transaction together with its audit entry; the audit names the records by
/// snapshot and record id only, never by BSN or name.
class MatchDecisions
{
    Q_DECLARE_TR_FUNCTIONS(MatchDecisions)

public:
    static Result<QList<MatchDecision>> all(Store& store);
    static Result<std::optional<MatchDecision>> find(Store& store, const QString& oursKey, const QString& theirsKey);

    /// Confirms (same child) or rejects (different children) the pair of an item of comparison
    /// (a Probable item, or one already decided). Rerun the comparison to see the effect.
    static Result<void> decide(Store& store, const Comparison& comparison, const ComparisonItem& item, bool confirmed);
    /// Withdraws the decision about an item's pair (Comparison::decisionKeys: also for a rejected
    /// one-sided item), so it is probable again.
    static Result<void> withdraw(Store& store, const Comparison& comparison, const ComparisonItem& item);
};

} // namespace inbeeld
