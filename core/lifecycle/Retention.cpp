#include "core/lifecycle/Retention.h"

#include "core/lifecycle/ChildFootprint.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/storage/ChildStates.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

QDate dateOf(const QString& stored)
{
    if (stored.size() == 10)
        return QDate::fromString(stored, Qt::ISODate);
    QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(stored, Qt::ISODate);
    return at.toLocalTime().date();
}

Error dbError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     Retention::tr("The retention rules could not be applied: %1").arg(q.lastError().text()));
}

// Runs a statement with values bound; returns the number of rows it changed.
Result<qint64> run(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return qint64(q.numRowsAffected());
}

// Runs sql (with one "%1" for an IN list) over ids in chunks; returns the rows changed.
template<typename T>
Result<qint64> runIn(QSqlDatabase db, const QString& sql, const QList<T>& ids)
{
    qint64 changed = 0;
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QList<T> chunk = ids.mid(at, 500);
        QVariantList values;
        for (const T& id : chunk)
            values.append(QVariant::fromValue(id));
        auto n = run(db, sql.arg(ChildFootprint::placeholders(chunk.size())), values);
        if (!n)
            return n.error();
        changed += n.value();
    }
    return changed;
}

} // namespace

qint64 RetentionStatus::totalItems() const
{
    qint64 n = 0;
    for (const RetentionCount& c : counts)
        n += c.items;
    return n;
}

qint64 RetentionStatus::totalRows() const
{
    qint64 n = 0;
    for (const RetentionCount& c : counts)
        n += c.rows;
    return n;
}

struct Retention::Plan
{
    RetentionStatus status;
    QStringList children; // closed children due
    QList<qint64> lists; // superseded lists due
    QList<qint64> keepRecords; // records of held children in those lists
    QList<qint64> rejectedOf; // imports whose rejected rows are due
    QList<qint64> decisions; // ended decisions due
    RetentionCount& count(const QString& rule)
    {
        for (RetentionCount& c : status.counts) {
            if (c.rule == rule)
                return c;
        }
        static RetentionCount none;
        none = {};
        return none;
    }
    void later(const QDate& due)
    {
        if (due.isValid() && (!status.nextDue.isValid() || due < status.nextDue))
            status.nextDue = due;
    }
};

Retention::Retention(Store& store)
    : m_store(store)
{
}

Result<Retention::Plan> Retention::plan(const QDate& today) const
{
    QSqlDatabase db = m_store.database();
    auto rules = RetentionRules(m_store).rules();
    if (!rules)
        return rules.error();
    Plan plan;
    QHash<QString, int> months;
    for (const EffectiveRetentionRule& e : std::as_const(rules.value())) {
        plan.status.counts.append({e.rule.id, e.rule.name, e.rule.reason, e.rule.months, 0, 0});
        months.insert(e.rule.id, e.rule.months);
    }
    auto states = ChildStates::load(db);
    if (!states)
        return states.error();
    const QSet<QString>& held = states.value().held();
    plan.status.heldChildren = held.size();
    QSet<qint64> heldRecords;
    for (const QString& key : held) {
        auto fp = ChildFootprint::of(db, key);
        if (!fp)
            return fp.error();
        for (qint64 id : std::as_const(fp.value().recordIds))
            heldRecords.insert(id);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Closed children, 12 months (default) after the closing date.
    if (months.contains(QStringLiteral("closed_child"))) {
        if (!q.exec(QStringLiteral("SELECT child_key, closed_on FROM case_closures")))
            return dbError(q);
        QList<std::pair<QString, QDate>> closed;
        while (q.next())
            closed.append({q.value(0).toString(), dateOf(q.value(1).toString())});
        for (const auto& [key, on] : std::as_const(closed)) {
            if (held.contains(key))
                continue;
            const QDate due = on.addMonths(months.value(QStringLiteral("closed_child")));
            if (due > today) {
                plan.later(due);
                continue;
            }
            auto fp = ChildFootprint::of(db, key);
            if (!fp)
                return fp.error();
            plan.children.append(key);
            plan.count(QStringLiteral("closed_child")).items += 1;
            plan.count(QStringLiteral("closed_child")).rows += fp.value().recordIds.size() + 1;
        }
    }
    // Superseded lists, 12 months after the newer list of the same side and source arrived.
    if (months.contains(QStringLiteral("superseded_list"))) {
        if (!q.exec(QStringLiteral(
                "SELECT s.id, s.accepted + s.rejected, (SELECT MIN(n.imported_at) FROM snapshots n WHERE n.side = "
                "s.side AND n.source_name = s.source_name AND n.scope = 'list' AND n.id > s.id) FROM snapshots s "
                "WHERE s.scope = 'list'")))
            return dbError(q);
        while (q.next()) {
            if (q.value(2).isNull())
                continue;
            const QDate due = dateOf(q.value(2).toString()).addMonths(months.value(QStringLiteral("superseded_list")));
            if (due > today) {
                plan.later(due);
                continue;
            }
            plan.lists.append(q.value(0).toLongLong());
            plan.count(QStringLiteral("superseded_list")).items += 1;
            plan.count(QStringLiteral("superseded_list")).rows += q.value(1).toLongLong();
        }
        for (qint64 id : std::as_const(heldRecords))
            plan.keepRecords.append(id);
    }
    // Rejected rows of an import, 3 months after the import (the superseded lists above go whole).
    if (months.contains(QStringLiteral("rejected_rows"))) {
        if (!q.exec(QStringLiteral("SELECT s.id, s.imported_at, (SELECT COUNT(*) FROM rejected_rows r WHERE "
                                   "r.snapshot_id = s.id) + (SELECT COUNT(*) FROM import_issues i WHERE "
                                   "i.snapshot_id = s.id) FROM snapshots s")))
            return dbError(q);
        while (q.next()) {
            const qint64 rows = q.value(2).toLongLong();
            if (rows == 0 || plan.lists.contains(q.value(0).toLongLong()))
                continue;
            const QDate due = dateOf(q.value(1).toString()).addMonths(months.value(QStringLiteral("rejected_rows")));
            if (due > today) {
                plan.later(due);
                continue;
            }
            plan.rejectedOf.append(q.value(0).toLongLong());
            plan.count(QStringLiteral("rejected_rows")).items += 1;
            plan.count(QStringLiteral("rejected_rows")).rows += rows;
        }
    }
    // Decisions, 5 years after they ended (withdrawn or expired).
    if (months.contains(QStringLiteral("decisions"))) {
        if (!q.exec(QStringLiteral("SELECT id, child_key, COALESCE(withdrawn_at, expires_at) FROM share_decisions "
                                   "WHERE COALESCE(withdrawn_at, expires_at) IS NOT NULL")))
            return dbError(q);
        while (q.next()) {
            if (held.contains(q.value(1).toString()))
                continue;
            const QDate due = dateOf(q.value(2).toString()).addMonths(months.value(QStringLiteral("decisions")));
            if (due > today) {
                plan.later(due);
                continue;
            }
            plan.decisions.append(q.value(0).toLongLong());
            plan.count(QStringLiteral("decisions")).items += 1;
            plan.count(QStringLiteral("decisions")).rows += 1;
        }
    }
    return plan;
}

Result<RetentionStatus> Retention::status(const QDate& today) const
{
    auto p = plan(today);
    if (!p)
        return p.error();
    return p.value().status;
}

namespace {

// Deletes every trace of a child (its footprint); decisions too when withDecisions.
Result<qint64> removeChild(QSqlDatabase db, const QString& childKey, bool withDecisions)
{
    auto fp = ChildFootprint::of(db, childKey);
    if (!fp)
        return fp.error();
    const QStringList keys(fp.value().keys.cbegin(), fp.value().keys.cend());
    qint64 removed = 0;
    const QList<std::pair<QString, bool>> statements = {
        {QStringLiteral("DELETE FROM records WHERE id IN (%1)"), false},
        {QStringLiteral("DELETE FROM child_notes WHERE child_key IN (%1)"), true},
        {QStringLiteral("DELETE FROM match_decisions WHERE ours_key IN (%1)"), true},
        {QStringLiteral("DELETE FROM match_decisions WHERE theirs_key IN (%1)"), true},
        {QStringLiteral("DELETE FROM rectifications WHERE child_key IN (%1)"), true},
        {QStringLiteral("DELETE FROM child_flags WHERE child_key IN (%1)"), true},
        {QStringLiteral("DELETE FROM case_closures WHERE child_key IN (%1)"), true},
        {QStringLiteral("UPDATE package_ledger SET child_key = NULL WHERE child_key IN (%1)"), true},
        {QStringLiteral("UPDATE subject_requests SET child_key = NULL WHERE child_key IN (%1)"), true},
        {QStringLiteral("UPDATE subject_decisions SET child_key = NULL WHERE child_key IN (%1)"), true},
    };
    for (const auto& [sql, byKey] : statements) {
        auto n = byKey ? runIn(db, sql, keys) : runIn(db, sql, fp.value().recordIds);
        if (!n)
            return n.error();
        if (!sql.startsWith(u"UPDATE"))
            removed += n.value();
    }
    if (withDecisions) {
        auto n = runIn(db, QStringLiteral("DELETE FROM share_decisions WHERE child_key IN (%1)"), keys);
        if (!n)
            return n.error();
        removed += n.value();
    }
    // A received case package held only this child: nothing of the snapshot is left to keep.
    auto cases = run(db,
                     QStringLiteral("DELETE FROM snapshots WHERE scope = 'case' AND NOT EXISTS (SELECT 1 FROM "
                                    "records r WHERE r.snapshot_id = snapshots.id)"));
    if (!cases)
        return cases.error();
    return removed;
}

} // namespace

Result<RetentionStatus> Retention::purge(const QDate& today, const Progress& progress)
{
    auto p = plan(today);
    if (!p)
        return p.error();
    Plan& plan = p.value();
    if (plan.status.totalItems() == 0)
        return plan.status;
    QSqlDatabase db = m_store.database();
    const qint64 total = plan.children.size() + plan.lists.size() + plan.rejectedOf.size() + 1;
    qint64 done = 0;
    // Rolled back with the transaction when the user stops: nothing is removed.
    const auto carryOn = [&] { return !progress || progress(++done, total); };
    const Error stopped = makeError(Error::Code::Cancelled, tr("The purge was stopped; nothing was removed."));
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        for (const QString& key : std::as_const(plan.children)) {
            if (auto removed = removeChild(db, key, false); !removed)
                return removed.error();
            if (!carryOn())
                return stopped;
        }
        for (qint64 list : std::as_const(plan.lists)) {
            auto records = plan.keepRecords.isEmpty()
                ? run(db, QStringLiteral("DELETE FROM records WHERE snapshot_id = ?"), {list})
                : run(db,
                      QStringLiteral("DELETE FROM records WHERE snapshot_id = ? AND id NOT IN (%1)")
                          .arg(ChildFootprint::placeholders(plan.keepRecords.size())),
                      [&] {
                          QVariantList v {list};
                          for (qint64 id : std::as_const(plan.keepRecords))
                              v.append(id);
                          return v;
                      }());
            if (!records)
                return records.error();
            auto gone = run(db,
                            QStringLiteral("DELETE FROM snapshots WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                                           "records r WHERE r.snapshot_id = snapshots.id)"),
                            {list});
            if (!gone)
                return gone.error();
            if (!carryOn())
                return stopped;
        }
        for (qint64 imported : std::as_const(plan.rejectedOf)) {
            for (const QString& sql : {QStringLiteral("DELETE FROM rejected_rows WHERE snapshot_id = ?"),
                                       QStringLiteral("DELETE FROM import_issues WHERE snapshot_id = ?")}) {
                if (auto n = run(db, sql, {imported}); !n)
                    return n.error();
            }
            if (!carryOn())
                return stopped;
        }
        if (auto n = runIn(db, QStringLiteral("DELETE FROM share_decisions WHERE id IN (%1)"), plan.decisions); !n)
            return n.error();
        if (!carryOn())
            return stopped;
        QStringList detail;
        for (const RetentionCount& c : std::as_const(plan.status.counts))
            detail.append(QStringLiteral("%1=%2/%3").arg(c.rule).arg(c.items).arg(c.rows));
        if (auto audited = m_store.audit().append(QStringLiteral("retention.purged"), detail.join(u' ')); !audited)
            return audited.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (auto vacuumed = vacuum(); !vacuumed)
        return vacuumed.error();
    return plan.status;
}

Result<RemovedRows> Retention::purgeChild(const QString& childKey, const QString& auditReason)
{
    QSqlDatabase db = m_store.database();
    auto states = ChildStates::load(db);
    if (!states)
        return states.error();
    if (states.value().isHeld(childKey)) {
        return makeError(Error::Code::InvalidInput,
                         tr("A legal hold is on this child (a pending request, complaint or investigation): nothing "
                            "is removed until the hold is lifted."));
    }
    RemovedRows result;
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        auto fp = ChildFootprint::of(db, childKey);
        if (!fp)
            return fp.error();
        result.records = fp.value().recordIds.size();
        auto removed = removeChild(db, childKey, true);
        if (!removed)
            return removed.error();
        result.other = removed.value() - result.records;
        auto audited = m_store.audit().append(
            QStringLiteral("subject.erased"),
            QStringLiteral("records=%1 other=%2 reason=%3").arg(result.records).arg(result.other).arg(auditReason));
        if (!audited)
            return audited.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (auto vacuumed = vacuum(); !vacuumed)
        return vacuumed.error();
    return result;
}

Result<RemovedRows> Retention::deleteList(qint64 snapshotId)
{
    QSqlDatabase db = m_store.database();
    RemovedRows result;
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        auto records = run(db, QStringLiteral("DELETE FROM records WHERE snapshot_id = ?"), {snapshotId});
        if (!records)
            return records.error();
        result.records = records.value();
        for (const QString& table :
             {QStringLiteral("rejected_rows"), QStringLiteral("import_issues"), QStringLiteral("snapshot_columns")}) {
            auto n = run(db, QStringLiteral("DELETE FROM %1 WHERE snapshot_id = ?").arg(table), {snapshotId});
            if (!n)
                return n.error();
            result.other += n.value();
        }
        auto gone = run(db, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {snapshotId});
        if (!gone)
            return gone.error();
        if (gone.value() == 0)
            return makeError(Error::Code::InvalidInput, tr("There is no list %1 in this store.").arg(snapshotId));
        auto audited = m_store.audit().append(
            QStringLiteral("snapshot.deleted"),
            QStringLiteral("snapshot=%1 records=%2 other=%3").arg(snapshotId).arg(result.records).arg(result.other));
        if (!audited)
            return audited.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (auto vacuumed = vacuum(); !vacuumed)
        return vacuumed.error();
    return result;
}

Result<void> Retention::vacuum()
{
    // secure_delete has overwritten the deleted rows; VACUUM rebuilds the file so no freed page
    // (and no trace of page layout) is left.
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("VACUUM")))
        return makeError(Error::Code::Database,
                         tr("The data was removed, but the store file could not be rewritten: %1. Run the purge "
                            "again later.")
                             .arg(q.lastError().text()));
    return {};
}

QString Retention::dueMessage(const RetentionStatus& status, const QDate& today)
{
    if (status.totalItems() > 0) {
        return tr("Retention: %n item(s) have passed their retention period and can be purged (Tools > Retention).",
                  nullptr, int(status.totalItems()));
    }
    if (status.nextDue.isValid() && status.nextDue <= today.addDays(30))
        return tr("Retention: data becomes due for purging on %1.")
            .arg(QLocale().toString(status.nextDue, QLocale::ShortFormat));
    return {};
}

} // namespace inbeeld
