#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Lifecycle (core/lifecycle): closing a child's case, legal holds and restrictions, the
// organisation's retention periods, rectifications of our own records, the register of
// data-subject requests and erasure/objection decisions. Sent packages now record which list
// they carried (snapshot_id, backfilled from the audit log), for a case package which child,
// and the fields per category, so an access export can name every package that held a child.
QStringList lifecycle()
{
    return {
        QStringLiteral("CREATE TABLE case_closures ("
                       " child_key TEXT PRIMARY KEY NOT NULL,"
                       " reason TEXT NOT NULL CHECK (reason IN ('back_in_school', 'startkwalificatie', "
                       "'moved_out', 'deceased')),"
                       " closed_on TEXT NOT NULL,"
                       " note TEXT,"
                       " closed_at TEXT NOT NULL,"
                       " closed_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE child_flags ("
                       " child_key TEXT NOT NULL,"
                       " flag TEXT NOT NULL CHECK (flag IN ('hold', 'restriction')),"
                       " reason TEXT NOT NULL,"
                       " since TEXT NOT NULL,"
                       " set_by TEXT NOT NULL,"
                       " PRIMARY KEY (child_key, flag))"),
        QStringLiteral("CREATE TABLE retention_rules ("
                       " rule TEXT PRIMARY KEY NOT NULL,"
                       " months INTEGER NOT NULL CHECK (months >= 0),"
                       " reason TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE rectifications ("
                       " id INTEGER PRIMARY KEY,"
                       " child_key TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " reason TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX rectifications_child ON rectifications(child_key)"),
        QStringLiteral("CREATE TABLE subject_requests ("
                       " id INTEGER PRIMARY KEY,"
                       " type TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'completion', 'erasure', "
                       "'restriction', 'objection')),"
                       " child_key TEXT,"
                       " received_on TEXT NOT NULL,"
                       " requester TEXT NOT NULL CHECK (requester IN ('young_person', 'parent', 'guardian')),"
                       " identity_check TEXT NOT NULL,"
                       " verified_by TEXT NOT NULL,"
                       " deadline TEXT NOT NULL,"
                       " extension_reason TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'done', 'refused')),"
                       " outcome TEXT,"
                       " registered_at TEXT NOT NULL,"
                       " registered_by TEXT NOT NULL,"
                       " closed_at TEXT)"),
        QStringLiteral("CREATE TABLE subject_decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('erasure', 'objection')),"
                       " child_key TEXT,"
                       " granted INTEGER NOT NULL,"
                       " reasoning TEXT NOT NULL,"
                       " decided_at TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE package_ledger ADD COLUMN child_key TEXT"),
        QStringLiteral("ALTER TABLE package_ledger ADD COLUMN fields TEXT"),
        QStringLiteral("UPDATE package_ledger SET snapshot_id = (SELECT CAST(substr(a.detail, "
                       "instr(a.detail, ' snapshot=') + 10) AS INTEGER) FROM audit_log a WHERE a.action = "
                       "'package.sent' AND a.detail LIKE 'package=' || package_ledger.package_id || ' %') "
                       "WHERE direction = 'sent' AND (snapshot_id IS NULL OR snapshot_id = 0)"),
    };
}

} // namespace inbeeld::migrations
