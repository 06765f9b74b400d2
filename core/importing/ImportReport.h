#pragma once

#include "core/common/Result.h"
#include "core/importing/ColumnMapping.h"
#include "core/importing/ImportIssue.h"
#include "core/importing/RowValidator.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// A row that was not imported, with its cells as they were in the file, for the export.
struct RejectedRow
{
    qint64 line = 0;
    QStringList cells;
    QStringList messages;
};

/// A column that no field was mapped to: its values were not imported.
struct NotImportedColumn
{
    Q_DECLARE_TR_FUNCTIONS(NotImportedColumn)

public:
    int column = -1;
    QString header;

    QString message() const;
};

/// Everything an import found out, for the wizard's report page, the command line and the
/// rejected-rows export: counts, every problem per line, the columns left out or not imported.
/// Kept in the store with the snapshot (load()), except for dry runs and imports that stored
/// nothing.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    qint64 snapshotId = 0; // 0: nothing was stored (dry run, or no valid rows)
    bool dryRun = false;
    QString fileName;
    QByteArray fileHash; // SHA-256
    SnapshotSide side = SnapshotSide::Ours;
    QString sourceName;
    QDate peildatum;
    QString format; // "CSV" or "XLSX"
    QString encoding; // CSV: "UTF-8", "Windows-1252", ...
    QString delimiter; // CSV: ";", ",", "tab"
    QString sheetName; // XLSX
    qint64 headerLine = 0;
    ColumnMapping mapping;
    QString profileName; // the profile the mapping came from, if any

    qint64 rowsRead = 0; // = accepted + rejected + duplicates
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 warnings = 0; // warnings on rows (a row can have several)
    qint64 duplicates = 0;

    /// Row issues and rejected rows kept here in full (for the screen and --json); the store
    /// keeps all of them, and ImportOptions::rejectedCsv receives every rejected row as it comes.
    static constexpr qsizetype KeptInFull = 1000;

    QList<ImportIssue> issues; // per row, in file order; the first KeptInFull
    qint64 issuesLeftOut = 0; // row issues beyond those in issues
    qint64 rejectedRowsLeftOut = 0; // rejected rows beyond those in rejectedRows
    QList<ImportIssue> fileIssues; // about the whole file (line 0): columns left out, not imported, ...
    QList<LeftOutColumn> leftOut;
    QList<NotImportedColumn> notImported;
    QList<RejectedRow> rejectedRows;
    QList<SnapshotInfo> sameFileBefore; // earlier snapshots made from a file with the same hash

    bool stored() const { return snapshotId > 0; }
    /// Row issues with errors first, then by line (the order for a report screen).
    QList<ImportIssue> sortedIssues() const;
    QList<ImportIssue> errors() const;
    QList<ImportIssue> rowWarnings() const;
    /// A few translated lines: what was imported, rejected, warned and left out.
    QString summary() const;

    /// Writes the rejected rows to a CSV file Excel opens directly (UTF-8 with BOM, semicolons,
    /// CRLF): the original columns, then the line number and the problems, so the rows can be
    /// fixed at the source. Written completely or not at all.
    Result<void> exportRejectedCsv(const QString& path) const;
    /// The same for every rejected row of a stored import, read from the store one row at a time.
    static Result<qint64> exportRejectedCsv(Store& store, qint64 snapshotId, const QString& path);

    /// The report of a stored import.
    static Result<ImportReport> load(Store& store, qint64 snapshotId);
};

} // namespace inbeeld
