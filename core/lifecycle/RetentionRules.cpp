#include "core/lifecycle/RetentionRules.h"

#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

RetentionRules::RetentionRules(Store& store)
    : m_store(store)
{
}

Result<Agreement> RetentionRules::agreement() const
{
    return AgreementCatalog::builtIn(m_store.organisation().agreementId);
}

Result<QString> RetentionRules::note() const
{
    auto a = agreement();
    if (!a)
        return a.error();
    return a.value().retentionNote();
}

Result<QList<EffectiveRetentionRule>> RetentionRules::rules() const
{
    auto a = agreement();
    if (!a)
        return a.error();
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT rule, months, reason FROM retention_rules")))
        return makeError(Error::Code::Database,
                         tr("The retention periods could not be read: %1").arg(q.lastError().text()));
    QHash<QString, std::pair<int, QString>> own;
    while (q.next())
        own.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toString()});
    QList<EffectiveRetentionRule> result;
    for (const RetentionRule& r : a.value().retentionRules()) {
        EffectiveRetentionRule e {r, r.months, false};
        if (own.contains(r.id)) {
            e.rule.months = own.value(r.id).first;
            e.rule.reason = own.value(r.id).second;
            e.changed = true;
        }
        result.append(e);
    }
    return result;
}

Result<int> RetentionRules::months(const QString& ruleId) const
{
    auto all = rules();
    if (!all)
        return all.error();
    for (const EffectiveRetentionRule& e : std::as_const(all.value())) {
        if (e.rule.id == ruleId)
            return e.rule.months;
    }
    return -1;
}

Result<void> RetentionRules::set(const QString& ruleId, int months, const QString& reason)
{
    auto current = this->months(ruleId);
    if (!current)
        return current.error();
    if (current.value() < 0)
        return makeError(Error::Code::InvalidInput, tr("The agreement has no retention rule '%1'.").arg(ruleId));
    if (months < 0 || months > 240)
        return makeError(Error::Code::InvalidInput, tr("A retention period is between 0 and 240 months."));
    if (reason.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Give the reason for this retention period."));
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO retention_rules (rule, months, reason, updated_at, updated_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(ruleId);
    q.addBindValue(months);
    q.addBindValue(reason.trimmed());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The retention period could not be stored: %1").arg(q.lastError().text()));
    q.finish();
    auto audited = m_store.audit().append(
        QStringLiteral("retention.rule_changed"),
        QStringLiteral("rule=%1 months=%2 was=%3").arg(ruleId).arg(months).arg(current.value()));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

} // namespace inbeeld
