#include "core/storage/Store.h"

#include "core/crypto/KeyDerivation.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreFiles.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>

namespace inbeeld {

using namespace storefiles;

namespace {

/// Installed by core/setup/StoreSetup (see Store::setOpenedStep).
std::atomic<Store::OpenedStep> openedStep {nullptr};

const QByteArray PlainSqliteHeader("SQLite format 3\0", 16);

/// The failed-unlocks file is bounded: whoever can write next to the store cannot make the next
/// unlock read or audit without end. Beyond these, one audit entry says how many more there were.
constexpr qint64 MaxFailuresFileBytes = 64 * 1024;
constexpr int MaxFailuresListed = 1000;

void recordFailedUnlock(const QString& path)
{
    // Only the time and the OS user: written into the audit log at the next successful unlock.
    QFile f(failuresPathFor(path));
    if (QFileInfo(f).size() >= MaxFailuresFileBytes) {
        // Full: one more line would not be read; the count of lines already there says enough.
        return;
    }
    if (f.open(QIODevice::Append | QIODevice::Text)) {
        f.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\t'
                + AuditLog::currentActor().toUtf8() + '\n');
    }
}

} // namespace

QByteArray Store::readSalt(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray salt = f.read(qint64(KeyDerivation::SaltSize));
    return salt.size() == int(KeyDerivation::SaltSize) ? salt : QByteArray();
}

bool Store::looksLikeStore(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = f.size();
    if (size < 1024 || size % 512 != 0)
        return false;
    return f.read(16) != PlainSqliteHeader;
}

int Store::pendingFailedUnlocks(const QString& path)
{
    QFile f(failuresPathFor(path));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    return int(f.read(MaxFailuresFileBytes).count('\n'));
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const SecretBytes& passphrase,
                                             const OrganisationInfo& organisation)
{
    return createInternal(path, passphrase, organisation, CurrentSchemaVersion);
}

Result<std::unique_ptr<Store>> Store::createAtSchemaVersion(const QString& path, const SecretBytes& passphrase,
                                                            const OrganisationInfo& organisation, int version)
{
    return createInternal(path, passphrase, organisation, version);
}

Result<std::unique_ptr<Store>> Store::createInternal(const QString& path, const SecretBytes& passphrase,
                                                     const OrganisationInfo& organisation, int version)
{
    if (organisation.name.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Enter the name of the organisation."));
    const QString absPath = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absPath)) {
        return makeError(Error::Code::StoreExists,
                         tr("There is already a file at %1. Choose another name or folder; an existing file is never "
                            "overwritten.")
                             .arg(QDir::toNativeSeparators(absPath)));
    }
    if (!QDir().mkpath(QFileInfo(absPath).absolutePath())) {
        return makeError(
            Error::Code::Io,
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(QFileInfo(absPath).absolutePath())));
    }

    auto lock = acquireLock(absPath);
    if (!lock)
        return lock.error();

    const QByteArray salt = KeyDerivation::randomSalt();
    auto key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key)
        return key.error();

    // Built under a temporary name and renamed when complete: a crash never leaves a half store.
    const QString partial = absPath + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString conn = newConnectionName();
    auto opened = openConnection(conn, partial, key.value(), salt, QStringLiteral("QSQLCIPHER_CREATE"));
    if (!opened) {
        closeConnection(conn);
        QFile::remove(partial);
        return opened.error();
    }

    const auto failAndClean = [&](const Error& error) -> Result<std::unique_ptr<Store>> {
        closeConnection(conn);
        QFile::remove(partial);
        return error;
    };

    {
        QSqlDatabase db = QSqlDatabase::database(conn, false);
        auto migrated = Migrations::migrate(db, version);
        if (!migrated)
            return failAndClean(migrated.error());

        OrganisationInfo org = organisation;
        org.name = org.name.trimmed();
        org.storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        org.createdAt = QDateTime::currentDateTimeUtc();

        Transaction transaction(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("store_format"), QStringLiteral("1")},
            {QStringLiteral("store_id"), org.storeId},
            {QStringLiteral("organisation_name"), org.name},
            {QStringLiteral("organisation_role"), RoleText::code(org.role)},
            {QStringLiteral("agreement_id"), org.agreementId},
            {QStringLiteral("created_at"), org.createdAt.toString(Qt::ISODateWithMs)},
        };
        for (const auto& [k, v] : values) {
            q.addBindValue(k);
            q.addBindValue(v);
            if (!q.exec()) {
                const QString why = q.lastError().text();
                transaction.rollback();
                return failAndClean(makeError(Error::Code::Database, tr("The store could not be set up: %1").arg(why)));
            }
        }
        q.finish();
        AuditLog audit(db);
        auto logged = audit.append(QStringLiteral("store.created"),
                                   QStringLiteral("organisation=%1 role=%2 agreement=%3 schema=%4")
                                       .arg(org.name, RoleText::code(org.role), org.agreementId)
                                       .arg(version));
        if (!logged) {
            transaction.rollback();
            return failAndClean(logged.error());
        }
        if (!transaction.commit())
            return failAndClean(
                makeError(Error::Code::Database, tr("The store could not be set up: %1").arg(transaction.reason())));
    }
    closeConnection(conn);

    // SQLCipher must have used our salt, or the passphrase could never open the file again.
    if (readSalt(partial) != salt || !looksLikeStore(partial)) {
        QFile::remove(partial);
        return makeError(Error::Code::CipherUnavailable,
                         tr("The store file was not encrypted as expected, so it was removed again. Reinstall "
                            "InBeeld (SQLCipher 4 is needed)."));
    }
    if (!QFile::rename(partial, absPath)) {
        QFile::remove(partial);
        return makeError(Error::Code::Io,
                         tr("The store could not be saved as %1.").arg(QDir::toNativeSeparators(absPath)));
    }

    std::unique_ptr<Store> store(new Store());
    store->m_path = canonical(absPath);
    store->m_lock = std::move(lock.value());
    store->m_key = key.takeValue();
    store->m_salt = salt;
    auto connected = store->connect(version);
    if (!connected)
        return connected.error();
    return store;
}

void Store::setOpenedStep(OpenedStep step)
{
    openedStep.store(step);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const SecretBytes& passphrase)
{
    return openInternal(path, &passphrase, nullptr);
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const SecretBytes& key)
{
    return openInternal(path, nullptr, &key);
}

Result<std::unique_ptr<Store>> Store::openInternal(const QString& path, const SecretBytes* passphrase,
                                                   const SecretBytes* rawKey)
{
    const QString absPath = canonical(path);
    if (!QFileInfo::exists(absPath)) {
        return makeError(
            Error::Code::StoreMissing,
            tr("There is no store at %1. It may have been moved or deleted.").arg(QDir::toNativeSeparators(absPath)));
    }
    if (!looksLikeStore(absPath)) {
        return makeError(Error::Code::NotAStore,
                         tr("%1 is not an encrypted InBeeld store. Choose the store file "
                            "(it was made by InBeeld during setup).")
                             .arg(QDir::toNativeSeparators(absPath)));
    }
    auto lock = acquireLock(absPath);
    if (!lock)
        return lock.error();

    const QByteArray salt = readSalt(absPath);
    SecretBytes key;
    if (rawKey) {
        if (rawKey->size() != KeyDerivation::KeySize)
            return makeError(Error::Code::WrongPassphrase, tr("The remembered key does not fit this store."));
        key = rawKey->clone();
    } else {
        auto derived = KeyDerivation::deriveKey(*passphrase, salt);
        if (!derived)
            return derived.error();
        key = derived.takeValue();
    }

    std::unique_ptr<Store> store(new Store());
    store->m_path = absPath;
    store->m_lock = std::move(lock.value());
    store->m_key = std::move(key);
    store->m_salt = salt;
    auto connected = store->connect(CurrentSchemaVersion);
    if (!connected) {
        if (connected.code() == Error::Code::WrongPassphrase && passphrase)
            recordFailedUnlock(absPath);
        return connected.error();
    }
    store->flushFailedUnlocks();
    auto logged = store->audit().append(QStringLiteral("store.unlocked"),
                                        rawKey ? QStringLiteral("remembered key") : QStringLiteral("passphrase"));
    if (!logged)
        return logged.error();
    // A store from before schema 4 gets the organisation's keys at its first unlock after the upgrade.
    if (const OpenedStep step = openedStep.load()) {
        auto stepped = step(*store);
        if (!stepped)
            return stepped.error();
    }
    return store;
}

Result<void> Store::connect(int targetVersion)
{
    m_connectionName = newConnectionName();
    auto opened = openConnection(m_connectionName, m_path, m_key, m_salt, QString());
    if (!opened) {
        closeConnection(m_connectionName);
        m_connectionName.clear();
        return opened;
    }
    const int version = Migrations::currentVersion(database());
    if (version > Migrations::latestVersion()) {
        auto refused = Migrations::migrate(database(), Migrations::latestVersion()); // explains StoreTooNew
        closeConnection(m_connectionName);
        m_connectionName.clear();
        return refused.ok() ? makeError(Error::Code::StoreTooNew, tr("This store is newer than this program."))
                            : refused;
    }
    m_audit = std::make_unique<AuditLog>(database());
    if (version < targetVersion && version > 0) {
        auto migrated = Migrations::migrate(database(), targetVersion);
        if (!migrated)
            return migrated;
        auto logged = m_audit->append(QStringLiteral("store.migrated"),
                                      QStringLiteral("schema %1 -> %2").arg(version).arg(targetVersion));
        if (!logged)
            return logged;
    }
    return loadOrganisation();
}

Result<void> Store::loadOrganisation()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return makeError(Error::Code::StoreCorrupt,
                         tr("The store opened, but its contents could not be read: %1").arg(q.lastError().text()));
    }
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    const auto role = RoleText::fromCode(meta.value(QStringLiteral("organisation_role")));
    if (!role || meta.value(QStringLiteral("store_id")).isEmpty()) {
        return makeError(Error::Code::StoreCorrupt,
                         tr("The store opened, but it does not describe its organisation. It may be damaged; restore "
                            "a backup."));
    }
    m_organisation.name = meta.value(QStringLiteral("organisation_name"));
    m_organisation.role = *role;
    m_organisation.agreementId = meta.value(QStringLiteral("agreement_id"));
    m_organisation.storeId = meta.value(QStringLiteral("store_id"));
    m_organisation.createdAt = QDateTime::fromString(meta.value(QStringLiteral("created_at")), Qt::ISODateWithMs);
    return {};
}

void Store::flushFailedUnlocks()
{
    QFile f(failuresPathFor(m_path));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    // Bounded (see MaxFailuresFileBytes); a time in the future is not believed: the entry gets
    // the time of this unlock. Deleting the file cannot be noticed (docs/crypto.md).
    const bool truncated = f.size() > MaxFailuresFileBytes;
    const QList<QByteArray> lines = f.read(MaxFailuresFileBytes).split('\n');
    f.close();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(database());
    int listed = 0, more = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (listed >= MaxFailuresListed) {
            ++more;
            continue;
        }
        ++listed;
        const QList<QByteArray> parts = line.split('\t');
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(parts.value(0)), Qt::ISODateWithMs);
        const bool believable = at.isValid() && at <= now.addSecs(300);
        QString who = QString::fromUtf8(parts.value(1)).left(64);
        who.removeIf([](QChar c) { return c.isNonCharacter() || c.category() == QChar::Other_Control; });
        if (!m_audit->append(QStringLiteral("store.unlock_failed"),
                             QStringLiteral("wrong passphrase (OS user %1), recorded at the next unlock%2")
                                 .arg(who, believable ? QString() : QStringLiteral(" (its time was not believable)")),
                             believable ? at : now))
            return; // the transaction rolls back
    }
    if ((more > 0 || truncated)
        && !m_audit->append(QStringLiteral("store.unlock_failed"),
                            QStringLiteral("%1 more failed unlocks not listed (the record was longer than %2 bytes "
                                           "or %3 lines)")
                                .arg(truncated ? QStringLiteral("some") : QString::number(more))
                                .arg(MaxFailuresFileBytes)
                                .arg(MaxFailuresListed),
                            now))
        return;
    if (transaction.commit())
        QFile::remove(failuresPathFor(m_path));
}

Store::~Store()
{
    m_audit.reset();
    if (!m_connectionName.isEmpty())
        closeConnection(m_connectionName);
    m_key.wipe();
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    return Migrations::currentVersion(database());
}

QString Store::cipherVersion() const
{
    auto* driver = qobject_cast<SqlCipherDriver*>(database().driver());
    return driver ? driver->cipherVersion() : QString();
}

StoreCounts Store::counts() const
{
    StoreCounts c;
    c.auditEntries = m_audit ? m_audit->count() : 0;
    // Tables that exist from schema 3 on; an older store (only while migrating) has none.
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM snapshots), (SELECT count(*) FROM records)")) && q.next()) {
        c.snapshots = q.value(0).toLongLong();
        c.records = q.value(1).toLongLong();
    }
    return c;
}

Result<void> Store::changePassphrase(const SecretBytes& current, const SecretBytes& replacement)
{
    auto check = KeyDerivation::deriveKey(current, m_salt);
    if (!check)
        return check.error();
    if (!check.value().equals(m_key))
        return makeError(Error::Code::WrongPassphrase, tr("The current passphrase is not correct."));
    auto newKey = KeyDerivation::deriveKey(replacement, m_salt);
    if (!newKey)
        return newKey.error();

    auto* driver = qobject_cast<SqlCipherDriver*>(database().driver());
    if (!driver || !driver->connection())
        return makeError(Error::Code::Database, tr("The store is not open."));
    const SecretBytes literal = KeyDerivation::sqlcipherKeyLiteral(newKey.value(), m_salt);
    // Re-encrypts every page in one transaction of SQLCipher's own: all or nothing.
    const int rc = sqlite3_rekey_v2(driver->connection(), "main", literal.data(), int(literal.size()));
    if (rc != SQLITE_OK) {
        return makeError(Error::Code::Database,
                         tr("The passphrase could not be changed; the old one still applies. Details: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    }
    m_key = newKey.takeValue();
    return m_audit->append(QStringLiteral("store.passphrase_changed"), QString());
}

Result<AuditAnchor> Store::backupTo(const QString& target)
{
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    if (canonical(absTarget) == m_path)
        return makeError(Error::Code::InvalidInput,
                         tr("A backup cannot replace the store itself. Choose another file."));

    // Record the backup first, so the copy carries its own entry.
    auto logged
        = m_audit->append(QStringLiteral("store.backup"), QStringLiteral("to %1").arg(QFileInfo(absTarget).fileName()));
    if (!logged)
        return logged.error();

    QSqlDatabase db = database();
    // An immediate transaction keeps writers out while the (already encrypted) file is copied.
    Transaction hold(db);
    if (!hold.isActive())
        return makeError(Error::Code::Database, tr("The store is busy; try the backup again."));
    const Result<AuditAnchor> anchor = m_audit->anchor();
    if (!anchor)
        return anchor.error();
    QFile source(m_path);
    QSaveFile out(absTarget);
    bool copied = source.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
    while (copied && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        copied = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    hold.rollback();
    if (!copied || !out.commit()) {
        return makeError(Error::Code::Io,
                         tr("The backup could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(absTarget), out.errorString()));
    }

    // Prove the copy opens with the same key and is intact before calling it a backup.
    const QString conn = newConnectionName();
    auto opened = openConnection(conn, absTarget, m_key, m_salt, QStringLiteral("QSQLCIPHER_READONLY"));
    bool intact = false;
    if (opened) {
        QSqlQuery q(QSqlDatabase::database(conn, false));
        intact
            = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
    }
    closeConnection(conn);
    if (!intact) {
        QFile::remove(absTarget);
        return makeError(Error::Code::Io,
                         tr("The backup at %1 could not be read back, so it was removed. Try "
                            "another location.")
                             .arg(QDir::toNativeSeparators(absTarget)));
    }
    return anchor.value();
}

Result<void> Store::restore(const QString& backupPath, const QString& storePath, const SecretBytes& passphrase)
{
    const QString absBackup = canonical(backupPath);
    const QString absStore = QFileInfo(storePath).absoluteFilePath();
    if (!looksLikeStore(absBackup)) {
        return makeError(Error::Code::NotAStore,
                         tr("%1 is not an InBeeld store backup.").arg(QDir::toNativeSeparators(absBackup)));
    }
    if (canonical(absStore) == absBackup)
        return makeError(Error::Code::InvalidInput, tr("The backup is the store itself. Choose a backup file."));
    auto lock = acquireLock(absStore);
    if (!lock)
        return lock.error();

    // Check the backup with its own passphrase, read-only, before touching anything.
    const QByteArray salt = readSalt(absBackup);
    auto key = KeyDerivation::deriveKey(passphrase, salt);
    if (!key)
        return key.error();
    {
        const QString conn = newConnectionName();
        auto opened = openConnection(conn, absBackup, key.value(), salt, QStringLiteral("QSQLCIPHER_READONLY"));
        if (!opened) {
            closeConnection(conn);
            return opened;
        }
        int version = 0;
        bool intact = false;
        {
            QSqlDatabase db = QSqlDatabase::database(conn, false);
            version = Migrations::currentVersion(db);
            QSqlQuery q(db);
            intact = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()
                && q.value(0).toString() == QLatin1String("ok");
        }
        closeConnection(conn);
        if (version > Migrations::latestVersion())
            return makeError(Error::Code::StoreTooNew,
                             tr("This backup was made by a newer version of InBeeld. Install "
                                "that version to restore it."));
        if (!intact)
            return makeError(Error::Code::StoreCorrupt, tr("This backup is damaged and cannot be restored."));
    }

    if (QFileInfo::exists(absStore)) {
        const QString keep = absStore + QStringLiteral(".before-restore");
        QFile::remove(keep);
        if (!QFile::copy(absStore, keep)) {
            return makeError(Error::Code::Io,
                             tr("The current store could not be kept as %1, so nothing was restored.")
                                 .arg(QDir::toNativeSeparators(keep)));
        }
    }
    QFile in(absBackup);
    QSaveFile out(absStore);
    bool copied = in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly);
    while (copied && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        copied = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    if (!copied || !out.commit()) {
        return makeError(Error::Code::Io,
                         tr("The backup could not be copied into place: %1. The current store was not "
                            "changed.")
                             .arg(out.errorString()));
    }
    lock.value()->unlock();

    // Record the restore in the restored store itself.
    auto reopened = openWithKey(absStore, key.value());
    if (!reopened)
        return reopened.error();
    return reopened.value()->audit().append(QStringLiteral("store.restored"),
                                            QStringLiteral("from %1").arg(QFileInfo(absBackup).fileName()));
}

} // namespace inbeeld
