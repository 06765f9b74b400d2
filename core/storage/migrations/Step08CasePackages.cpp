#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// A snapshot is a whole list or a case (one child from a partner's case package): only
// lists are compared, diffed and sent as the newest list.
QStringList casePackages()
{
    return {
        QStringLiteral("ALTER TABLE snapshots ADD COLUMN scope TEXT NOT NULL DEFAULT 'list' "
                       "CHECK (scope IN ('list', 'case'))"),
    };
}

} // namespace inbeeld::migrations
