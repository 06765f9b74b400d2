#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <memory>

namespace inbeeld {

/// Opens stores with a remembered key when there is one, and remembers or forgets keys in the
/// OS keychain. The keychain is a convenience only: when it is absent, locked or refuses, the
/// caller gets a one-time warning and goes on with the passphrase.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    explicit StoreOpener(SecretStore& secrets);

    static QString accountFor(const QString& storePath);

    /// Tries the key remembered for this store. NotRemembered or KeychainUnavailable when there
    /// is none; a remembered key that no longer fits is forgotten and NotRemembered returned.
    Result<std::unique_ptr<Store>> openRemembered(const QString& path);

    /// Opens with the passphrase. When remember is true, keeps the key in the keychain; if that
    /// fails, the store is still opened and keychainWarning gets the reason (translated).
    Result<std::unique_ptr<Store>> openWithPassphrase(const QString& path, const SecretBytes& passphrase, bool remember,
                                                      QString* keychainWarning = nullptr);

    Result<void> remember(const Store& store);
    Result<void> forget(const QString& path);
    bool isRemembered(const QString& path);

private:
    SecretStore& m_secrets;
};

} // namespace inbeeld
