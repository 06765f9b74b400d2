#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace inbeeld {

/// SHA-256 of bytes in memory, with OpenSSL's libcrypto (already in the process through
/// SQLCipher). It is several times faster than QCryptographicHash in Qt 6.4 and libsodium's
/// portable crypto_hash_sha256, which matters for the hundreds of megabytes of a large exchange
/// package: records.json and the package file are hashed when written, when read back and when
/// opened.
class Sha256
{
public:
    static constexpr int Size = 32;
    /// The 32-byte digest; empty only if libcrypto fails (so it never equals a digest to check).
    static QByteArray hash(QByteArrayView data);
};

} // namespace inbeeld
