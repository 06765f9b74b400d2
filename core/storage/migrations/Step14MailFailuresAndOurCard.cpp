#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Failed mail attempts, for the dispatch history (what the user saw, no personal data), and which
// of our identity cards each partner is known to hold (after our key rotation).
QStringList mailFailuresAndOurCard()
{
    return {
        QStringLiteral("CREATE TABLE mail_failures ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " to_address TEXT NOT NULL,"
                       " failure INTEGER NOT NULL,"
                       " message TEXT NOT NULL,"
                       " by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX mail_failures_package ON mail_failures(package_id)"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN our_card TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace inbeeld::migrations
