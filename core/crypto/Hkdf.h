#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <cstddef>

namespace inbeeld {

/// HKDF-SHA256 (RFC 5869), built from libsodium's HMAC-SHA256 (crypto_auth_hmacsha256): libsodium
/// 1.0.18 has no HKDF of its own. age derives all its keys with it.
class Hkdf
{
public:
    static constexpr std::size_t HashSize = 32;
    /// At most 255 * 32 bytes of output (RFC 5869); larger requests give an empty value.
    static SecretBytes sha256(const unsigned char* ikm, std::size_t ikmSize, const QByteArray& salt,
                              const QByteArray& info, std::size_t outputSize);
    static SecretBytes sha256(const SecretBytes& ikm, const QByteArray& salt, const QByteArray& info,
                              std::size_t outputSize)
    {
        return sha256(ikm.data(), ikm.size(), salt, info, outputSize);
    }
    /// HMAC-SHA256 of message under key (for age's header MAC).
    static QByteArray hmacSha256(const SecretBytes& key, const QByteArray& message);
};

} // namespace inbeeld
