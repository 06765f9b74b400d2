#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Store identity and organisation, the audit log.
QStringList storeAndAuditLog()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " prev_hash BLOB NOT NULL,"
                       " hash BLOB NOT NULL)"),
    };
}

} // namespace inbeeld::migrations
