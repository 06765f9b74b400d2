#include "core/lifecycle/SubjectRights.h"

#include "core/domain/PersonName.h"
#include "core/lifecycle/ChildFootprint.h"
#include "core/lifecycle/Retention.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

// Field id -> records column.
const QHash<QString, QString>& columns()
{
    static const QHash<QString, QString> c {
        {QStringLiteral("first_names"), QStringLiteral("first_names")},
        {QStringLiteral("prefix"), QStringLiteral("prefix")},
        {QStringLiteral("surname"), QStringLiteral("surname")},
        {QStringLiteral("birth_date"), QStringLiteral("birth_date")},
        {QStringLiteral("street"), QStringLiteral("street")},
        {QStringLiteral("house_number"), QStringLiteral("house_number")},
        {QStringLiteral("postcode"), QStringLiteral("postcode")},
        {QStringLiteral("place"), QStringLiteral("place")},
        {QStringLiteral("last_school"), QStringLiteral("last_school")},
        {QStringLiteral("absence_start"), QStringLiteral("absence_start")},
        {QStringLiteral("absence_reason"), QStringLiteral("absence_reason")},
        {QStringLiteral("involvement"), QStringLiteral("involvement")},
    };
    return c;
}

Error dbError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     SubjectRights::tr("The change could not be stored: %1").arg(q.lastError().text()));
}

} // namespace

SubjectRights::SubjectRights(Store& store)
    : m_store(store)
{
}

const QStringList& SubjectRights::rectifiableFields()
{
    static const QStringList f {
        QStringLiteral("first_names"),   QStringLiteral("prefix"),         QStringLiteral("surname"),
        QStringLiteral("birth_date"),    QStringLiteral("street"),         QStringLiteral("house_number"),
        QStringLiteral("postcode"),      QStringLiteral("place"),          QStringLiteral("last_school"),
        QStringLiteral("absence_start"), QStringLiteral("absence_reason"), QStringLiteral("involvement")};
    return f;
}

Result<Rectification> SubjectRights::rectify(const QString& childKey, const QString& field, const QString& value,
                                             const QString& reason, const QDateTime& now)
{
    if (!columns().contains(field)) {
        return makeError(Error::Code::InvalidInput,
                         tr("The field '%1' cannot be corrected here. Fields: %2.")
                             .arg(field, rectifiableFields().join(QStringLiteral(", "))));
    }
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Give the reason for the correction."));
    QString stored = value.trimmed();
    if (field == u"birth_date" || field == u"absence_start") {
        // As scripts write it (ISO) or as a Dutch user types it (d-m-yyyy).
        QDate d = QDate::fromString(stored, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(stored, QStringLiteral("d-M-yyyy"));
        if (!d.isValid())
            return makeError(Error::Code::InvalidInput, tr("Give the date as DD-MM-YYYY or YYYY-MM-DD."));
        stored = d.toString(Qt::ISODate);
    }
    QSqlDatabase db = m_store.database();
    auto fp = ChildFootprint::of(db, childKey);
    if (!fp)
        return fp.error();
    // Only our own records: a partner's record is theirs to correct.
    QList<qint64> ours;
    QString oldValue;
    {
        QSqlQuery q(db);
        for (qint64 id : std::as_const(fp.value().recordIds)) {
            q.prepare(QStringLiteral("SELECT r.%1, s.side, r.first_names, r.prefix, r.surname FROM records r JOIN "
                                     "snapshots s ON s.id = r.snapshot_id WHERE r.id = ?")
                          .arg(columns().value(field)));
            q.addBindValue(id);
            if (!q.exec())
                return dbError(q);
            if (q.next() && q.value(1).toString() == u"ours") {
                ours.append(id);
                oldValue = q.value(0).toString(); // the newest (highest id) last
            }
        }
    }
    if (ours.isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("None of our own lists holds this child, so there is nothing of ours to correct. A "
                            "partner's record is corrected by that partner: ask them."));
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    for (qint64 id : std::as_const(ours)) {
        q.prepare(QStringLiteral("UPDATE records SET %1 = ? WHERE id = ?").arg(columns().value(field)));
        q.addBindValue(stored.isEmpty() ? QVariant() : QVariant(stored));
        q.addBindValue(id);
        if (!q.exec())
            return dbError(q);
        if (field == u"first_names" || field == u"prefix" || field == u"surname") {
            // The name key follows the corrected name, so comparisons match on it.
            q.prepare(QStringLiteral("SELECT first_names, prefix, surname FROM records WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return dbError(q);
            auto name = PersonName::fromColumns(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            q.finish();
            if (name) {
                q.prepare(QStringLiteral("UPDATE records SET name_key = ? WHERE id = ?"));
                q.addBindValue(name.value().matchKey());
                q.addBindValue(id);
                if (!q.exec())
                    return dbError(q);
            }
        }
    }
    Rectification r {childKey, field, oldValue, stored, reason.trimmed(), now.toUTC(), AuditLog::currentActor()};
    q.prepare(QStringLiteral("INSERT INTO rectifications (child_key, field, old_value, new_value, reason, at, by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         QVariantList {r.childKey, r.field, r.oldValue, r.newValue, r.reason, r.at.toString(Qt::ISODate), r.by})
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    const qint64 number = q.lastInsertId().toLongLong();
    q.finish();
    if (auto a = m_store.audit().append(QStringLiteral("subject.rectified"),
                                        QStringLiteral("rectification=%1 field=%2 "
                                                       "records=%3")
                                            .arg(number)
                                            .arg(field)
                                            .arg(ours.size()));
        !a)
        return a.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return r;
}

Result<QList<Rectification>> SubjectRights::rectifications(const QString& childKey) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT child_key, field, old_value, new_value, reason, at, by FROM rectifications "
                             "WHERE child_key = ? ORDER BY id"));
    q.addBindValue(childKey);
    if (!q.exec())
        return dbError(q);
    QList<Rectification> result;
    while (q.next()) {
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate),
                       q.value(6).toString()});
    }
    return result;
}

QString SubjectRights::publicTaskExplanation()
{
    return tr("The data is processed for a task in the public interest (GDPR art. 6(1)(e): the Leerplichtwet and the "
              "Wet passend onderwijs). While the child is of compulsory school age and not in school, that processing "
              "is necessary, so the right to erasure does not apply (GDPR art. 17(3)(b)). The child's data is erased "
              "when processing ends and the retention period has passed, or earlier when it turns out to be no longer "
              "necessary or unlawfully processed, or an objection outweighs the public interest (art. 21).");
}

Result<ErasureDecision> SubjectRights::erase(const QString& childKey, const QString& reason, bool grant,
                                             const QString& kind)
{
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Give the reasoning of the decision."));
    if (kind != u"erasure" && kind != u"objection")
        return makeError(Error::Code::InvalidInput, tr("Unknown kind of decision '%1'.").arg(kind));
    ErasureDecision decision;
    decision.granted = grant;
    decision.reasoning = grant ? reason.trimmed() : reason.trimmed() + QStringLiteral("\n\n") + publicTaskExplanation();
    QSqlDatabase db = m_store.database();
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO subject_decisions (kind, child_key, granted, reasoning, decided_at, "
                                 "decided_by) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(kind);
        q.addBindValue(childKey);
        q.addBindValue(grant ? 1 : 0);
        q.addBindValue(decision.reasoning);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(AuditLog::currentActor());
        if (!q.exec())
            return dbError(q);
        const qint64 number = q.lastInsertId().toLongLong();
        q.finish();
        if (auto a = m_store.audit().append(QStringLiteral("subject.erasure_decided"),
                                            QStringLiteral("decision=%1 kind=%2 granted=%3")
                                                .arg(number)
                                                .arg(kind)
                                                .arg(grant ? QStringLiteral("yes") : QStringLiteral("no")));
            !a)
            return a.error();
        if (auto c = transaction.commit(); !c)
            return c.error();
    }
    if (grant) {
        auto removed = Retention(m_store).purgeChild(childKey, kind);
        if (!removed)
            return removed.error();
        decision.recordsRemoved = removed.value().records;
    }
    return decision;
}

} // namespace inbeeld
