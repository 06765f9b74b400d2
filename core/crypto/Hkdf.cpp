#include "core/crypto/Hkdf.h"

#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace inbeeld {

namespace {

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

} // namespace

SecretBytes Hkdf::sha256(const unsigned char* ikm, std::size_t ikmSize, const QByteArray& salt, const QByteArray& info,
                         std::size_t outputSize)
{
    if (outputSize == 0 || outputSize > 255 * HashSize || sodium_init() < 0)
        return {};

    // Extract: PRK = HMAC(salt, IKM). An absent salt is HashSize zero bytes, which HMAC treats the
    // same as an empty key.
    SecretBytes prk(HashSize);
    {
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, bytes(salt), std::size_t(salt.size()));
        crypto_auth_hmacsha256_update(&state, ikm, ikmSize);
        crypto_auth_hmacsha256_final(&state, prk.data());
        sodium_memzero(&state, sizeof state);
    }

    // Expand: T(i) = HMAC(PRK, T(i-1) | info | i).
    SecretBytes out(outputSize);
    SecretBytes block(HashSize);
    std::size_t written = 0;
    for (unsigned char counter = 1; written < outputSize; ++counter) {
        crypto_auth_hmacsha256_state state;
        crypto_auth_hmacsha256_init(&state, prk.data(), prk.size());
        if (counter > 1)
            crypto_auth_hmacsha256_update(&state, block.data(), block.size());
        crypto_auth_hmacsha256_update(&state, bytes(info), std::size_t(info.size()));
        crypto_auth_hmacsha256_update(&state, &counter, 1);
        crypto_auth_hmacsha256_final(&state, block.data());
        sodium_memzero(&state, sizeof state);
        const std::size_t n = std::min(HashSize, outputSize - written);
        std::memcpy(out.data() + written, block.data(), n);
        written += n;
    }
    return out;
}

QByteArray Hkdf::hmacSha256(const SecretBytes& key, const QByteArray& message)
{
    QByteArray mac(int(crypto_auth_hmacsha256_BYTES), Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, bytes(message), std::size_t(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

} // namespace inbeeld
