#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/importing/ColumnMapping.h"
#include "core/importing/EncodedRecords.h"
#include "core/importing/ImportIssue.h"
#include "core/importing/ImportReport.h"
#include "core/storage/BulkInsert.h"
#include "core/storage/Snapshots.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace inbeeld {

/// Writes one snapshot into the store: the snapshot row, its columns, records, issues and
/// rejected rows, with statements prepared once. It does not open or close transactions: the
/// importer wraps the whole import in one, so that everything is stored or nothing.
///
/// Records, the hot path of a million-row import, are bound straight to SQLCipher as UTF-8
/// (BulkInsert) instead of through QVariant and UTF-16, RecordBatch rows per statement.
class SnapshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)

public:
    explicit SnapshotWriter(QSqlDatabase db);
    SnapshotWriter(const SnapshotWriter&) = delete;
    SnapshotWriter& operator=(const SnapshotWriter&) = delete;

    /// Inserts the snapshot row (counts 0) and the column mapping; the id is set on success.
    Result<qint64> begin(const SnapshotInfo& snapshot, const ColumnMapping& mapping);
    /// Records are written RecordBatch at a time; finish() writes the rest. A database error may
    /// therefore be reported by a later addRecord() or by finish().
    Result<void> addRecord(const CaseRecord& record);
    /// Writes records encoded elsewhere (an import encodes them on its validating thread), after
    /// any added one by one. Errors are reported here.
    Result<void> addRecords(const EncodedRecords& records);
    Result<void> addIssue(const ImportIssue& issue);
    Result<void> addRejectedRow(const RejectedRow& row);
    /// Writes the records not written yet, the final counts and the file hash.
    Result<void> finish(const SnapshotInfo& snapshot);

    /// When at least minRecords records were added since the last call that wrote, writes the
    /// changed pages of the page cache to the (encrypted) store file, within the transaction:
    /// a rollback still undoes them. For the time an import waits for its next batch, so that
    /// the commit at the end has less left to encrypt and write. True when it wrote; false also
    /// when another connection is reading the store (the pages then wait), an error otherwise.
    Result<bool> writeChangedPages(qsizetype minRecords);

    qint64 snapshotId() const { return m_snapshotId; }

    static constexpr int RecordBatch = 32;
    static constexpr int RecordColumns = 20;
    static constexpr int RecordParameters = RecordColumns - 1; // all but the snapshot id

private:
    static void bindRecord(BulkInsert& statement, int firstParameter, const EncodedRecords& records, qsizetype record);
    Result<void> step(BulkInsert& statement);
    Result<void> flushRecords();
    Error failure(const QSqlQuery& q) const;
    Error failure(const QString& details) const;

    QSqlDatabase m_db;
    qint64 m_snapshotId = 0;
    BulkInsert m_record; // one row
    BulkInsert m_recordBatch; // RecordBatch rows
    EncodedRecords m_pending; // added by addRecord(), not written yet
    qsizetype m_recordsSinceWrite = 0; // added since writeChangedPages() last wrote
    QSqlQuery m_issue;
    QSqlQuery m_rejected;
};

} // namespace inbeeld
