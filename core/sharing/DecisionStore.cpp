#include "core/sharing/DecisionStore.h"

#include "core/audit/AuditLog.h"
#include "core/sharing/Checklist.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); // stored with "Z"
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// The audit text of a decision: ids, party, category and counts only.
QString auditDetail(const ShareDecision& d)
{
    if (d.kind == ShareDecision::Kind::Standing) {
        return QStringLiteral("decision %1: standing decision for the quarterly exchange of %2 (version %3)")
            .arg(d.id)
            .arg(d.agreementId)
            .arg(d.agreementVersion);
    }
    const QString child = d.child.recordId > 0 ? QStringLiteral("record %1").arg(d.child.recordId)
                                               : QStringLiteral("a child without record");
    if (d.outcome == ShareDecision::Outcome::Alternative)
        return QStringLiteral("decision %1: %2, less intrusive way chosen (%3), nothing shared with %4")
            .arg(d.id)
            .arg(child, d.answers.alternative, d.recipient);
    return QStringLiteral("decision %1: %2 (%3), %4 field(s) for %5, ground %6, expires %7")
        .arg(d.id)
        .arg(child, d.category)
        .arg(d.answers.fields.size())
        .arg(d.recipient, d.answers.ground, d.expiresAt.toString(Qt::ISODate));
}

} // namespace

DecisionStore::DecisionStore(Store& store)
    : m_db(store.database())
{
}

Result<void> DecisionStore::commitWithAudit(Transaction& transaction, const QString& action, const QString& detail)
{
    if (auto logged = AuditLog(m_db).append(action, detail); !logged)
        return logged.error();
    if (!transaction.commit())
        return makeError(Error::Code::Database, tr("The decision could not be stored: %1").arg(transaction.reason()));
    return {};
}

Result<ShareDecision> DecisionStore::record(ShareDecision d)
{
    if (d.id != 0)
        return makeError(Error::Code::InvalidInput, tr("This decision has been stored already."));
    if (d.kind == ShareDecision::Kind::Individual && (d.child.childKey.isEmpty() || d.recipient.isEmpty()))
        return makeError(Error::Code::InvalidInput, tr("A decision about a child needs the child and a recipient."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database, tr("The decision could not be stored: %1").arg(transaction.reason()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO share_decisions (kind, agreement_id, agreement_version, child_key, record_id, snapshot_id, "
        "category, recipient, decided_by, decided_at, expires_at, outcome, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ShareDecision::kindCode(d.kind));
    q.addBindValue(d.agreementId);
    q.addBindValue(d.agreementVersion);
    q.addBindValue(nullableText(d.child.childKey));
    q.addBindValue(nullableId(d.child.recordId));
    q.addBindValue(nullableId(d.child.snapshotId));
    q.addBindValue(nullableText(d.category));
    q.addBindValue(nullableText(d.recipient));
    q.addBindValue(d.decidedBy);
    q.addBindValue(isoTime(d.decidedAt));
    q.addBindValue(nullableText(isoTime(d.expiresAt)));
    q.addBindValue(ShareDecision::outcomeCode(d.outcome));
    q.addBindValue(QString::fromUtf8(QJsonDocument(d.bodyJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The decision could not be stored: %1").arg(q.lastError().text()));
    d.id = q.lastInsertId().toLongLong();
    q.finish();
    const QString action = d.kind == ShareDecision::Kind::Standing ? QStringLiteral("decision.standing_recorded")
        : d.outcome == ShareDecision::Outcome::Share               ? QStringLiteral("decision.recorded")
                                                                   : QStringLiteral("decision.alternative_chosen");
    if (auto done = commitWithAudit(transaction, action, auditDetail(d)); !done) {
        d.id = 0;
        return done.error();
    }
    return d;
}

Result<ShareDecision> DecisionStore::recordStanding(const Agreement& agreement, Role ownRole, const QDateTime& now)
{
    auto existing = standing(agreement.id());
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->agreementVersion == agreement.version())
        return makeError(Error::Code::InvalidInput,
                         tr("The standing decision for the quarterly exchange has been recorded already (decision "
                            "%1). Withdraw it first to record it again.")
                             .arg(existing.value()->id));
    return record(Checklist::standingDecision(agreement, ownRole, AuditLog::currentActor(), now));
}

Result<ShareDecision> DecisionStore::withdraw(qint64 id, const QString& reason, const QDateTime& now)
{
    auto found = get(id);
    if (!found)
        return found.error();
    ShareDecision d = found.takeValue();
    if (d.isWithdrawn())
        return makeError(Error::Code::InvalidInput,
                         tr("Decision %1 was withdrawn already, on %2.")
                             .arg(id)
                             .arg(d.withdrawnAt.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm"))));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database,
                         tr("The decision could not be withdrawn: %1").arg(transaction.reason()));
    d.withdrawnAt = now.toUTC();
    d.withdrawnBy = AuditLog::currentActor();
    d.withdrawReason = reason.trimmed();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE share_decisions SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?"));
    q.addBindValue(isoTime(d.withdrawnAt));
    q.addBindValue(d.withdrawnBy);
    q.addBindValue(nullableText(d.withdrawReason));
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The decision could not be withdrawn: %1").arg(q.lastError().text()));
    q.finish();
    if (auto done
        = commitWithAudit(transaction, QStringLiteral("decision.withdrawn"), QStringLiteral("decision %1").arg(id));
        !done)
        return done.error();
    return d;
}

Result<QList<ShareDecision>> DecisionStore::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, agreement_id, agreement_version, child_key, record_id, snapshot_id, "
                             "category, recipient, decided_by, decided_at, expires_at, outcome, body, withdrawn_at, "
                             "withdrawn_by, withdraw_reason FROM share_decisions ")
              + where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The decisions could not be read: %1").arg(q.lastError().text()));
    QList<ShareDecision> list;
    while (q.next()) {
        ShareDecision d;
        d.id = q.value(0).toLongLong();
        d.kind = q.value(1).toString() == u"standing" ? ShareDecision::Kind::Standing : ShareDecision::Kind::Individual;
        d.agreementId = q.value(2).toString();
        d.agreementVersion = q.value(3).toInt();
        d.child = ChildRef {q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()};
        d.category = q.value(7).toString();
        d.recipient = q.value(8).toString();
        d.decidedBy = q.value(9).toString();
        d.decidedAt = parseTime(q.value(10));
        d.expiresAt = parseTime(q.value(11));
        d.outcome
            = q.value(12).toString() == u"share" ? ShareDecision::Outcome::Share : ShareDecision::Outcome::Alternative;
        const QJsonDocument body = QJsonDocument::fromJson(q.value(13).toString().toUtf8());
        if (auto read = d.readBodyJson(body.object()); !read)
            return makeError(Error::Code::StoreCorrupt,
                             tr("Decision %1 in the store cannot be read: %2").arg(d.id).arg(read.message()));
        d.withdrawnAt = parseTime(q.value(14));
        d.withdrawnBy = q.value(15).toString();
        d.withdrawReason = q.value(16).toString();
        list.append(d);
    }
    return list;
}

Result<QList<ShareDecision>> DecisionStore::list() const
{
    return select(QString(), {});
}

Result<ShareDecision> DecisionStore::get(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("There is no decision %1 in this store. List the decisions to see their numbers.").arg(id));
    return found.value().first();
}

Result<QList<ShareDecision>> DecisionStore::forChild(const QString& childKey) const
{
    return select(QStringLiteral("WHERE kind = 'individual' AND child_key = ?"), {childKey});
}

Result<std::optional<ShareDecision>> DecisionStore::standing(const QString& agreementId) const
{
    auto found = select(QStringLiteral("WHERE kind = 'standing' AND agreement_id = ? AND withdrawn_at IS NULL"),
                        {agreementId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<ShareDecision>();
    return std::optional<ShareDecision>(found.value().first());
}

} // namespace inbeeld
