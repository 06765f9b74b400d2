#include "core/lifecycle/ChildFlags.h"

#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

ChildFlags::ChildFlags(Store& store)
    : m_store(store)
{
}

QString ChildFlags::kindCode(ChildFlag::Kind kind)
{
    return kind == ChildFlag::Kind::Hold ? QStringLiteral("hold") : QStringLiteral("restriction");
}

Result<void> ChildFlags::set(const QString& childKey, ChildFlag::Kind kind, const QString& reason, const QDateTime& now)
{
    if (childKey.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The child cannot be identified."));
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO child_flags (child_key, flag, reason, since, set_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(childKey);
    q.addBindValue(kindCode(kind));
    q.addBindValue(reason.trimmed());
    q.addBindValue(now.toUTC().toString(Qt::ISODate));
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The change could not be stored: %1").arg(q.lastError().text()));
    const qint64 number = q.lastInsertId().toLongLong();
    q.finish();
    auto audited = m_store.audit().append(kind == ChildFlag::Kind::Hold ? QStringLiteral("case.hold")
                                                                        : QStringLiteral("subject.restricted"),
                                          QStringLiteral("flag=%1").arg(number));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<void> ChildFlags::lift(const QString& childKey, ChildFlag::Kind kind)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid FROM child_flags WHERE child_key = ? AND flag = ?"));
    q.addBindValue(childKey);
    q.addBindValue(kindCode(kind));
    if (!q.exec() || !q.next()) {
        return makeError(Error::Code::InvalidInput,
                         kind == ChildFlag::Kind::Hold ? tr("This child has no legal hold.")
                                                       : tr("Processing of this child's data is not restricted."));
    }
    const qint64 number = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM child_flags WHERE child_key = ? AND flag = ?"));
    q.addBindValue(childKey);
    q.addBindValue(kindCode(kind));
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The change could not be stored: %1").arg(q.lastError().text()));
    q.finish();
    auto audited = m_store.audit().append(kind == ChildFlag::Kind::Hold ? QStringLiteral("case.released")
                                                                        : QStringLiteral("subject.restriction_lifted"),
                                          QStringLiteral("flag=%1").arg(number));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<std::optional<ChildFlag>> ChildFlags::get(const QString& childKey, ChildFlag::Kind kind) const
{
    auto flags = all(kind);
    if (!flags)
        return flags.error();
    for (const ChildFlag& f : std::as_const(flags.value())) {
        if (f.childKey == childKey)
            return std::optional<ChildFlag>(f);
    }
    return std::optional<ChildFlag>();
}

Result<QList<ChildFlag>> ChildFlags::all(ChildFlag::Kind kind) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT child_key, reason, since, set_by FROM child_flags WHERE flag = ? ORDER BY since"));
    q.addBindValue(kindCode(kind));
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The flags could not be read: %1").arg(q.lastError().text()));
    QList<ChildFlag> result;
    while (q.next()) {
        result.append({q.value(0).toString(), kind, q.value(1).toString(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    }
    return result;
}

} // namespace inbeeld
