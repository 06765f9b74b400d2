#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// The organisation's identity for signed, encrypted exchange. identity_keys holds the
// Ed25519 signing and X25519 encryption key pairs (secret keys only here, inside the
// encrypted store); retired keys stay to open older packages, and a rotated pair keeps the
// statement signed by its predecessor. partners holds the pinned keys of partner
// organisations with who confirmed the fingerprint and how; replaced rows stay as history.
QStringList exchangeIdentity()
{
    return {
        QStringLiteral("CREATE TABLE identity_keys ("
                       " id INTEGER PRIMARY KEY,"
                       " signing_public BLOB NOT NULL UNIQUE,"
                       " signing_secret BLOB NOT NULL,"
                       " encryption_public BLOB NOT NULL UNIQUE,"
                       " encryption_secret BLOB NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " retired_at TEXT,"
                       " rotation_previous BLOB,"
                       " rotation_signature BLOB)"),
        QStringLiteral("CREATE UNIQUE INDEX identity_keys_one_current ON identity_keys((retired_at IS NULL)) "
                       "WHERE retired_at IS NULL"),
        QStringLiteral("CREATE TABLE partners ("
                       " id INTEGER PRIMARY KEY,"
                       " organisation TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " agreement_id TEXT NOT NULL,"
                       " signing_public BLOB NOT NULL,"
                       " encryption_public BLOB NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " card_created_at TEXT NOT NULL,"
                       " confirmed_by TEXT NOT NULL,"
                       " confirmed_how TEXT NOT NULL CHECK (confirmed_how IN ('phone', 'in-person', 'not-stated')),"
                       " via_rotation INTEGER NOT NULL DEFAULT 0,"
                       " pinned_at TEXT NOT NULL,"
                       " pinned_by TEXT NOT NULL,"
                       " replaced_at TEXT,"
                       " replaced_by INTEGER REFERENCES partners(id))"),
        QStringLiteral("CREATE UNIQUE INDEX partners_current_signing ON partners(signing_public) "
                       "WHERE replaced_at IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX partners_current_encryption ON partners(encryption_public) "
                       "WHERE replaced_at IS NULL"),
    };
}

} // namespace inbeeld::migrations
