#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Decisions of the four-step check before sharing (core/sharing). The columns the guard
// queries are kept apart; the weighing itself is JSON in body. A decision is never edited:
// it is withdrawn (once) and a new one is taken.
QStringList sharingDecisions()
{
    return {
        QStringLiteral("CREATE TABLE share_decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('individual', 'standing')),"
                       " agreement_id TEXT NOT NULL,"
                       " agreement_version INTEGER NOT NULL,"
                       " child_key TEXT,"
                       " record_id INTEGER,"
                       " snapshot_id INTEGER,"
                       " category TEXT,"
                       " recipient TEXT,"
                       " decided_by TEXT NOT NULL,"
                       " decided_at TEXT NOT NULL,"
                       " expires_at TEXT,"
                       " outcome TEXT NOT NULL CHECK (outcome IN ('share', 'alternative')),"
                       " body TEXT NOT NULL,"
                       " withdrawn_at TEXT,"
                       " withdrawn_by TEXT,"
                       " withdraw_reason TEXT)"),
        QStringLiteral("CREATE INDEX share_decisions_child ON share_decisions(child_key, recipient)"),
        QStringLiteral("CREATE TRIGGER share_decisions_no_edit BEFORE UPDATE OF kind, agreement_id, "
                       "agreement_version, child_key, record_id, snapshot_id, category, recipient, decided_by, "
                       "decided_at, expires_at, outcome, body ON share_decisions "
                       "BEGIN SELECT RAISE(ABORT, 'share decisions are not edited'); END"),
        QStringLiteral("CREATE TRIGGER share_decisions_withdraw_once BEFORE UPDATE OF withdrawn_at ON "
                       "share_decisions WHEN OLD.withdrawn_at IS NOT NULL "
                       "BEGIN SELECT RAISE(ABORT, 'share decision already withdrawn'); END"),
    };
}

} // namespace inbeeld::migrations
