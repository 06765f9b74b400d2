#include "core/lifecycle/Closures.h"

#include "core/importing/SnapshotDiff.h"
#include "core/matching/Comparison.h"
#include "core/sharing/SpecialCategoryDetector.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

Closure closureFrom(const QSqlQuery& q)
{
    Closure c;
    c.childKey = q.value(0).toString();
    c.reason = Closures::reasonFromCode(q.value(1).toString()).value_or(ClosureReason::BackInSchool);
    c.closedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.note = q.value(3).toString();
    c.closedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    c.closedBy = q.value(5).toString();
    return c;
}

const QString selectClosures
    = QStringLiteral("SELECT child_key, reason, closed_on, note, closed_at, closed_by, rowid FROM case_closures");

} // namespace

Closures::Closures(Store& store)
    : m_store(store)
{
}

QString Closures::reasonCode(ClosureReason reason)
{
    switch (reason) {
    case ClosureReason::BackInSchool:
        return QStringLiteral("back_in_school");
    case ClosureReason::Startkwalificatie:
        return QStringLiteral("startkwalificatie");
    case ClosureReason::MovedOut:
        return QStringLiteral("moved_out");
    case ClosureReason::Deceased:
        return QStringLiteral("deceased");
    }
    return {};
}

std::optional<ClosureReason> Closures::reasonFromCode(const QString& code)
{
    for (ClosureReason r : reasons()) {
        if (reasonCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString Closures::reasonName(ClosureReason reason)
{
    switch (reason) {
    case ClosureReason::BackInSchool:
        return tr("back in school");
    case ClosureReason::Startkwalificatie:
        return tr("startkwalificatie obtained");
    case ClosureReason::MovedOut:
        return tr("moved out of the region");
    case ClosureReason::Deceased:
        return tr("deceased");
    }
    return {};
}

QList<ClosureReason> Closures::reasons()
{
    return {ClosureReason::BackInSchool, ClosureReason::Startkwalificatie, ClosureReason::MovedOut,
            ClosureReason::Deceased};
}

Result<Closure> Closures::close(const QString& childKey, ClosureReason reason, const QDate& closedOn,
                                const QString& note, const QDateTime& now)
{
    if (childKey.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("The child cannot be identified, so the case cannot be closed."));
    if (!closedOn.isValid())
        return makeError(Error::Code::InvalidInput, tr("Give the date on which processing ended."));
    const QStringList words = SpecialCategoryDetector::triggeringWords(note);
    if (!words.isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("The note reads as special or criminal-law personal data (%1). Put it in general terms "
                            "or leave it out.")
                             .arg(words.join(QStringLiteral(", "))));
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Closure c {childKey, reason, closedOn, note.trimmed(), now.toUTC(), AuditLog::currentActor()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO case_closures (child_key, reason, closed_on, note, closed_at, "
                             "closed_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.childKey);
    q.addBindValue(reasonCode(reason));
    q.addBindValue(closedOn.toString(Qt::ISODate));
    q.addBindValue(c.note.isEmpty() ? QVariant() : QVariant(c.note));
    q.addBindValue(c.closedAt.toString(Qt::ISODate));
    q.addBindValue(c.closedBy);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The case could not be closed: %1").arg(q.lastError().text()));
    const qint64 caseNumber = q.lastInsertId().toLongLong();
    q.finish();
    auto audited = m_store.audit().append(QStringLiteral("case.closed"),
                                          QStringLiteral("case=%1 reason=%2 on=%3")
                                              .arg(caseNumber)
                                              .arg(reasonCode(reason))
                                              .arg(closedOn.toString(Qt::ISODate)));
    if (!audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return c;
}

Result<void> Closures::reopen(const QString& childKey)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rowid, reason FROM case_closures WHERE child_key = ?"));
    q.addBindValue(childKey);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The case could not be reopened: %1").arg(q.lastError().text()));
    if (!q.next())
        return makeError(Error::Code::InvalidInput, tr("This child's case is not closed."));
    const qint64 caseNumber = q.value(0).toLongLong();
    const QString reason = q.value(1).toString();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM case_closures WHERE child_key = ?"));
    q.addBindValue(childKey);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The case could not be reopened: %1").arg(q.lastError().text()));
    q.finish();
    auto audited = m_store.audit().append(QStringLiteral("case.reopened"),
                                          QStringLiteral("case=%1 was=%2").arg(caseNumber).arg(reason));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Result<std::optional<Closure>> Closures::get(const QString& childKey) const
{
    QSqlQuery q(m_store.database());
    q.prepare(selectClosures + QStringLiteral(" WHERE child_key = ?"));
    q.addBindValue(childKey);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The closed cases could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<Closure>();
    return std::optional<Closure>(closureFrom(q));
}

Result<QHash<QString, Closure>> Closures::all() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(selectClosures + QStringLiteral(" ORDER BY closed_on")))
        return makeError(Error::Code::Database, tr("The closed cases could not be read: %1").arg(q.lastError().text()));
    QHash<QString, Closure> result;
    while (q.next()) {
        Closure c = closureFrom(q);
        result.insert(c.childKey, c);
    }
    return result;
}

Result<QList<CaseRecord>> Closures::droppedFrom(qint64 snapshotId) const
{
    auto snapshot = Snapshots::get(m_store, snapshotId);
    if (!snapshot)
        return snapshot.error();
    if (snapshot.value().side != SnapshotSide::Ours || !snapshot.value().isList())
        return QList<CaseRecord> {};
    auto diff = SnapshotDiff::compareWithPrevious(m_store, snapshotId);
    if (!diff)
        return diff.error();
    auto closed = all();
    if (!closed)
        return closed.error();
    QList<CaseRecord> dropped;
    for (const SnapshotDiffItem& item : std::as_const(diff.value().items)) {
        if (item.kind == SnapshotDiffItem::Kind::Removed && item.before && !item.childKey.isEmpty()
            && !closed.value().contains(item.childKey))
            dropped.append(*item.before);
    }
    return dropped;
}

QString Closures::closedKey(const Comparison& comparison, const ComparisonItem& item,
                            const QHash<QString, Closure>& closures)
{
    if (closures.isEmpty())
        return {};
    const QString ours = comparison.oursKey(item);
    if (!ours.isEmpty() && closures.contains(ours))
        return ours;
    const QString theirs = comparison.theirsKey(item);
    if (!theirs.isEmpty() && closures.contains(theirs))
        return theirs;
    return {};
}

QString Closures::comparisonMark(const Comparison& comparison, const ComparisonItem& item,
                                 const QHash<QString, Closure>& closures)
{
    const QString key = closedKey(comparison, item, closures);
    if (key.isEmpty())
        return {};
    const QString closed = tr("closed: %1").arg(reasonName(closures.value(key).reason));
    if (comparison.theirs(item))
        return tr("%1; the partner still lists this child").arg(closed);
    return closed;
}

} // namespace inbeeld
