#include "core/matching/ChildNotes.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

Error readError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     ChildNotes::tr("The notes about children could not be read: %1").arg(q.lastError().text()));
}

Error writeError(const QString& why)
{
    return makeError(Error::Code::Database,
                     ChildNotes::tr("The note could not be saved: %1. Try again; the earlier note is kept.").arg(why));
}

ChildNote fromQuery(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()};
}

} // namespace

Result<QHash<QString, ChildNote>> ChildNotes::all(Store& store)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT child_key, note, updated_at, updated_by FROM child_notes")))
        return readError(q);
    QHash<QString, ChildNote> notes;
    while (q.next()) {
        ChildNote note = fromQuery(q);
        notes.insert(note.childKey, note);
    }
    return notes;
}

Result<ChildNote> ChildNotes::get(Store& store, const QString& childKey)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT child_key, note, updated_at, updated_by FROM child_notes WHERE child_key = ?"));
    q.addBindValue(childKey);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return ChildNote {childKey, {}, {}, {}};
    return fromQuery(q);
}

Result<void> ChildNotes::save(Store& store, const QString& childKey, const QString& text, const QString& auditReference)
{
    QSqlDatabase db = store.database();
    if (childKey.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("A note needs a child with a BSN, onderwijsnummer or a name with a date of birth."));
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM child_notes WHERE child_key = ?"));
        q.addBindValue(childKey);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO child_notes (child_key, note, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(childKey);
        q.addBindValue(trimmed);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(AuditLog::currentActor());
    }
    if (!q.exec())
        return writeError(q.lastError().text());
    q.finish();
    auto audited = AuditLog(db).append(QStringLiteral("compare.note_saved"),
                                       auditReference + (trimmed.isEmpty() ? QStringLiteral(" removed") : QString()));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

} // namespace inbeeld
