#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/domain/Role.h"
#include "core/exchange/KeyRotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace inbeeld {

/// "My identity card": the small JSON file an organisation hands to its partners when the
/// agreement is signed. It names the organisation, its role and agreement, carries both public
/// keys (also in minisign's and age's own notation, for checking by hand) and the fingerprint to
/// compare out of band. The card is signed by its own signing key, so a name or role changed on
/// the way is detected; the fingerprint (over both keys) is what the partner confirms by phone or
/// in person. A card for new keys may carry a KeyRotation signed by the previous signing key.
class IdentityCard
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCard)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 64 * 1024;

    QString organisation;
    Role role = Role::Rbl;
    QString agreementId;
    QByteArray signingKey; // Ed25519, 32 bytes
    QByteArray encryptionKey; // X25519, 32 bytes
    QDateTime createdAt; // UTC, when the keys were made
    std::optional<KeyRotation> rotation;
    QByteArray signature; // Ed25519 by signingKey over signedBytes()

    QString fingerprint() const;
    /// The exact bytes the card's self-signature covers (fields length-prefixed, see the .cpp).
    QByteArray signedBytes() const;
    /// Signs the card with the 64-byte secret key belonging to signingKey.
    void signWith(const SecretBytes& signingSecretKey);
    bool hasValidSignature() const;

    QByteArray toJson() const;
    /// Parses and validates a card: format, version, keys, fingerprint, self-signature and the
    /// internal consistency of a rotation statement. Each problem has a specific message.
    static Result<IdentityCard> fromJson(const QByteArray& json);
    static Result<IdentityCard> readFile(const QString& path);
    /// Writes atomically; refuses to replace an existing file.
    Result<void> writeFile(const QString& path) const;
};

} // namespace inbeeld
