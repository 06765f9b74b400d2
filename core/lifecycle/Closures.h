#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;
class Comparison;
struct ComparisonItem;

/// Why processing about a child ends: the four reasons of the agreement ("Verwerking van
/// persoonsgegevens").
enum class ClosureReason { BackInSchool, Startkwalificatie, MovedOut, Deceased };

/// A closed case: the child (CaseRecord::childKey), the reason, the date processing ended, and
/// an optional note without special-category data.
struct Closure
{
    QString childKey;
    ClosureReason reason = ClosureReason::BackInSchool;
    QDate closedOn;
    QString note;
    QDateTime closedAt; // UTC, when it was recorded
    QString closedBy;
};

/// Ends (and on a mistake resumes) the processing of a child's data. A closed child is no open
/// work in the comparison, is left out of packages and exports, and is purged after the retention
/// period (Retention). Closing and reopening are audited with an opaque case number and the reason,
/// never the child's number or name.
class Closures
{
    Q_DECLARE_TR_FUNCTIONS(Closures)

public:
    explicit Closures(Store& store);

    /// Closes the child's case. The note may not read as special or criminal-law personal data.
    Result<Closure> close(const QString& childKey, ClosureReason reason, const QDate& closedOn,
                          const QString& note = {}, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Reopens a closed case (the closure is removed; the audit log keeps that it happened).
    Result<void> reopen(const QString& childKey);
    Result<std::optional<Closure>> get(const QString& childKey) const;
    /// All closed cases by child key.
    Result<QHash<QString, Closure>> all() const;
    /// The children that the list before snapshotId (one of our own lists) held and snapshotId no
    /// longer holds, whose case is still open: the ones to offer for closing (never closed
    /// silently). Empty for a partner's list or the first list of a source.
    Result<QList<CaseRecord>> droppedFrom(qint64 snapshotId) const;

    /// "back_in_school", "startkwalificatie", "moved_out", "deceased".
    static QString reasonCode(ClosureReason reason);
    static std::optional<ClosureReason> reasonFromCode(const QString& code);
    /// For people: "terug naar school", ... (translated).
    static QString reasonName(ClosureReason reason);
    static QList<ClosureReason> reasons();

    /// What the comparison shows for an item whose child we closed instead of an action
    /// ("closed: back in school"), adding that the partner still lists the child when they do.
    /// Empty when the child is not closed.
    static QString comparisonMark(const Comparison& comparison, const ComparisonItem& item,
                                  const QHash<QString, Closure>& closures);
    /// The child key under which a closure is found for an item (ours, else theirs); empty if none.
    static QString closedKey(const Comparison& comparison, const ComparisonItem& item,
                             const QHash<QString, Closure>& closures);

private:
    Store& m_store;
};

} // namespace inbeeld
