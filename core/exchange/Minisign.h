#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace inbeeld {

/// A public key in minisign's format: Ed25519 key plus the 8-byte key id that signatures name.
struct MinisignPublicKey
{
    QByteArray keyId; // 8 bytes, in file order
    QByteArray key; // 32 bytes, Ed25519
    /// The id as minisign prints it: the 8 bytes read as a little-endian number, 16 hex digits.
    QString keyIdText() const;
};

/// A parsed signature file (".minisig").
struct MinisignSignature
{
    QByteArray algorithm; // "ED": Ed25519 over the BLAKE2b-512 hash of the file
    QByteArray keyId;
    QByteArray signature; // 64 bytes
    QString untrustedComment;
    QString trustedComment;
    QByteArray trustedCommentBytes; // exactly as signed
    QByteArray globalSignature; // 64 bytes, over signature + trusted comment
};

/// Signatures in minisign's format (https://jedisct1.github.io/minisign/), made and checked with
/// libsodium's Ed25519 so that `minisign -V` verifies ours and we verify minisign's. Only the
/// prehashed algorithm "ED" is made and accepted: the file is hashed with BLAKE2b-512 in one
/// streaming pass and the 64-byte hash is signed with one-shot Ed25519; the trusted comment is
/// bound by a second, global signature over the first signature followed by the comment.
class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(Minisign)

public:
    static constexpr int KeyIdSize = 8;
    /// minisign's own limit for a trusted comment.
    static constexpr int MaxCommentBytes = 1024;

    /// Our key id: the first 8 bytes of BLAKE2b-256 over the public key. Deterministic, so an
    /// identity card does not need to carry it (minisign itself picks 8 random bytes).
    static QByteArray keyIdFor(const QByteArray& publicKey);

    /// The public key file: "untrusted comment: minisign public key <ID>\n<base64>\n".
    static QByteArray publicKeyFile(const MinisignPublicKey& key);
    static Result<MinisignPublicKey> parsePublicKey(const QByteArray& fileContents);

    /// BLAKE2b-512 of everything left in data, read in chunks.
    static Result<QByteArray> prehash(QIODevice& data);

    /// Signs everything left in data with a 64-byte libsodium Ed25519 secret key; returns the
    /// signature file's contents. Comments are single lines of at most MaxCommentBytes bytes.
    static Result<QByteArray> sign(QIODevice& data, const SecretBytes& secretKey, const QByteArray& keyId,
                                   const QString& trustedComment, const QString& untrustedComment);
    static Result<MinisignSignature> parseSignature(const QByteArray& fileContents);
    /// Checks the signature file over everything left in data against key; returns the parsed
    /// signature (its trusted comment is authentic only when this succeeds).
    static Result<MinisignSignature> verify(QIODevice& data, const QByteArray& signatureFile,
                                            const MinisignPublicKey& key);
};

} // namespace inbeeld
