#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

namespace inbeeld {

/// Where a store key can be remembered on this computer (the OS keychain). Every call may
/// fail with Error::Code::KeychainUnavailable; callers then fall back to the passphrase.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual Result<SecretBytes> read(const QString& account) = 0; // NotRemembered when absent
    virtual Result<void> write(const QString& account, const SecretBytes& secret) = 0;
    virtual Result<void> remove(const QString& account) = 0;
};

} // namespace inbeeld
