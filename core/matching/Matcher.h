#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Role.h"
#include "core/matching/Comparison.h"
#include "core/matching/MatchDecision.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace inbeeld {

/// What a comparison needs; ComparisonService::load() reads it from the store.
struct MatcherInput
{
    QList<CaseRecord> ours;
    QList<CaseRecord> theirs;
    QList<MatchDecision> decisions; // stored confirm/reject verdicts on probable pairs
    Role ourRole = Role::Rbl; // whose list "ours" is: decides which one-sided items are expected
    QList<AgreementCategory> categories; // from the agreement: order of the summary, known_by
};

/// Pairs the records of our list with theirs, child by child. A pure function of its input (no
/// store, no globals), so it runs on any thread, e.g. in QtConcurrent::run, and the same input
/// always gives the same result in the same order.
///
/// 1. Certain: equal BSN; for records where both lack a BSN, equal onderwijsnummer. A child with
///    several records on a side is paired category by category first.
/// 2. Probable: records left over of which at least one lacks a BSN, with the exact same birth
///    date, scored by NormalisedName::similarity (0..1). A pair scoring ≥ ProbableThreshold is
///    a Probable item (never merged on its own). A stored decision overrides: confirmed pairs
///    become Both/Differs with basis Confirmed, whatever the score; rejected pairs are never
///    paired and stay one-sided (`rejectedPartner` names the other record). Highest score first, ties by file order.
/// 3. Everything else is one-sided; an only-ours (only-theirs) item in a category that the
///    agreement says the other party (we) would not know is flagged `expected`.
class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(Matcher)

public:
    /// Minimum name similarity for a probable match. With the weights of
    /// NormalisedName::similarity: the same first-name initial and a surname Jaro-Winkler of about
    /// 0.83 or more (typing errors, a missing part of a double surname, lost diacritics).
    static constexpr double ProbableThreshold = 0.85;

    /// Called now and then with 0..100; return false to cancel (compare() then fails with
    /// Error::Code::Cancelled).
    using Progress = std::function<bool(int percent)>;

    static Result<Comparison> compare(MatcherInput input, const Progress& progress = {});

    /// The probable-match score of two records: 0 when a birth date is missing or they differ,
    /// else NormalisedName::similarity of their names.
    static double probableScore(const CaseRecord& a, const CaseRecord& b);
};

} // namespace inbeeld
