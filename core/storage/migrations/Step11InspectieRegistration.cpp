#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// The Inspectie's quarterly registration (core/reporting/InspectieRegistration). No
// personal data and no reference to records or snapshots, so it survives retention purges:
// a pseudonymous id (keyed hash of the child with a secret per school year), category,
// dates, end reason, source; per built quarter the rows with their subgroup on the
// peildatum. Purged a school year at a time after its own retention.
QStringList inspectieRegistration()
{
    return {
        QStringLiteral("CREATE TABLE inspectie_years ("
                       " school_year INTEGER PRIMARY KEY,"
                       " secret BLOB NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE inspectie_rows ("
                       " id INTEGER PRIMARY KEY,"
                       " school_year INTEGER NOT NULL REFERENCES inspectie_years(school_year) ON DELETE CASCADE,"
                       " pseudo_id TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " start_date TEXT,"
                       " end_date TEXT,"
                       " end_reason TEXT,"
                       " source TEXT NOT NULL CHECK (source IN ('ours', 'partner')),"
                       " first_quarter TEXT NOT NULL,"
                       " last_quarter TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (school_year, pseudo_id))"),
        QStringLiteral("CREATE TABLE inspectie_quarters ("
                       " quarter TEXT PRIMARY KEY,"
                       " school_year INTEGER NOT NULL REFERENCES inspectie_years(school_year) ON DELETE CASCADE,"
                       " peildatum TEXT NOT NULL,"
                       " built_at TEXT NOT NULL,"
                       " lists INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE inspectie_quarter_rows ("
                       " quarter TEXT NOT NULL REFERENCES inspectie_quarters(quarter) ON DELETE CASCADE,"
                       " pseudo_id TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " subgroup TEXT NOT NULL,"
                       " start_date TEXT,"
                       " end_date TEXT,"
                       " end_reason TEXT,"
                       " source TEXT NOT NULL,"
                       " PRIMARY KEY (quarter, pseudo_id))"),
        QStringLiteral("CREATE TABLE inspectie_settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
    };
}

} // namespace inbeeld::migrations
