#include "storage/Snapshots.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

const QString SnapshotColumns = QStringLiteral(
    "id, side, origin, source_name, peildatum, file_name, file_hash, imported_at, imported_by, rows_read, accepted, "
    "rejected, warnings, duplicates");

SnapshotInfo snapshotFrom(const QSqlQuery& q)
{
    SnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.side = SnapshotSides::fromCode(q.value(1).toString()).value_or(SnapshotSide::Ours);
    s.origin = q.value(2).toString();
    s.sourceName = q.value(3).toString();
    s.peildatum = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.fileName = q.value(5).toString();
    s.fileHash = q.value(6).toByteArray();
    s.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.importedBy = q.value(8).toString();
    s.rowsRead = q.value(9).toLongLong();
    s.accepted = q.value(10).toLongLong();
    s.rejected = q.value(11).toLongLong();
    s.warnings = q.value(12).toLongLong();
    s.duplicates = q.value(13).toLongLong();
    return s;
}

Error readError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     Snapshots::tr("The lists in the store could not be read: %1").arg(q.lastError().text()));
}

Result<QList<SnapshotInfo>> query(QSqlDatabase db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + SnapshotColumns + QStringLiteral(" FROM snapshots ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return readError(q);
    QList<SnapshotInfo> list;
    while (q.next())
        list.append(snapshotFrom(q));
    return list;
}

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

QDate date(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Result<QList<SnapshotInfo>> Snapshots::list(QSqlDatabase db)
{
    return query(db, QStringLiteral("ORDER BY id"), {});
}

Result<SnapshotInfo> Snapshots::get(QSqlDatabase db, qint64 id)
{
    auto found = query(db, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("There is no list (snapshot) with number %1 in this store. List the snapshots to see "
                            "their numbers.")
                             .arg(id));
    return found.value().first();
}

Result<std::optional<SnapshotInfo>> Snapshots::previous(QSqlDatabase db, const SnapshotInfo& snapshot)
{
    auto found = query(db, QStringLiteral("WHERE side = ? AND source_name = ? AND id < ? ORDER BY id DESC LIMIT 1"),
                       {SnapshotSides::code(snapshot.side), snapshot.sourceName, snapshot.id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(found.value().first());
}

Result<std::optional<SnapshotInfo>> Snapshots::latest(QSqlDatabase db, SnapshotSide side, const QString& sourceName)
{
    auto found = query(db, QStringLiteral("WHERE side = ? AND source_name = ? ORDER BY id DESC LIMIT 1"),
                       {SnapshotSides::code(side), sourceName});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(found.value().first());
}

Result<QList<SnapshotInfo>> Snapshots::withFileHash(QSqlDatabase db, const QByteArray& hash)
{
    return query(db, QStringLiteral("WHERE file_hash = ? ORDER BY id"), {hash});
}

Result<QList<CaseRecord>> Snapshots::records(QSqlDatabase db, qint64 snapshotId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, line, category, bsn, onderwijsnummer, first_names, prefix, surname, name_key, birth_date, street, "
        "house_number, postcode, place, last_school, absence_start, absence_reason, exemption_date, "
        "exemption_duration, involvement FROM records WHERE snapshot_id = ? ORDER BY line, id"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return readError(q);
    QList<CaseRecord> records;
    while (q.next()) {
        CaseRecord r;
        r.id = q.value(0).toLongLong();
        r.line = q.value(1).toLongLong();
        r.category = text(q.value(2));
        r.bsn = text(q.value(3));
        r.onderwijsnummer = text(q.value(4));
        r.firstNames = text(q.value(5));
        r.prefix = text(q.value(6));
        r.surname = text(q.value(7));
        r.nameKey = text(q.value(8));
        r.birthDate = date(q.value(9));
        r.street = text(q.value(10));
        r.houseNumber = text(q.value(11));
        r.postcode = text(q.value(12));
        r.place = text(q.value(13));
        r.lastSchool = text(q.value(14));
        r.absenceStart = date(q.value(15));
        r.absenceReason = text(q.value(16));
        r.exemptionDate = date(q.value(17));
        r.exemptionDuration = text(q.value(18));
        r.involvement = text(q.value(19));
        records.append(r);
    }
    return records;
}

} // namespace inbeeld
