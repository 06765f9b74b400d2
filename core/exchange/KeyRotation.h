#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace inbeeld {

/// A key rotation statement: the previous signing key vouches for the new key pair. It travels
/// inside the identity card of the new keys, so a partner who pinned the previous keys can accept
/// the new ones without a new out-of-band check.
///
/// The signature is one-shot Ed25519 by the previous signing key over
/// "InBeeld key rotation v1" | 0x00 | previous signing key | new signing key | new encryption key
/// (all keys 32 raw bytes).
struct KeyRotation
{
    QByteArray previousSigningKey; // 32 bytes
    QByteArray signature; // 64 bytes

    static QByteArray signedMessage(const QByteArray& previousSigningKey, const QByteArray& newSigningKey,
                                    const QByteArray& newEncryptionKey);
    /// previousSecretKey: the 64-byte libsodium secret key of previousSigningKey.
    static KeyRotation sign(const QByteArray& previousSigningKey, const SecretBytes& previousSecretKey,
                            const QByteArray& newSigningKey, const QByteArray& newEncryptionKey);
    /// True when signature is previousSigningKey's signature over the new keys.
    bool verify(const QByteArray& newSigningKey, const QByteArray& newEncryptionKey) const;
};

} // namespace inbeeld
