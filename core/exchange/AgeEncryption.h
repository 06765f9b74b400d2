#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace inbeeld {

/// Encryption in the age v1 file format (https://age-encryption.org/v1), so that Debian's `age -d`
/// opens what we write and we open what `age -r` writes. Only X25519 recipients. Built from
/// libsodium: X25519 (crypto_scalarmult), ChaCha20-Poly1305 IETF, HMAC-SHA256 and HKDF-SHA256
/// (crypto/Hkdf). Both directions stream in 64 KiB chunks, so a large file is never held whole.
///
/// Decryption writes plaintext to `out` chunk by chunk as each one authenticates; the output is
/// complete and trustworthy only when decrypt() succeeds, so callers write to a QSaveFile (or a
/// buffer) and discard it on failure.
class AgeEncryption
{
    Q_DECLARE_TR_FUNCTIONS(AgeEncryption)

public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    static constexpr int MaxRecipients = 64;

    /// Encrypts everything left in `in` to each 32-byte X25519 public key in recipients.
    static Result<void> encrypt(QIODevice& in, QIODevice& out, const QList<QByteArray>& recipients);
    /// Decrypts with a 32-byte X25519 secret key. Every refusal has its own code: UnknownFormat
    /// (not an age file), WrongKey (not encrypted to this key), Damaged (changed), Truncated
    /// (ends early), Io.
    static Result<void> decrypt(QIODevice& in, QIODevice& out, const SecretBytes& secretKey);
};

} // namespace inbeeld
