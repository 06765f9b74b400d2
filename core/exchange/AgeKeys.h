#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace inbeeld {

/// age's text forms of X25519 keys: the recipient "age1…" (Bech32 of the public key, lowercase)
/// and the identity "AGE-SECRET-KEY-1…" (Bech32 of the secret scalar, uppercase), plus the
/// identity file that `age -d -i FILE` reads.
class AgeKeys
{
    Q_DECLARE_TR_FUNCTIONS(AgeKeys)

public:
    static constexpr int KeySize = 32;

    static QString recipient(const QByteArray& publicKey);
    static Result<QByteArray> parseRecipient(const QString& text);

    /// "AGE-SECRET-KEY-1…" in secret memory.
    static SecretBytes identity(const SecretBytes& secretKey);
    /// The secret scalar from an identity line.
    static Result<SecretBytes> parseIdentity(const SecretBytes& line);

    /// The contents of an age identity file: "# created: …", "# public key: age1…", the identity.
    static SecretBytes identityFile(const SecretBytes& secretKey, const QDateTime& created);
    /// The first identity in an identity file (comment and empty lines skipped).
    static Result<SecretBytes> parseIdentityFile(const SecretBytes& contents);

    /// The X25519 public key of a secret key.
    static QByteArray publicKeyOf(const SecretBytes& secretKey);
};

} // namespace inbeeld
