#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Comparing lists. A user's verdict on a probable match and notes about a child are keyed by
// the child (CaseRecord::childKey: "bsn:…", "onr:…", "name:<name key>|<birth date>"), not by
// record ids, so they carry over to the comparison of newer lists.
QStringList comparing()
{
    return {
        QStringLiteral("CREATE TABLE match_decisions ("
                       " ours_key TEXT NOT NULL,"
                       " theirs_key TEXT NOT NULL,"
                       " decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),"
                       " decided_at TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL,"
                       " PRIMARY KEY (ours_key, theirs_key))"),
        QStringLiteral("CREATE TABLE child_notes ("
                       " child_key TEXT PRIMARY KEY NOT NULL,"
                       " note TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
    };
}

} // namespace inbeeld::migrations
