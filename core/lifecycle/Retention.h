#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace inbeeld {

class Store;

/// What one retention rule makes due: how many items (children, lists, imports, decisions) and
/// how many rows, with the rule's period and reason.
struct RetentionCount
{
    QString rule; // "closed_child", "superseded_list", "rejected_rows", "decisions"
    QString name; // Dutch, from the profile
    QString reason;
    int months = 0;
    qint64 items = 0;
    qint64 rows = 0;
};

/// What is due now (or was purged), what becomes due next, and how many children a hold keeps.
struct RetentionStatus
{
    QList<RetentionCount> counts; // one per rule, in profile order
    QDate nextDue; // the first day something more becomes due; invalid when nothing will
    qint64 heldChildren = 0;
    qint64 totalItems() const;
    qint64 totalRows() const;
};

/// How much a deleted list or an erased child took with it.
struct RemovedRows
{
    qint64 records = 0;
    qint64 other = 0; // rejected rows, issues, notes, decisions, ...
};

/// Applies the retention rules (RetentionRules): status() shows what is due and why (the preview),
/// purge() removes it. Rows are deleted with secure_delete on, then the file is rebuilt (VACUUM),
/// so nothing of a purged child is left in the store file. Children on legal hold are never
/// purged. Purges are audited with counts per rule, never numbers or names. `today` is the clock:
/// tests pass their own.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    explicit Retention(Store& store);

    Result<RetentionStatus> status(const QDate& today = QDate::currentDate()) const;
    /// Reports a purge's progress (steps done, steps in all); returning false stops it. It is only
    /// called before the commit point: after the report with done == total the removal is committed
    /// and the file rewritten, which cannot be stopped. A stopped purge removes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Purges what is due; the result holds the counts removed.
    Result<RetentionStatus> purge(const QDate& today = QDate::currentDate(), const Progress& progress = {});
    /// Removes everything about a child now (a granted erasure), as the closed-child rule would,
    /// including its share decisions. Refused while a legal hold is on the child.
    Result<RemovedRows> purgeChild(const QString& childKey, const QString& auditReason);
    /// Deletes a wrongly imported list with its records, issues and rejected rows.
    Result<RemovedRows> deleteList(qint64 snapshotId);
    /// A sentence for the unlock: what is due, or when something will be; empty when nothing is.
    static QString dueMessage(const RetentionStatus& status, const QDate& today);

private:
    struct Plan;
    Result<Plan> plan(const QDate& today) const;
    Result<void> vacuum();
    Store& m_store;
};

} // namespace inbeeld
