#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Exchange packages sent and opened (core/exchange/PackageLedger): per partner the
// sequence numbers and the SHA-256 of each package file, for the previous-package hash of
// the next package and to refuse replayed or older packages. No personal data.
QStringList packages()
{
    return {
        QStringLiteral("CREATE TABLE package_ledger ("
                       " id INTEGER PRIMARY KEY,"
                       " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),"
                       " partner_fingerprint TEXT NOT NULL,"
                       " package_id TEXT NOT NULL,"
                       " sequence INTEGER NOT NULL,"
                       " package_sha256 BLOB NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " quarter TEXT NOT NULL,"
                       " records INTEGER NOT NULL,"
                       " snapshot_id INTEGER,"
                       " at TEXT NOT NULL,"
                       " UNIQUE (direction, partner_fingerprint, sequence))"),
    };
}

} // namespace inbeeld::migrations
