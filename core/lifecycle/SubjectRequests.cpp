#include "core/lifecycle/SubjectRequests.h"

#include "core/domain/Bsn.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

const QString selectRequests = QStringLiteral(
    "SELECT id, type, child_key, received_on, requester, identity_check, verified_by, deadline, extension_reason, "
    "status, outcome FROM subject_requests");

SubjectRequest requestFrom(const QSqlQuery& q)
{
    SubjectRequest r;
    r.id = q.value(0).toLongLong();
    r.type = q.value(1).toString();
    r.childKey = q.value(2).toString();
    r.receivedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    r.requester = q.value(4).toString();
    r.identityCheck = q.value(5).toString();
    r.verifiedBy = q.value(6).toString();
    r.deadline = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.extensionReason = q.value(8).toString();
    r.status = q.value(9).toString();
    r.outcome = q.value(10).toString();
    return r;
}

} // namespace

SubjectRequests::SubjectRequests(Store& store)
    : m_store(store)
{
}

const QStringList& SubjectRequests::types()
{
    static const QStringList t {QStringLiteral("access"),      QStringLiteral("rectification"),
                                QStringLiteral("completion"),  QStringLiteral("erasure"),
                                QStringLiteral("restriction"), QStringLiteral("objection")};
    return t;
}

const QStringList& SubjectRequests::requesters()
{
    static const QStringList r {QStringLiteral("young_person"), QStringLiteral("parent"), QStringLiteral("guardian")};
    return r;
}

QString SubjectRequests::typeName(const QString& type)
{
    if (type == u"access")
        return tr("access");
    if (type == u"rectification")
        return tr("rectification");
    if (type == u"completion")
        return tr("completion");
    if (type == u"erasure")
        return tr("erasure");
    if (type == u"restriction")
        return tr("restriction");
    if (type == u"objection")
        return tr("objection");
    return type;
}

QString SubjectRequests::requesterName(const QString& requester)
{
    if (requester == u"young_person")
        return tr("the young person (16 or older)");
    if (requester == u"parent")
        return tr("a parent");
    if (requester == u"guardian")
        return tr("a guardian");
    return requester;
}

Result<SubjectRequest> SubjectRequests::add(SubjectRequest r)
{
    if (!types().contains(r.type))
        return makeError(Error::Code::InvalidInput, tr("Unknown kind of request '%1'.").arg(r.type));
    if (!requesters().contains(r.requester))
        return makeError(Error::Code::InvalidInput,
                         tr("Say who asked: the young person (16 or older), a parent or a guardian."));
    if (!r.receivedOn.isValid())
        return makeError(Error::Code::InvalidInput, tr("Give the date the request was received."));
    if (r.identityCheck.trimmed().isEmpty() || r.verifiedBy.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("Record how the requester's identity was verified and by whom before registering."));
    r.deadline = r.receivedOn.addMonths(1);
    r.status = QStringLiteral("open");
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO subject_requests (type, child_key, received_on, requester, identity_check, "
                             "verified_by, deadline, status, registered_at, registered_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
    q.addBindValue(r.type);
    q.addBindValue(r.childKey.isEmpty() ? QVariant() : QVariant(r.childKey));
    q.addBindValue(r.receivedOn.toString(Qt::ISODate));
    q.addBindValue(r.requester);
    q.addBindValue(r.identityCheck.trimmed());
    q.addBindValue(r.verifiedBy.trimmed());
    q.addBindValue(r.deadline.toString(Qt::ISODate));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The request could not be registered: %1").arg(q.lastError().text()));
    r.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto a = m_store.audit().append(QStringLiteral("subject.request_added"),
                                        QStringLiteral("request=%1 type=%2").arg(r.id).arg(r.type));
        !a)
        return a.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return r;
}

Result<SubjectRequest> SubjectRequests::extend(qint64 id, const QString& reason)
{
    auto r = get(id);
    if (!r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Give the reason for extending the deadline."));
    if (!r.value().extensionReason.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The deadline of request %1 was extended before.").arg(id));
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QDate deadline = r.value().receivedOn.addMonths(3);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE subject_requests SET deadline = ?, extension_reason = ? WHERE id = ?"));
    q.addBindValue(deadline.toString(Qt::ISODate));
    q.addBindValue(reason.trimmed());
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The request could not be changed: %1").arg(q.lastError().text()));
    q.finish();
    if (auto a
        = m_store.audit().append(QStringLiteral("subject.request_extended"), QStringLiteral("request=%1").arg(id));
        !a)
        return a.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    r.value().deadline = deadline;
    r.value().extensionReason = reason.trimmed();
    return r;
}

Result<SubjectRequest> SubjectRequests::close(qint64 id, const QString& outcome, bool refused)
{
    auto r = get(id);
    if (!r)
        return r.error();
    if (outcome.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Say how the request was answered."));
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE subject_requests SET status = ?, outcome = ?, closed_at = ? WHERE id = ?"));
    q.addBindValue(refused ? QStringLiteral("refused") : QStringLiteral("done"));
    q.addBindValue(outcome.trimmed());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The request could not be changed: %1").arg(q.lastError().text()));
    q.finish();
    if (auto a = m_store.audit().append(QStringLiteral("subject.request_closed"),
                                        QStringLiteral("request=%1 status=%2")
                                            .arg(id)
                                            .arg(refused ? QStringLiteral("refused") : QStringLiteral("done")));
        !a)
        return a.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return get(id);
}

Result<QList<SubjectRequest>> SubjectRequests::list(bool openOnly) const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(selectRequests + (openOnly ? QStringLiteral(" WHERE status = 'open'") : QString())
                + QStringLiteral(" ORDER BY deadline, id")))
        return makeError(Error::Code::Database, tr("The requests could not be read: %1").arg(q.lastError().text()));
    QList<SubjectRequest> result;
    while (q.next())
        result.append(requestFrom(q));
    return result;
}

Result<SubjectRequest> SubjectRequests::get(qint64 id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(selectRequests + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The requests could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return makeError(Error::Code::InvalidInput, tr("There is no request %1.").arg(id));
    return requestFrom(q);
}

QList<SubjectRequest> SubjectRequests::nearingDeadline(const QList<SubjectRequest>& requests, const QDate& today,
                                                       int days)
{
    QList<SubjectRequest> result;
    for (const SubjectRequest& r : requests) {
        if (r.isOpen() && r.deadline <= today.addDays(days))
            result.append(r);
    }
    return result;
}

Result<QString> SubjectRequests::childKeyOf(const QString& bsnText)
{
    const Result<Bsn> bsn = Bsn::parse(bsnText.trimmed());
    if (!bsn)
        return bsn.error();
    return QStringLiteral("bsn:") + bsn.value().toString();
}

} // namespace inbeeld
