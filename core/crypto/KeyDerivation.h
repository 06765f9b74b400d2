#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace inbeeld {

/// Turns a passphrase into the raw 256-bit SQLCipher key with Argon2id (libsodium crypto_pwhash).
/// The 16-byte salt is the one SQLCipher keeps at the start of the store file, so a store is
/// self-contained: copying the file is enough to open it elsewhere with the same passphrase.
class KeyDerivation
{
public:
    static constexpr std::size_t KeySize = 32;
    static constexpr std::size_t SaltSize = 16;

    struct Parameters
    {
        unsigned long long opsLimit;
        std::size_t memLimitBytes;
    };

    /// The parameters of store format 1: Argon2id, 3 passes, 256 MiB.
    static Parameters storeParameters();

    static Result<SecretBytes> deriveKey(const SecretBytes& passphrase, const QByteArray& salt,
                                         const Parameters& params = storeParameters());
    static QByteArray randomSalt();

    /// The SQLCipher raw key literal with explicit salt: x'<64 hex key><32 hex salt>'.
    static SecretBytes sqlcipherKeyLiteral(const SecretBytes& key, const QByteArray& salt);
};

} // namespace inbeeld
