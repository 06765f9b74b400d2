#pragma once

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace inbeeld {

/// SecretStore over QtKeychain (Secret Service on Linux, Credential Manager on Windows,
/// Keychain on macOS). Calls block on a local event loop with a timeout, so a hanging D-Bus
/// never blocks the program for long.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("InBeeld"), int timeoutMs = 5000);

    Result<SecretBytes> read(const QString& account) override;
    Result<void> write(const QString& account, const SecretBytes& secret) override;
    Result<void> remove(const QString& account) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace inbeeld
