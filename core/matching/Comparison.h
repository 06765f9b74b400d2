#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Role.h"
#include "core/storage/Snapshots.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace inbeeld {

/// How one child (in one category) compares between our list and theirs.
enum class ComparisonOutcome : quint8 {
    Both, // the same child on both lists, compared fields equal
    Differs, // the same child, but category, last known school or start date differ
    OnlyOurs,
    OnlyTheirs,
    Probable, // no BSN on one side; name and birth date make it likely the same child: the user decides
};
constexpr int ComparisonOutcomeCount = 5;

/// Why two records were paired.
enum class MatchBasis : quint8 {
    None, // one-sided item
    Bsn,
    Onderwijsnummer, // both lack a BSN
    Name, // probable: name and birth date, not decided yet
    Confirmed, // probable pair the user confirmed (stored, reused for newer lists)
};

/// The fields whose difference makes a pair `Differs` (bit flags in ComparisonItem::differences).
enum class ComparedField : quint8 {
    Category = 1,
    School = 2, // last known school
    StartDate = 4, // absence start (verzuim) or exemption date (vrijstelling 5a)
};

/// One row of the comparison. Records are referred to by index into Comparison::oursRecords()
/// and theirsRecords() (-1: not on that side), so a million rows stay small and cheap to copy.
struct ComparisonItem
{
    qint32 ours = -1;
    qint32 theirs = -1;
    ComparisonOutcome outcome = ComparisonOutcome::Both;
    MatchBasis basis = MatchBasis::None;
    quint8 differences = 0; // ComparedField flags
    bool expected = false; // one-sided, and the agreement says the other party would not know it
    float score = 0.0f; // name similarity 0..1 for Name and Confirmed pairs; 1 for number matches

    /// One-sided because the user rejected a probable match: the index of that record on the other
    /// list (theirs for an only-ours item, ours for an only-theirs item); else -1.
    qint32 rejectedPartner = -1;

    bool differsIn(ComparedField field) const { return (differences & quint8(field)) != 0; }
    bool rejected() const { return rejectedPartner >= 0; }
};

/// A field that differs, with both values as text (dates ISO), for the view and the CLI.
struct FieldDifference
{
    ComparedField field;
    QString ours;
    QString theirs;
};

/// Counts per outcome for one category.
struct CategorySummary
{
    QString category; // agreement category code
    std::array<qint64, ComparisonOutcomeCount> counts {}; // indexed by ComparisonOutcome

    qint64 count(ComparisonOutcome outcome) const { return counts[std::size_t(outcome)]; }
    qint64 total() const;
};

/// The result of comparing our list with theirs (made by Matcher::compare, usually through
/// ComparisonService). It owns both record lists; items point into them. Immutable once made,
/// implicitly shared lists: cheap to copy to the GUI thread.
///
/// Use from a view: items() are the rows (ours in file order first, then what only they have);
/// ours(item)/theirs(item) give the two CaseRecords side by side (null for the missing side);
/// differences(item) the differing fields with both values; category(item) the tab it belongs
/// to; explanation(item) why a one-sided item is expected; summary() the counts per category.
/// For decisions and notes use oursKey()/theirsKey()/noteKey() with MatchDecisions/ChildNotes.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    std::optional<SnapshotInfo> oursSnapshot; // set by ComparisonService
    std::optional<SnapshotInfo> theirsSnapshot;

    const QList<CaseRecord>& oursRecords() const { return m_ours; }
    const QList<CaseRecord>& theirsRecords() const { return m_theirs; }
    const QList<ComparisonItem>& items() const { return m_items; }
    /// Per category in agreement order (categories the agreement does not know last).
    const QList<CategorySummary>& summary() const { return m_summary; }
    std::optional<CategorySummary> summary(const QString& category) const;
    Role ourRole() const { return m_ourRole; }
    const QList<AgreementCategory>& categories() const { return m_categories; }

    const CaseRecord* ours(const ComparisonItem& item) const { return item.ours < 0 ? nullptr : &m_ours[item.ours]; }
    const CaseRecord* theirs(const ComparisonItem& item) const
    {
        return item.theirs < 0 ? nullptr : &m_theirs[item.theirs];
    }
    /// The category the item is counted under: ours, else theirs. A pair with different categories
    /// is one Differs item under our category.
    QString category(const ComparisonItem& item) const;
    QList<FieldDifference> differences(const ComparisonItem& item) const;
    /// For an expected one-sided item: why (from the agreement's known_by); else empty.
    QString explanation(const ComparisonItem& item) const;

    /// Keys under which decisions about a pair are stored (CaseRecord::childKey of each side).
    QString oursKey(const ComparisonItem& item) const;
    QString theirsKey(const ComparisonItem& item) const;
    /// The pair a decision is about: both keys of a pair, or for a rejected one-sided item its own
    /// key and its rejected partner's. Empty keys when there is no such pair.
    std::pair<QString, QString> decisionKeys(const ComparisonItem& item) const;
    /// The key for notes about the child: ours when we have the child, else theirs.
    QString noteKey(const ComparisonItem& item) const;
    /// An opaque reference to the item's records for the audit log, without personal data:
    /// "ours 3/17 theirs 4/22" (snapshot id/record id; "-" for a missing side).
    QString auditReference(const ComparisonItem& item) const;

    /// Stable codes for CLI, JSON and CSV: "both", "differs", "only_ours", "only_theirs", "probable".
    static QString outcomeCode(ComparisonOutcome outcome);
    static std::optional<ComparisonOutcome> outcomeFromCode(const QString& code);
    static QString outcomeName(ComparisonOutcome outcome); // translated, for display
    /// "category", "school", "start_date".
    static QString fieldCode(ComparedField field);
    static QString fieldName(ComparedField field); // translated
    static const QList<ComparedField>& comparedFields();
    /// The compared field's value in a record as text ("" when empty).
    static QString fieldValue(const CaseRecord& record, ComparedField field);

private:
    friend class Matcher;
    QList<CaseRecord> m_ours;
    QList<CaseRecord> m_theirs;
    QList<ComparisonItem> m_items;
    QList<CategorySummary> m_summary;
    QList<AgreementCategory> m_categories;
    Role m_ourRole = Role::Rbl;
};

} // namespace inbeeld
