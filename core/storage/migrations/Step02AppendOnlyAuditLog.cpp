#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// The audit log becomes append-only at the SQL level; failed unlocks get their own
// record of the time the program learned of them.
QStringList appendOnlyAuditLog()
{
    return {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
        QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action)"),
    };
}

} // namespace inbeeld::migrations
