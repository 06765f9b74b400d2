#include "core/storage/Snapshots.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <sqlite3.h>

namespace inbeeld {

namespace {

const QString SnapshotColumns = QStringLiteral(
    "id, side, origin, source_name, peildatum, file_name, file_hash, imported_at, imported_by, rows_read, accepted, "
    "rejected, warnings, duplicates, scope");

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
    s.isCase = q.value(14).toString() == u"case";
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

} // namespace

Result<QList<SnapshotInfo>> Snapshots::list(Store& store)
{
    QSqlDatabase db = store.database();
    return query(db, QStringLiteral("ORDER BY id"), {});
}

Result<SnapshotInfo> Snapshots::get(Store& store, qint64 id)
{
    QSqlDatabase db = store.database();
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

Result<std::optional<SnapshotInfo>> Snapshots::previous(Store& store, const SnapshotInfo& snapshot)
{
    QSqlDatabase db = store.database();
    // A case package follows the previous case package of that partner, a list the previous list.
    auto found = query(
        db, QStringLiteral("WHERE side = ? AND source_name = ? AND id < ? AND scope = ? ORDER BY id DESC LIMIT 1"),
        {SnapshotSides::code(snapshot.side), snapshot.sourceName, snapshot.id,
         snapshot.isList() ? QStringLiteral("list") : QStringLiteral("case")});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(found.value().first());
}

Result<std::optional<SnapshotInfo>> Snapshots::latest(Store& store, SnapshotSide side, const QString& sourceName)
{
    QSqlDatabase db = store.database();
    auto found
        = query(db, QStringLiteral("WHERE side = ? AND source_name = ? AND scope = 'list' ORDER BY id DESC LIMIT 1"),
                {SnapshotSides::code(side), sourceName});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(found.value().first());
}

Result<QList<SnapshotInfo>> Snapshots::withFileHash(Store& store, const QByteArray& hash)
{
    QSqlDatabase db = store.database();
    return query(db, QStringLiteral("WHERE file_hash = ? ORDER BY id"), {hash});
}

Result<QList<CaseRecord>> Snapshots::records(Store& store, qint64 snapshotId)
{
    QSqlDatabase db = store.database();
    // The hot path of every comparison (a million records per list): read straight from
    // SQLCipher as UTF-8, without a QVariant per value, as SnapshotWriter writes.
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    sqlite3* connection = driver ? driver->connection() : nullptr;
    const auto failed = [&] {
        return makeError(Error::Code::Database,
                         tr("The lists in the store could not be read: %1")
                             .arg(connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                             : QStringLiteral("no SQLCipher connection")));
    };
    if (!connection)
        return failed();
    // Reserve: growing a list of a million records would copy them each time.
    qsizetype expected = 0;
    {
        sqlite3_stmt* counting = nullptr;
        if (sqlite3_prepare_v2(connection, "SELECT count(*) FROM records WHERE snapshot_id = ?", -1, &counting, nullptr)
            != SQLITE_OK)
            return failed();
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(counting, &sqlite3_finalize);
        sqlite3_bind_int64(counting, 1, snapshotId);
        if (sqlite3_step(counting) == SQLITE_ROW)
            expected = qsizetype(sqlite3_column_int64(counting, 0));
    }
    sqlite3_stmt* raw = nullptr;
    const char* sql
        = "SELECT id, line, category, bsn, onderwijsnummer, first_names, prefix, surname, name_key, birth_date, "
          "street, house_number, postcode, place, last_school, absence_start, absence_reason, exemption_date, "
          "exemption_duration, involvement FROM records WHERE snapshot_id = ? ORDER BY line, id";
    if (sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr) != SQLITE_OK)
        return failed();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, &sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, snapshotId);

    const auto text = [raw](int column) {
        const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(raw, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(raw, column)) : QString();
    };
    const auto date = [raw](int column) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(raw, column));
        if (!t || sqlite3_column_bytes(raw, column) != 10 || t[4] != '-' || t[7] != '-')
            return QDate();
        const auto number = [t](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i)
                value = value * 10 + (t[i] - '0');
            return value;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    };
    // A list has a handful of categories: share one string per category instead of one per row.
    QList<std::pair<QByteArray, QString>> categories;
    const auto category = [&](int column) {
        const QByteArrayView utf8(reinterpret_cast<const char*>(sqlite3_column_text(raw, column)),
                                  sqlite3_column_bytes(raw, column));
        for (const auto& known : std::as_const(categories)) {
            if (known.first == utf8)
                return known.second;
        }
        categories.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return categories.constLast().second;
    };

    QList<CaseRecord> records;
    records.reserve(expected);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        CaseRecord& r = records.emplace_back();
        r.id = sqlite3_column_int64(raw, 0);
        r.line = sqlite3_column_int64(raw, 1);
        r.category = category(2);
        r.bsn = text(3);
        r.onderwijsnummer = text(4);
        r.firstNames = text(5);
        r.prefix = text(6);
        r.surname = text(7);
        r.nameKey = text(8);
        r.birthDate = date(9);
        r.street = text(10);
        r.houseNumber = text(11);
        r.postcode = text(12);
        r.place = text(13);
        r.lastSchool = text(14);
        r.absenceStart = date(15);
        r.absenceReason = text(16);
        r.exemptionDate = date(17);
        r.exemptionDuration = text(18);
        r.involvement = text(19);
    }
    if (step != SQLITE_DONE)
        return failed();
    return records;
}

} // namespace inbeeld
