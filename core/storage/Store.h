#pragma once

#include "core/audit/AuditAnchor.h"
#include "core/audit/AuditLog.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;

namespace inbeeld {

struct OrganisationInfo
{
    QString name;
    Role role = Role::Rbl;
    QString agreementId;
    QString storeId; // UUID, set at creation
    QDateTime createdAt; // UTC
};

struct StoreCounts
{
    qint64 auditEntries = 0;
    qint64 snapshots = 0;
    qint64 records = 0;
};

/// One organisation's encrypted store: a single SQLCipher file. Opening takes an exclusive
/// lock file beside it, derives the key from the passphrase (or takes a remembered key),
/// proves it, and migrates the schema. Destroying the Store closes the connection and wipes
/// the key from memory.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int CurrentSchemaVersion = 13;

    /// Creates a new store file. Fails if the file exists.
    static Result<std::unique_ptr<Store>> create(const QString& path, const SecretBytes& passphrase,
                                                 const OrganisationInfo& organisation);
    /// Opens with a passphrase. A wrong passphrase gives Error::Code::WrongPassphrase, is recorded
    /// for the audit log at the next successful unlock, and leaves the file byte-identical.
    static Result<std::unique_ptr<Store>> open(const QString& path, const SecretBytes& passphrase);
    /// Opens with a raw 32-byte key (remembered in the OS keychain).
    static Result<std::unique_ptr<Store>> openWithKey(const QString& path, const SecretBytes& key);

    /// A step run after every successful open (after the unlock is audited), installed by a
    /// layer above storage (core/setup/StoreSetup: the organisation's keys for stores from before
    /// schema 4). Storage itself includes nothing from the modules above it.
    using OpenedStep = Result<void> (*)(Store& store);
    static void setOpenedStep(OpenedStep step);

    /// For tests only: creates a store at an older schema version.
    static Result<std::unique_ptr<Store>> createAtSchemaVersion(const QString& path, const SecretBytes& passphrase,
                                                                const OrganisationInfo& organisation, int version);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QString path() const { return m_path; }
    OrganisationInfo organisation() const { return m_organisation; }
    int schemaVersion() const;
    QString cipherVersion() const;
    QSqlDatabase database() const;
    AuditLog& audit() { return *m_audit; }
    StoreCounts counts() const;
    /// The raw 32-byte key (to remember it in the OS keychain).
    SecretBytes key() const { return m_key.clone(); }

    /// Re-encrypts the store under a new passphrase after checking the current one.
    Result<void> changePassphrase(const SecretBytes& current, const SecretBytes& replacement);
    /// Writes an encrypted copy (same passphrase) to target, atomically, and verifies it opens.
    /// Returns the audit anchor of the copy (its log ends with the backup's own entry), for the user
    /// to keep beside the backup: `audit verify --anchor` on a restored store then shows it whole.
    Result<AuditAnchor> backupTo(const QString& target);
    /// Replaces the store at storePath with a backup, after proving the passphrase opens it.
    /// The replaced store is kept beside it as "<name>.before-restore". storePath must not be open.
    static Result<void> restore(const QString& backupPath, const QString& storePath, const SecretBytes& passphrase);

    /// The salt at the start of a store file (its first 16 bytes); empty if unreadable.
    static QByteArray readSalt(const QString& path);
    /// True when the file looks like a store: exists, at least one page, no plaintext SQLite header.
    static bool looksLikeStore(const QString& path);
    /// Number of failed unlocks waiting to be written into the audit log.
    static int pendingFailedUnlocks(const QString& path);

private:
    Store() = default;
    static Result<std::unique_ptr<Store>> openInternal(const QString& path, const SecretBytes* passphrase,
                                                       const SecretBytes* rawKey);
    static Result<std::unique_ptr<Store>> createInternal(const QString& path, const SecretBytes& passphrase,
                                                         const OrganisationInfo& organisation, int version);
    Result<void> connect(int targetVersion);
    Result<void> loadOrganisation();
    void flushFailedUnlocks();

    QString m_path;
    QString m_connectionName;
    SecretBytes m_key;
    QByteArray m_salt;
    OrganisationInfo m_organisation;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace inbeeld
