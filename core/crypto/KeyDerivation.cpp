#include "core/crypto/KeyDerivation.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace inbeeld {

KeyDerivation::Parameters KeyDerivation::storeParameters()
{
    // Store format 1. Changing these makes existing stores unopenable: a new format would have
    // to try the old parameters too. 256 MiB / 3 passes is libsodium's "moderate" profile.
    return Parameters {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

Result<SecretBytes> KeyDerivation::deriveKey(const SecretBytes& passphrase, const QByteArray& salt,
                                             const Parameters& params)
{
    if (sodium_init() < 0)
        return makeError(Error::Code::Generic,
                         QCoreApplication::translate("KeyDerivation", "The cryptographic library could not start."));
    if (std::size_t(salt.size()) != SaltSize)
        return makeError(Error::Code::NotAStore,
                         QCoreApplication::translate("KeyDerivation", "The file is too short to be a store."));
    static_assert(crypto_pwhash_SALTBYTES == SaltSize);
    SecretBytes key(KeySize);
    if (crypto_pwhash(key.data(), KeySize, passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit, params.memLimitBytes,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(Error::Code::Generic,
                         QCoreApplication::translate("KeyDerivation",
                                                     "Not enough memory to derive the key from the passphrase. Close "
                                                     "other programs and try again."));
    }
    return key;
}

QByteArray KeyDerivation::randomSalt()
{
    QByteArray salt(int(SaltSize), Qt::Uninitialized);
    randombytes_buf(salt.data(), SaltSize);
    return salt;
}

SecretBytes KeyDerivation::sqlcipherKeyLiteral(const SecretBytes& key, const QByteArray& salt)
{
    // x'<key hex><salt hex>', passed to sqlite3_key_v2 with its length (no terminating NUL).
    const SecretBytes keyHex = key.toHex();
    const QByteArray saltHex = salt.toHex();
    const std::size_t len = 2 + keyHex.size() + std::size_t(saltHex.size()) + 1;
    SecretBytes literal(len);
    unsigned char* p = literal.data();
    *p++ = 'x';
    *p++ = '\'';
    std::memcpy(p, keyHex.data(), keyHex.size());
    p += keyHex.size();
    std::memcpy(p, saltHex.constData(), std::size_t(saltHex.size()));
    p += saltHex.size();
    *p = '\'';
    return literal;
}

} // namespace inbeeld
