#pragma once

#include "core/common/Result.h"
#include "core/matching/Comparison.h"
#include "core/matching/Matcher.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <optional>

namespace inbeeld {

/// Everything a comparison needs, read from the store: no database handle inside, so it can be
/// moved to a worker thread.
struct ComparisonInput
{
    SnapshotInfo ours;
    SnapshotInfo theirs;
    MatcherInput matcher;
};

/// Compares two stored lists. The store's connection belongs to the thread that opened it, so
/// the work is split:
///
///     auto input = ComparisonService::load(store, store.organisation());    // GUI thread
///     QtConcurrent::run([input = input.takeValue()](QPromise<Result<Comparison>>& p) {
///         p.addResult(ComparisonService::run(input, [&](int pct) {          // worker thread
///             p.setProgressValue(pct);
///             return !p.isCanceled();
///         }));
///     });
///     ComparisonService::recordRun(store, comparison);                        // GUI thread, audit
///
/// compare() does all three on the calling thread (CLI, tests).
class ComparisonService
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonService)

public:
    /// Reads the two lists (default: the most recently stored list of each side), their records,
    /// the stored decisions on probable matches, our role and the agreement's categories.
    static Result<ComparisonInput> load(Store& store, const OrganisationInfo& organisation,
                                        std::optional<qint64> oursSnapshotId = std::nullopt,
                                        std::optional<qint64> theirsSnapshotId = std::nullopt);
    /// Matches (Matcher::compare) and fills in the snapshots. Pure: any thread.
    static Result<Comparison> run(ComparisonInput input, const Matcher::Progress& progress = {});
    /// Audits that the lists were compared: snapshot ids and counts only.
    static Result<void> recordRun(Store& store, const Comparison& comparison);
    /// load(), run() and recordRun() on the calling thread.
    static Result<Comparison> compare(Store& store, std::optional<qint64> oursSnapshotId = std::nullopt,
                                      std::optional<qint64> theirsSnapshotId = std::nullopt,
                                      const Matcher::Progress& progress = {});

    /// Audits that the user opened a child's records (detail pane): who and when come from the
    /// audit log, which child as snapshot/record ids (Comparison::auditReference), never the data.
    static Result<void> recordViewed(Store& store, const Comparison& comparison, const ComparisonItem& item);
};

} // namespace inbeeld
