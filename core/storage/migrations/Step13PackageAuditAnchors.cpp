#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Audit anchors in the package history: ours as it was when we sent a package, the partner's from
// each package we opened (AuditAnchor), so each side holds the other's.
QStringList packageAuditAnchors()
{
    return {
        QStringLiteral("ALTER TABLE package_ledger ADD COLUMN audit_anchor TEXT"),
    };
}

} // namespace inbeeld::migrations
