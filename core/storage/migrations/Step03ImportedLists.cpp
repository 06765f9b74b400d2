#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Imported lists. A snapshot is one list of one side at a peildatum; its records are the
// accepted rows after data minimisation; import_issues and rejected_rows keep the report
// (rejected rows with their original cells, so they can be exported to fix at the source);
// mapping_profiles remember how a source's columns map onto fields.
QStringList importedLists()
{
    return {
        QStringLiteral("CREATE TABLE snapshots ("
                       " id INTEGER PRIMARY KEY,"
                       " side TEXT NOT NULL CHECK (side IN ('ours', 'theirs')),"
                       " origin TEXT NOT NULL CHECK (origin IN ('import', 'package')),"
                       " source_name TEXT NOT NULL,"
                       " peildatum TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " file_hash BLOB,"
                       " imported_at TEXT NOT NULL,"
                       " imported_by TEXT NOT NULL,"
                       " rows_read INTEGER NOT NULL DEFAULT 0,"
                       " accepted INTEGER NOT NULL DEFAULT 0,"
                       " rejected INTEGER NOT NULL DEFAULT 0,"
                       " warnings INTEGER NOT NULL DEFAULT 0,"
                       " duplicates INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX snapshots_source ON snapshots(side, source_name, id)"),
        QStringLiteral("CREATE TABLE records ("
                       " id INTEGER PRIMARY KEY,"
                       " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                       " line INTEGER NOT NULL,"
                       " category TEXT NOT NULL,"
                       " bsn TEXT,"
                       " onderwijsnummer TEXT,"
                       " first_names TEXT,"
                       " prefix TEXT,"
                       " surname TEXT,"
                       " name_key TEXT,"
                       " birth_date TEXT,"
                       " street TEXT,"
                       " house_number TEXT,"
                       " postcode TEXT,"
                       " place TEXT,"
                       " last_school TEXT,"
                       " absence_start TEXT,"
                       " absence_reason TEXT,"
                       " exemption_date TEXT,"
                       " exemption_duration TEXT,"
                       " involvement TEXT)"),
        QStringLiteral("CREATE INDEX records_snapshot_bsn ON records(snapshot_id, bsn)"),
        QStringLiteral("CREATE INDEX records_snapshot_category ON records(snapshot_id, category)"),
        QStringLiteral("CREATE TABLE import_issues ("
                       " id INTEGER PRIMARY KEY,"
                       " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                       " line INTEGER,"
                       " column_name TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),"
                       " code TEXT NOT NULL,"
                       " message TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX import_issues_snapshot ON import_issues(snapshot_id, line)"),
        QStringLiteral("CREATE TABLE rejected_rows ("
                       " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                       " line INTEGER NOT NULL,"
                       " cells TEXT NOT NULL,"
                       " PRIMARY KEY (snapshot_id, line))"),
        QStringLiteral("CREATE TABLE snapshot_columns ("
                       " snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " header TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " PRIMARY KEY (snapshot_id, position))"),
        QStringLiteral("CREATE TABLE mapping_profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " header_signature TEXT NOT NULL UNIQUE,"
                       " headers TEXT NOT NULL,"
                       " mapping TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX mapping_profiles_name ON mapping_profiles(name)"),
    };
}

} // namespace inbeeld::migrations
