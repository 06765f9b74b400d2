#include "core/matching/MatchDecisions.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

Error databaseError(const QString& why)
{
    return makeError(Error::Code::Database,
                     MatchDecisions::tr("The decision on the probable match could not be stored: %1").arg(why));
}

MatchDecision fromQuery(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == u"confirmed",
            QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toString()};
}

/// Runs a statement and its audit entry in one transaction.
Result<void> writeAudited(QSqlDatabase db, const QString& sql, const QVariantList& values, const QString& action,
                          const QString& detail)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return databaseError(transaction.reason());
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        q.finish();
        return databaseError(why);
    }
    q.finish();
    auto audited = AuditLog(db).append(action, detail);
    if (!audited)
        return audited.error();
    if (!transaction.commit())
        return databaseError(transaction.reason());
    return {};
}

} // namespace

Result<QList<MatchDecision>> MatchDecisions::all(Store& store)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT ours_key, theirs_key, decision, decided_at, decided_by FROM match_decisions "
                               "ORDER BY ours_key, theirs_key")))
        return makeError(Error::Code::Database,
                         tr("The decisions on probable matches could not be read: %1").arg(q.lastError().text()));
    QList<MatchDecision> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

Result<std::optional<MatchDecision>> MatchDecisions::find(Store& store, const QString& oursKey,
                                                          const QString& theirsKey)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ours_key, theirs_key, decision, decided_at, decided_by FROM match_decisions "
                             "WHERE ours_key = ? AND theirs_key = ?"));
    q.addBindValue(oursKey);
    q.addBindValue(theirsKey);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The decisions on probable matches could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<MatchDecision>();
    return std::optional<MatchDecision>(fromQuery(q));
}

Result<void> MatchDecisions::decide(Store& store, const Comparison& comparison, const ComparisonItem& item,
                                    bool confirmed)
{
    QSqlDatabase db = store.database();
    const auto [oursKey, theirsKey] = comparison.decisionKeys(item);
    if (oursKey.isEmpty() || theirsKey.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("Only a pair of records (one on each list) can be confirmed or rejected as the same "
                            "child, and both need a BSN, onderwijsnummer or a name with a date of birth."));
    return writeAudited(
        db,
        QStringLiteral("INSERT OR REPLACE INTO match_decisions (ours_key, theirs_key, decision, decided_at, "
                       "decided_by) VALUES (?, ?, ?, ?, ?)"),
        {oursKey, theirsKey, confirmed ? QStringLiteral("confirmed") : QStringLiteral("rejected"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), AuditLog::currentActor()},
        confirmed ? QStringLiteral("compare.match_confirmed") : QStringLiteral("compare.match_rejected"),
        comparison.auditReference(item) + QStringLiteral(" score=%1").arg(double(item.score), 0, 'f', 2));
}

Result<void> MatchDecisions::withdraw(Store& store, const Comparison& comparison, const ComparisonItem& item)
{
    QSqlDatabase db = store.database();
    const auto [oursKey, theirsKey] = comparison.decisionKeys(item);
    return writeAudited(db, QStringLiteral("DELETE FROM match_decisions WHERE ours_key = ? AND theirs_key = ?"),
                        {oursKey, theirsKey}, QStringLiteral("compare.decision_withdrawn"),
                        comparison.auditReference(item));
}

} // namespace inbeeld
