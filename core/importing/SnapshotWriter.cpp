#include "core/importing/SnapshotWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace inbeeld {

SnapshotWriter::SnapshotWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_record(m_db)
    , m_recordBatch(m_db)
    , m_issue(m_db)
    , m_rejected(m_db)
{
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

    // The snapshot id is written into the statements, so that it is not bound for every row.
    const QByteArray values
        = "(" + QByteArray::number(m_snapshotId) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QByteArray insertRecord
        = "INSERT INTO records (snapshot_id, line, category, bsn, onderwijsnummer, first_names, prefix, surname, "
          "name_key, birth_date, street, house_number, postcode, place, last_school, absence_start, absence_reason, "
          "exemption_date, exemption_duration, involvement) VALUES "
        + values;
    m_pending.clear();
    if (!m_record.prepare(insertRecord))
        return failure(m_record.error());
    // The same for RecordBatch rows at once: one statement run per batch instead of per row.
    QByteArray batch = insertRecord;
    for (int i = 1; i < RecordBatch; ++i)
        batch += ", " + values;
    if (!m_recordBatch.prepare(batch))
        return failure(m_recordBatch.error());
    m_issue.prepare(QStringLiteral("INSERT INTO import_issues (snapshot_id, line, column_name, value, severity, code, "
                                   "message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_rejected.prepare(QStringLiteral("INSERT INTO rejected_rows (snapshot_id, line, cells) VALUES (?, ?, ?)"));
    return m_snapshotId;
}

void SnapshotWriter::bindRecord(BulkInsert& statement, int first, const EncodedRecords& records, qsizetype record)
{
    // The caller cleared the bindings: NULL (not in the list, or not kept) needs no call.
    static_assert(EncodedRecords::FieldCount + 1 == RecordParameters);
    statement.bindInt64(first, records.line(record));
    for (int i = 0; i < EncodedRecords::FieldCount; ++i) {
        const QByteArrayView utf8 = records.field(record, i);
        if (utf8.data())
            statement.bindText(first + 1 + i, utf8);
    }
}

Result<void> SnapshotWriter::step(BulkInsert& statement)
{
    if (!statement.step())
        return failure(statement.error());
    return {};
}

Result<void> SnapshotWriter::addRecord(const CaseRecord& r)
{
    if (!m_record.isPrepared() || !m_recordBatch.isPrepared())
        return failure(QStringLiteral("no snapshot started"));
    m_pending.append(r);
    if (m_pending.size() < RecordBatch)
        return {};
    m_recordBatch.clearBindings();
    for (int i = 0; i < RecordBatch; ++i)
        bindRecord(m_recordBatch, 1 + i * RecordParameters, m_pending, i);
    auto done = step(m_recordBatch);
    m_pending.clear();
    return done;
}

Result<bool> SnapshotWriter::writeChangedPages(qsizetype minRecords)
{
    if (!m_record.isOpen() || m_recordsSinceWrite < minRecords)
        return false;
    m_recordsSinceWrite = 0;
    switch (m_record.writeChangedPages()) {
    case BulkInsert::PagesWritten::Written:
        return true;
    case BulkInsert::PagesWritten::Busy:
        return false; // another connection is reading the store: the pages wait (for the commit at the latest)
    case BulkInsert::PagesWritten::Failed:
        break;
    }
    return failure(m_record.error());
}

Result<void> SnapshotWriter::addRecords(const EncodedRecords& records)
{
    if (!m_record.isPrepared() || !m_recordBatch.isPrepared())
        return failure(QStringLiteral("no snapshot started"));
    m_recordsSinceWrite += records.size();
    if (auto flushed = flushRecords(); !flushed)
        return flushed;
    qsizetype i = 0;
    for (; i + RecordBatch <= records.size(); i += RecordBatch) {
        m_recordBatch.clearBindings();
        for (int k = 0; k < RecordBatch; ++k)
            bindRecord(m_recordBatch, 1 + k * RecordParameters, records, i + k);
        if (auto done = step(m_recordBatch); !done)
            return done;
    }
    for (; i < records.size(); ++i) {
        m_record.clearBindings();
        bindRecord(m_record, 1, records, i);
        if (auto done = step(m_record); !done)
            return done;
    }
    return {};
}

Result<void> SnapshotWriter::flushRecords()
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        m_record.clearBindings();
        bindRecord(m_record, 1, m_pending, i);
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
