#include "importing/SnapshotWriter.h"

#include "storage/SqlCipherDriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <sqlite3.h>

namespace inbeeld {

namespace {

/// text as UTF-8 into out, reusing out's buffer: the same bytes as QString::toUtf8(), without a
/// new allocation per value. Text with surrogates (outside the BMP, or broken) goes the general way.
void encodeUtf8(const QString& text, QByteArray& out)
{
    const qsizetype n = text.size();
    if (out.capacity() < n * 3 || !out.isDetached())
        out = QByteArray(n * 3, Qt::Uninitialized);
    else
        out.resize(n * 3);
    char* p = out.data();
    qsizetype k = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            p[k++] = char(u);
        } else if (u < 0x800) {
            p[k++] = char(0xC0 | (u >> 6));
            p[k++] = char(0x80 | (u & 0x3F));
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            out = text.toUtf8();
            return;
        } else {
            p[k++] = char(0xE0 | (u >> 12));
            p[k++] = char(0x80 | ((u >> 6) & 0x3F));
            p[k++] = char(0x80 | (u & 0x3F));
        }
    }
    out.resize(k);
}

} // namespace

SnapshotWriter::SnapshotWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_issue(m_db)
    , m_rejected(m_db)
{
    if (auto* driver = qobject_cast<SqlCipherDriver*>(m_db.driver()))
        m_connection = driver->connection();
}

SnapshotWriter::~SnapshotWriter()
{
    sqlite3_finalize(m_record);
    sqlite3_finalize(m_recordBatch);
}

Error SnapshotWriter::failure(const QSqlQuery& q) const
{
    return makeError(Error::Code::Database,
                     tr("The list could not be stored: %1. Nothing was imported; the store is unchanged.")
                         .arg(q.lastError().text()));
}

Error SnapshotWriter::failure(const QString& details) const
{
    return makeError(
        Error::Code::Database,
        tr("The list could not be stored: %1. Nothing was imported; the store is unchanged.").arg(details));
}

Result<qint64> SnapshotWriter::begin(const SnapshotInfo& snapshot, const ColumnMapping& mapping)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO snapshots (side, origin, source_name, peildatum, file_name, file_hash, "
                             "imported_at, imported_by, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SnapshotSides::code(snapshot.side));
    q.addBindValue(snapshot.origin);
    q.addBindValue(snapshot.sourceName);
    q.addBindValue(snapshot.peildatum.toString(Qt::ISODate));
    q.addBindValue(snapshot.fileName);
    q.addBindValue(snapshot.fileHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : snapshot.fileHash);
    q.addBindValue(snapshot.importedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(snapshot.importedBy);
    q.addBindValue(snapshot.isCase ? QStringLiteral("case") : QStringLiteral("list"));
    if (!q.exec())
        return failure(q);
    m_snapshotId = q.lastInsertId().toLongLong();

    q.prepare(
        QStringLiteral("INSERT INTO snapshot_columns (snapshot_id, position, header, field) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < mapping.columnCount(); ++i) {
        q.addBindValue(m_snapshotId);
        q.addBindValue(i);
        q.addBindValue(mapping.headers().at(i));
        q.addBindValue(ImportFields::code(mapping.field(i)));
        if (!q.exec())
            return failure(q);
    }

    if (!m_connection)
        return failure(QStringLiteral("not an SQLCipher connection"));
    static const char* const insertRecord
        = "INSERT INTO records (snapshot_id, line, category, bsn, onderwijsnummer, first_names, prefix, surname, "
          "name_key, birth_date, street, house_number, postcode, place, last_school, absence_start, absence_reason, "
          "exemption_date, exemption_duration, involvement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, ?, ?, ?)";
    sqlite3_finalize(m_record);
    sqlite3_finalize(m_recordBatch);
    m_record = m_recordBatch = nullptr;
    m_pending.clear();
    if (sqlite3_prepare_v2(m_connection, insertRecord, -1, &m_record, nullptr) != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(m_connection)));
    // The same for RecordBatch rows at once: one statement run per batch instead of per row.
    QByteArray batch(insertRecord);
    const QByteArray values = batch.mid(batch.indexOf("VALUES ") + 7);
    for (int i = 1; i < RecordBatch; ++i)
        batch += ", " + values;
    if (sqlite3_prepare_v2(m_connection, batch.constData(), -1, &m_recordBatch, nullptr) != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(m_connection)));
    m_pending.reserve(RecordBatch);
    m_issue.prepare(QStringLiteral("INSERT INTO import_issues (snapshot_id, line, column_name, value, severity, code, "
                                   "message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_rejected.prepare(QStringLiteral("INSERT INTO rejected_rows (snapshot_id, line, cells) VALUES (?, ?, ?)"));
    return m_snapshotId;
}

void SnapshotWriter::bindRecord(sqlite3_stmt* statement, int first, const CaseRecord& r)
{
    sqlite3_bind_int64(statement, first, m_snapshotId);
    sqlite3_bind_int64(statement, first + 1, r.line);
    // Empty means "not in the list" or "not kept": stored as NULL.
    int index = first + 2;
    const auto bindText = [&](const QString& text) {
        QByteArray& utf8 = m_values[size_t(index)];
        if (text.isEmpty()) {
            sqlite3_bind_null(statement, index++);
            return;
        }
        encodeUtf8(text, utf8);
        sqlite3_bind_text(statement, index++, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    };
    const auto bindDate = [&](const QDate& date) {
        QByteArray& utf8 = m_values[size_t(index)];
        if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
            sqlite3_bind_null(statement, index++);
            return;
        }
        // "yyyy-MM-dd" by hand: QDate::toString goes through the calendar and a format string.
        int y = 0, m = 0, d = 0;
        date.getDate(&y, &m, &d);
        utf8.resize(10);
        char* p = utf8.data();
        p[0] = char('0' + y / 1000);
        p[1] = char('0' + y / 100 % 10);
        p[2] = char('0' + y / 10 % 10);
        p[3] = char('0' + y % 10);
        p[4] = '-';
        p[5] = char('0' + m / 10);
        p[6] = char('0' + m % 10);
        p[7] = '-';
        p[8] = char('0' + d / 10);
        p[9] = char('0' + d % 10);
        sqlite3_bind_text(statement, index++, utf8.constData(), 10, SQLITE_STATIC);
    };
    bindText(r.category);
    bindText(r.bsn);
    bindText(r.onderwijsnummer);
    bindText(r.firstNames);
    bindText(r.prefix);
    bindText(r.surname);
    bindText(r.nameKey);
    bindDate(r.birthDate);
    bindText(r.street);
    bindText(r.houseNumber);
    bindText(r.postcode);
    bindText(r.place);
    bindText(r.lastSchool);
    bindDate(r.absenceStart);
    bindText(r.absenceReason);
    bindDate(r.exemptionDate);
    bindText(r.exemptionDuration);
    bindText(r.involvement);
}

Result<void> SnapshotWriter::step(sqlite3_stmt* statement)
{
    if (sqlite3_step(statement) != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(statement);
        return failure(why);
    }
    sqlite3_reset(statement);
    return {};
}

Result<void> SnapshotWriter::addRecord(CaseRecord r)
{
    if (!m_record || !m_recordBatch)
        return failure(QStringLiteral("no snapshot started"));
    m_pending.push_back(std::move(r));
    if (int(m_pending.size()) < RecordBatch)
        return {};
    for (int i = 0; i < RecordBatch; ++i)
        bindRecord(m_recordBatch, 1 + i * RecordColumns, m_pending[size_t(i)]);
    m_pending.clear();
    return step(m_recordBatch);
}

Result<void> SnapshotWriter::flushRecords()
{
    for (const CaseRecord& r : m_pending) {
        bindRecord(m_record, 1, r);
        if (auto done = step(m_record); !done) {
            m_pending.clear();
            return done;
        }
    }
    m_pending.clear();
    return {};
}

Result<void> SnapshotWriter::addIssue(const ImportIssue& issue)
{
    m_issue.bindValue(0, m_snapshotId);
    m_issue.bindValue(1, issue.line > 0 ? QVariant(issue.line) : QVariant(QMetaType(QMetaType::LongLong)));
    m_issue.bindValue(2, issue.column);
    m_issue.bindValue(3, issue.value);
    m_issue.bindValue(4, ImportIssue::severityCode(issue.severity));
    m_issue.bindValue(5, issue.code);
    m_issue.bindValue(6, issue.message);
    if (!m_issue.exec())
        return failure(m_issue);
    return {};
}

Result<void> SnapshotWriter::addRejectedRow(const RejectedRow& row)
{
    m_rejected.bindValue(0, m_snapshotId);
    m_rejected.bindValue(1, row.line);
    m_rejected.bindValue(
        2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(row.cells)).toJson(QJsonDocument::Compact)));
    if (!m_rejected.exec())
        return failure(m_rejected);
    return {};
}

Result<void> SnapshotWriter::finish(const SnapshotInfo& s)
{
    if (auto flushed = flushRecords(); !flushed)
        return flushed;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE snapshots SET file_hash = ?, rows_read = ?, accepted = ?, rejected = ?, "
                             "warnings = ?, duplicates = ? WHERE id = ?"));
    q.addBindValue(s.fileHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : s.fileHash);
    q.addBindValue(s.rowsRead);
    q.addBindValue(s.accepted);
    q.addBindValue(s.rejected);
    q.addBindValue(s.warnings);
    q.addBindValue(s.duplicates);
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return failure(q);
    return {};
}

} // namespace inbeeld
