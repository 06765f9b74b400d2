#pragma once

#include "core/importing/ColumnMapping.h"
#include "core/storage/Snapshots.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace inbeeld {

/// What the user chose for one import (wizard or command line).
struct ImportOptions
{
    SnapshotSide side = SnapshotSide::Ours;
    /// Who delivered the list; snapshots of the same side and source are compared with each other.
    /// Empty: the organisation's own name for "ours"; required for "theirs".
    QString sourceName;
    /// The list's reference date. Null: a "Peildatum" in the title rows above the header, else today.
    QDate peildatum;
    /// XLSX: the sheet to read (default the first).
    QString sheetName;
    /// A category code (or a spelling CategoryRecognizer knows) for every row of a list that has
    /// one category and no category column. Empty: each row's category column.
    QString fixedCategory;
    /// The mapping to use, as the user set it in the wizard. Wins over profiles and recognition.
    std::optional<ColumnMapping> mapping;
    /// Use the saved profile with this name. Empty: a profile saved for the same header set, if
    /// any, else header recognition.
    QString profileName;
    /// When set, a completed import saves its mapping as a profile under this name (in the same
    /// transaction), so the next list with these columns is mapped the same way.
    QString saveProfileAs;
    /// Check everything, store nothing (no snapshot, no audit entry).
    bool dryRun = false;
    /// When set, every rejected row is written to this CSV file as it is read (RejectedRowsCsv),
    /// also those beyond the ImportReport::KeptInFull the report keeps; also for dry runs.
    QString rejectedCsv;
    /// Rows in a preview.
    int previewRows = 20;
    /// The progress callback is called after this many rows (and at the end).
    int progressInterval = 500;
    /// "Today" for future-date warnings. Null: the current date. Tests set it.
    QDate today;
};

/// Called during Importer::run: rows done, bytes read so far and the total (0 when unknown).
/// Returning false cancels the import; nothing is stored.
using ImportProgress = std::function<bool(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal)>;

/// The stages of Importer::run a progress display can show.
enum class ImportPhase {
    /// Reading, checking and storing rows inside the open transaction (ImportProgress reports).
    Reading,
    /// All rows are read; the snapshot is completed and the transaction committed. For a big
    /// list this takes a moment (the encrypted pages are written and synced) and can no longer
    /// be cancelled. Not reported for dry runs or when nothing is stored.
    Committing,
};

/// Called during Importer::run when the import enters a phase, with the rows read so far.
using ImportPhaseChanged = std::function<void(ImportPhase phase, qint64 rowsDone)>;

} // namespace inbeeld
