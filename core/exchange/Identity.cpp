#include "core/exchange/Identity.h"

#include "core/audit/AuditLog.h"
#include "core/exchange/AgeKeys.h"
#include "core/exchange/Fingerprint.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sodium.h>

namespace inbeeld {

namespace {

bool hasIdentityTable(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'identity_keys'"))
        && q.next();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A secret column value into guarded memory; the driver's copy is wiped as far as we can reach it.
SecretBytes secretFrom(QSqlQuery& q, int column)
{
    QByteArray value = q.value(column).toByteArray();
    return SecretBytes::fromByteArray(value, true);
}

struct NewKeys
{
    QByteArray signingPublic = QByteArray(int(crypto_sign_PUBLICKEYBYTES), Qt::Uninitialized);
    SecretBytes signingSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    QByteArray encryptionPublic = QByteArray(int(crypto_box_PUBLICKEYBYTES), Qt::Uninitialized);
    SecretBytes encryptionSecret = SecretBytes(crypto_box_SECRETKEYBYTES);

    NewKeys()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(signingPublic.data()), signingSecret.data());
        crypto_box_keypair(reinterpret_cast<unsigned char*>(encryptionPublic.data()), encryptionSecret.data());
    }
};

/// Inserts a key row; the caller holds the transaction.
Result<void> insertKeys(QSqlDatabase db, const NewKeys& keys, const QString& createdAt,
                        const std::optional<KeyRotation>& rotation)
{
    QByteArray signingSecret(keys.signingSecret.chars(), qsizetype(keys.signingSecret.size()));
    QByteArray encryptionSecret(keys.encryptionSecret.chars(), qsizetype(keys.encryptionSecret.size()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO identity_keys (signing_public, signing_secret, encryption_public, "
                             "encryption_secret, created_at, rotation_previous, rotation_signature) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(keys.signingPublic);
    q.addBindValue(signingSecret);
    q.addBindValue(keys.encryptionPublic);
    q.addBindValue(encryptionSecret);
    q.addBindValue(createdAt);
    q.addBindValue(rotation ? QVariant(rotation->previousSigningKey) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(rotation ? QVariant(rotation->signature) : QVariant(QMetaType(QMetaType::QByteArray)));
    const bool ok = q.exec();
    const QString why = q.lastError().text();
    q.finish();
    // The finished query still holds the bound values: zero them in place.
    wipeShared(signingSecret);
    wipeShared(encryptionSecret);
    if (!ok)
        return makeError(Error::Code::Database,
                         Identity::tr("The organisation's keys could not be stored: %1").arg(why));
    return {};
}

} // namespace

Result<bool> Identity::ensure(Store& store)
{
    QSqlDatabase db = store.database();
    AuditLog& audit = store.audit();
    if (!hasIdentityTable(db))
        return false;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM identity_keys WHERE retired_at IS NULL")) || !q.next()) {
            return makeError(Error::Code::Database,
                             tr("The organisation's keys could not be read: %1").arg(q.lastError().text()));
        }
        if (q.value(0).toInt() > 0)
            return false;
    }
    if (sodium_init() < 0)
        return makeError(Error::Code::Generic, tr("The cryptography library could not be started."));

    const NewKeys keys;
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database, tr("The store is busy; the organisation's keys were not created."));
    auto stored = insertKeys(db, keys, nowText(), std::nullopt);
    if (stored) {
        stored = audit.append(
            QStringLiteral("identity.created"),
            QStringLiteral("fingerprint %1").arg(Fingerprint::of(keys.signingPublic, keys.encryptionPublic)));
    }
    if (!stored)
        return stored.error();
    if (!transaction.commit()) {
        return makeError(Error::Code::Database,
                         tr("The organisation's keys could not be stored: %1").arg(transaction.reason()));
    }
    return true;
}

Result<Identity> Identity::current(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT signing_public, signing_secret, encryption_public, encryption_secret, "
                               "created_at, rotation_previous, rotation_signature FROM identity_keys "
                               "WHERE retired_at IS NULL"))) {
        return makeError(Error::Code::Database,
                         tr("The organisation's keys could not be read: %1").arg(q.lastError().text()));
    }
    if (!q.next()) {
        return makeError(Error::Code::StoreCorrupt,
                         tr("This store holds no keys for the organisation. Open it once with this version of "
                            "InBeeld to create them."));
    }
    Identity id;
    id.m_signingPublic = q.value(0).toByteArray();
    id.m_signingSecret = secretFrom(q, 1);
    id.m_encryptionPublic = q.value(2).toByteArray();
    id.m_encryptionSecret = secretFrom(q, 3);
    id.m_createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!q.value(5).isNull())
        id.m_rotation = KeyRotation {q.value(5).toByteArray(), q.value(6).toByteArray()};
    q.finish();
    if (id.m_signingPublic.size() != int(crypto_sign_PUBLICKEYBYTES)
        || id.m_signingSecret.size() != crypto_sign_SECRETKEYBYTES
        || id.m_encryptionPublic.size() != int(crypto_box_PUBLICKEYBYTES)
        || id.m_encryptionSecret.size() != crypto_box_SECRETKEYBYTES
        || AgeKeys::publicKeyOf(id.m_encryptionSecret) != id.m_encryptionPublic) {
        return makeError(Error::Code::StoreCorrupt,
                         tr("The organisation's keys in this store are damaged. Restore a backup of the store."));
    }
    return id;
}

Result<Identity> Identity::load(Store& store)
{
    auto ensured = ensure(store);
    if (!ensured)
        return ensured.error();
    return current(store.database());
}

Result<Identity> Identity::rotate(Store& store)
{
    auto old = load(store);
    if (!old)
        return old.error();
    QSqlDatabase db = store.database();
    const NewKeys keys;
    const KeyRotation rotation = KeyRotation::sign(old.value().m_signingPublic, old.value().m_signingSecret,
                                                   keys.signingPublic, keys.encryptionPublic);
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database, tr("The store is busy; the keys were not changed."));
    const QString now = nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE identity_keys SET retired_at = ? WHERE retired_at IS NULL"));
    q.addBindValue(now);
    Result<void> done = q.exec()
        ? Result<void>()
        : makeError(Error::Code::Database, tr("The keys could not be changed: %1").arg(q.lastError().text()));
    q.finish();
    if (done)
        done = insertKeys(db, keys, now, rotation);
    if (done) {
        done = store.audit().append(
            QStringLiteral("identity.rotated"),
            QStringLiteral("fingerprint %1 -> %2")
                .arg(old.value().fingerprint(), Fingerprint::of(keys.signingPublic, keys.encryptionPublic)));
    }
    if (!done)
        return done.error();
    if (!transaction.commit())
        return makeError(Error::Code::Database, tr("The keys could not be changed: %1").arg(transaction.reason()));
    return current(db);
}

QString Identity::fingerprint() const
{
    return Fingerprint::of(m_signingPublic, m_encryptionPublic);
}

MinisignPublicKey Identity::minisignKey() const
{
    MinisignPublicKey key;
    key.key = m_signingPublic;
    key.keyId = Minisign::keyIdFor(m_signingPublic);
    return key;
}

QString Identity::ageRecipient() const
{
    return AgeKeys::recipient(m_encryptionPublic);
}

IdentityCard Identity::card(const OrganisationInfo& organisation) const
{
    IdentityCard card;
    card.organisation = organisation.name;
    card.role = organisation.role;
    card.agreementId = organisation.agreementId;
    card.signingKey = m_signingPublic;
    card.encryptionKey = m_encryptionPublic;
    card.createdAt = m_createdAt.toUTC();
    card.rotation = m_rotation;
    card.signWith(m_signingSecret);
    return card;
}

} // namespace inbeeld
