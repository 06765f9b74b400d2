#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/KeyRotation.h"
#include "core/exchange/Minisign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace inbeeld {

class AuditLog;
class Store;
struct OrganisationInfo;

/// The organisation's own identity: an Ed25519 signing key pair and a separate X25519
/// encryption key pair (libsodium), kept in the encrypted store (table identity_keys). Secret keys
/// are loaded into guarded memory (SecretBytes) only while an Identity object lives. Stores get
/// their keys at setup; stores from before schema 4 get them at the first unlock after the upgrade.
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    /// Creates the key pairs when the store has none yet; true when it created them (audited as
    /// "identity.created"). Does nothing on a store whose schema has no identity table.
    static Result<bool> ensure(Store& store);
    /// The current keys (created first if missing).
    static Result<Identity> load(Store& store);
    /// Replaces the keys with new ones and signs the new public keys with the old signing key
    /// (a KeyRotation, carried by the new identity card). The old keys are kept, retired, to open
    /// packages made for them. Audited as "identity.rotated".
    static Result<Identity> rotate(Store& store);

    Identity(Identity&&) = default;
    Identity& operator=(Identity&&) = default;

    const QByteArray& signingPublicKey() const { return m_signingPublic; }
    const QByteArray& encryptionPublicKey() const { return m_encryptionPublic; }
    /// 64-byte libsodium Ed25519 secret key.
    const SecretBytes& signingSecretKey() const { return m_signingSecret; }
    /// 32-byte X25519 secret key.
    const SecretBytes& encryptionSecretKey() const { return m_encryptionSecret; }
    QDateTime createdAt() const { return m_createdAt; }
    const std::optional<KeyRotation>& rotation() const { return m_rotation; }

    QString fingerprint() const;
    MinisignPublicKey minisignKey() const;
    /// "age1…"
    QString ageRecipient() const;
    /// The card to hand to partners, signed by the signing key.
    IdentityCard card(const OrganisationInfo& organisation) const;

private:
    Identity() = default;
    static Result<Identity> current(QSqlDatabase db);

    QByteArray m_signingPublic;
    QByteArray m_encryptionPublic;
    SecretBytes m_signingSecret;
    SecretBytes m_encryptionSecret;
    QDateTime m_createdAt;
    std::optional<KeyRotation> m_rotation;
};

} // namespace inbeeld
