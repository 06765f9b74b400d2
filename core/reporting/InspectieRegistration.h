#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/reporting/Quarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;

/// How processing about a child ended, as the lifecycle (core/lifecycle) records a closure.
struct RegistrationEnding
{
    QDate date;
    QString reason; // "back_in_school", "startkwalificatie", "moved_out", "deceased"
};

/// The seam through which closures reach the registration: the lifecycle implements it over its
/// closed cases. Without one (or when it knows no closure of a child) a child's end is "no longer
/// on a newer list", dated with that list's peildatum.
class ClosureLookup
{
public:
    virtual ~ClosureLookup() = default;
    /// Every closed child: child key (CaseRecord::childKey()) -> its closure.
    virtual QHash<QString, RegistrationEnding> closures() const = 0;
};

/// One anonymised row of the registration as it stood on a quarter's peildatum.
struct RegistrationRow
{
    QString id; // pseudonymous, stable for the child during the school year
    QString category; // agreement category code
    QString subgroup; // registration subgroup code on the peildatum (see subgroupCodes())
    QDate start;
    QDate end; // null while active
    QString endReason; // "" / "not_on_newer_list" / a closure reason
    QString source; // "ours" or "partner"
    bool active() const { return !end.isValid(); }
};

/// The registration of one quarter: cumulative over its school year.
struct QuarterRegistration
{
    Quarter quarter;
    QDate peildatum;
    int schoolYear = 0;
    int lists = 0; // own lists used for this quarter
    QList<RegistrationRow> rows;

    /// Per subgroup code (all of them, zeros included), plus "total", "active" and "ended".
    QMap<QString, qint64> counts() const;
};

/// The Inspectie's quarterly thuiszitters registration: per school year (1 August–31 July) a
/// cumulative register of anonymised rows, built from our own lists whose peildata fall in the
/// quarter (the newest per source) plus everything the school year's earlier quarters held, and
/// children the user adds from a partner's list. A child who leaves keeps its row with an end
/// date and reason. The pseudonymous id is a keyed hash of the child with a random secret per
/// school year kept in the store: stable all year, not derivable from a BSN without the store.
///
/// Holds no personal data and does not refer to lists or records, so retention purges of lists
/// leave it; it is purged a school year at a time after its own retention (default 5 years after
/// the school year).
class InspectieRegistration
{
    Q_DECLARE_TR_FUNCTIONS(InspectieRegistration)

public:
    static constexpr int DefaultRetentionYears = 5;
    static const QString NotOnNewerList;

    explicit InspectieRegistration(Store& store, const ClosureLookup* closures = nullptr);

    /// Registration subgroup codes in report order: absoluut, langdurig_lt_4w, langdurig_4w_3m,
    /// langdurig_gt_3m, langdurig_start_unknown, vrijstelling_5a.
    static const QStringList& subgroupCodes();
    static QString subgroupName(const QString& code); // translated
    static QString categoryName(const QString& category); // translated
    static QString subgroupOf(const QString& category, const QDate& start, const QDate& peildatum);
    static QString endReasonName(const QString& code); // translated
    static QString sourceName(const QString& code); // translated
    /// A short explanation of a subgroup for the summary (translated).
    static QString subgroupExplanation(const QString& code);

    /// Builds (or rebuilds) the quarter on the peildatum (default: the quarter's last day; must lie
    /// in the quarter), stores it and returns it. Audited with counts only.
    Result<QuarterRegistration> build(const Quarter& quarter, const QDate& peildatum = {});
    /// A quarter built before.
    Result<QuarterRegistration> load(const Quarter& quarter) const;
    /// The built quarters of a school year, oldest first (the trend).
    Result<QList<QuarterRegistration>> quartersOf(int schoolYear) const;
    /// Every built quarter's code, oldest first.
    Result<QList<Quarter>> builtQuarters() const;

    /// Adds a child only the partner lists (the comparison's "only theirs"), confirmed by the user,
    /// to the school year of the date. The note is kept with the row but never exported. Returns
    /// the row's id; a child already registered that year keeps its row.
    Result<QString> addPartnerChild(const CaseRecord& record, const QDate& onDate, const QString& note);

    int retentionYears() const;
    Result<void> setRetentionYears(int years);
    /// Removes school years whose retention ended before today; returns the rows removed.
    Result<qint64> purgeExpired(const QDate& today);

private:
    Result<QByteArray> secretFor(int schoolYear);
    QString pseudoId(const QByteArray& secret, const QString& childKey) const;

    Store& m_store;
    const ClosureLookup* m_closures;
};

} // namespace inbeeld
