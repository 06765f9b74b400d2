#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

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

    /// The same digest over data given in pieces (for a file read a piece at a time).
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void add(QByteArrayView data);
    /// The digest of everything added; empty if libcrypto failed. Call once.
    QByteArray finish();

private:
    ::evp_md_ctx_st* m_context = nullptr;
    bool m_failed = false;
};

} // namespace inbeeld
