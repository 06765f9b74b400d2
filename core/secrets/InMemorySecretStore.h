#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QString>

namespace inbeeld {

/// A SecretStore in process memory: for unit tests, and as a switch to simulate a keychain that
/// is absent or refuses (setAvailable(false)).
class InMemorySecretStore : public SecretStore
{
public:
    Result<SecretBytes> read(const QString& account) override;
    Result<void> write(const QString& account, const SecretBytes& secret) override;
    Result<void> remove(const QString& account) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& account) const { return m_items.contains(account); }
    int size() const { return int(m_items.size()); }

private:
    bool m_available = true;
    QHash<QString, QByteArray> m_items;
};

} // namespace inbeeld
