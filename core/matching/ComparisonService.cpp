#include "core/matching/ComparisonService.h"

#include "core/audit/AuditLog.h"
#include "core/domain/Agreement.h"
#include "core/matching/MatchDecisions.h"

namespace inbeeld {

namespace {

Result<SnapshotInfo> pick(const QList<SnapshotInfo>& all, SnapshotSide side, std::optional<qint64> id)
{
    if (id) {
        for (const SnapshotInfo& s : all) {
            if (s.id != *id)
                continue;
            if (s.side != side)
                return makeError(Error::Code::InvalidInput,
                                 side == SnapshotSide::Ours
                                     ? ComparisonService::tr("List %1 is a partner's list, not your own. Choose one of "
                                                             "your own lists (see \"snapshots list\").")
                                           .arg(*id)
                                     : ComparisonService::tr("List %1 is your own list, not a partner's. Choose one of "
                                                             "the partner's lists (see \"snapshots list\").")
                                           .arg(*id));
            return s;
        }
        return makeError(Error::Code::InvalidInput,
                         ComparisonService::tr("There is no list (snapshot) with number %1 in this store. List the "
                                               "snapshots to see their numbers.")
                             .arg(*id));
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->side == side && it->isList())
            return *it;
    }
    return makeError(Error::Code::InvalidInput,
                     side == SnapshotSide::Ours
                         ? ComparisonService::tr("There is no list of your own in this store yet. Import your list "
                                                 "first (side \"ours\"), then compare.")
                         : ComparisonService::tr("There is no partner's list in this store yet. Import the partner's "
                                                 "list first (side \"theirs\"), then compare."));
}

} // namespace

Result<ComparisonInput> ComparisonService::load(Store& store, const OrganisationInfo& organisation,
                                                std::optional<qint64> oursSnapshotId,
                                                std::optional<qint64> theirsSnapshotId)
{
    QSqlDatabase db = store.database();
    auto all = Snapshots::list(store);
    if (!all)
        return all.error();
    auto ours = pick(all.value(), SnapshotSide::Ours, oursSnapshotId);
    if (!ours)
        return ours.error();
    auto theirs = pick(all.value(), SnapshotSide::Theirs, theirsSnapshotId);
    if (!theirs)
        return theirs.error();
    auto agreement = AgreementCatalog::builtIn(organisation.agreementId);
    if (!agreement)
        return agreement.error();
    auto oursRecords = Snapshots::records(store, ours.value().id);
    if (!oursRecords)
        return oursRecords.error();
    auto theirsRecords = Snapshots::records(store, theirs.value().id);
    if (!theirsRecords)
        return theirsRecords.error();
    auto decisions = MatchDecisions::all(store);
    if (!decisions)
        return decisions.error();
    ComparisonInput input;
    input.ours = ours.takeValue();
    input.theirs = theirs.takeValue();
    input.matcher = {oursRecords.takeValue(), theirsRecords.takeValue(), decisions.takeValue(), organisation.role,
                     agreement.value().categories()};
    return input;
}

Result<Comparison> ComparisonService::run(ComparisonInput input, const Matcher::Progress& progress)
{
    auto result = Matcher::compare(std::move(input.matcher), progress);
    if (!result)
        return result.error();
    Comparison comparison = result.takeValue();
    comparison.oursSnapshot = input.ours;
    comparison.theirsSnapshot = input.theirs;
    return comparison;
}

Result<void> ComparisonService::recordRun(Store& store, const Comparison& comparison)
{
    QSqlDatabase db = store.database();
    std::array<qint64, ComparisonOutcomeCount> totals {};
    for (const CategorySummary& s : comparison.summary()) {
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            totals[std::size_t(i)] += s.counts[std::size_t(i)];
    }
    QString detail = QStringLiteral("ours=%1 theirs=%2")
                         .arg(comparison.oursSnapshot ? comparison.oursSnapshot->id : 0)
                         .arg(comparison.theirsSnapshot ? comparison.theirsSnapshot->id : 0);
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        detail += u' ' + Comparison::outcomeCode(ComparisonOutcome(i)) + u'=' + QString::number(totals[std::size_t(i)]);
    return AuditLog(db).append(QStringLiteral("compare.run"), detail);
}

Result<Comparison> ComparisonService::compare(Store& store, std::optional<qint64> oursSnapshotId,
                                              std::optional<qint64> theirsSnapshotId, const Matcher::Progress& progress)
{
    auto input = load(store, store.organisation(), oursSnapshotId, theirsSnapshotId);
    if (!input)
        return input.error();
    auto comparison = run(input.takeValue(), progress);
    if (!comparison)
        return comparison.error();
    auto audited = recordRun(store, comparison.value());
    if (!audited)
        return audited.error();
    return comparison;
}

Result<void> ComparisonService::recordViewed(Store& store, const Comparison& comparison, const ComparisonItem& item)
{
    QSqlDatabase db = store.database();
    return AuditLog(db).append(QStringLiteral("compare.record_viewed"), comparison.auditReference(item));
}

} // namespace inbeeld
