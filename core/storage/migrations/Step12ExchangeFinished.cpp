#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Exchange, finished. Each party's werkgebied as edited here (the profile's defaults until
// then) and the school list (school -> partnership); a partner's contact and its removal (no
// more packages either way, history kept); how each package left (file, mail with the
// server's message id); the organisation's mail server (the password is in the keychain).
QStringList exchangeFinished()
{
    return {
        QStringLiteral("CREATE TABLE area_parties ("
                       " party_id TEXT PRIMARY KEY NOT NULL,"
                       " sector TEXT NOT NULL CHECK (sector IN ('po', 'vo', 'both')),"
                       " municipalities TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE area_schools ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " brin TEXT NOT NULL,"
                       " party_id TEXT NOT NULL,"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN contact_mail TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE partners ADD COLUMN removed_at TEXT"),
        QStringLiteral("CREATE TABLE package_dispatch ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id TEXT NOT NULL,"
                       " how TEXT NOT NULL CHECK (how IN ('file', 'mail')),"
                       " at TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX package_dispatch_package ON package_dispatch(package_id)"),
        QStringLiteral("CREATE TABLE mail_settings ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " server TEXT NOT NULL,"
                       " port INTEGER NOT NULL,"
                       " security TEXT NOT NULL CHECK (security IN ('starttls', 'tls')),"
                       " username TEXT NOT NULL,"
                       " sender TEXT NOT NULL,"
                       " ca_file TEXT NOT NULL DEFAULT '')"),
    };
}

} // namespace inbeeld::migrations
