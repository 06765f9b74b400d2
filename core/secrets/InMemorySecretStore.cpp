#include "core/secrets/InMemorySecretStore.h"

#include <QCoreApplication>

namespace inbeeld {

namespace {
Error unavailable()
{
    return makeError(
        Error::Code::KeychainUnavailable,
        QCoreApplication::translate("KeychainSecretStore", "The keychain of this computer is not available."));
}
} // namespace

Result<SecretBytes> InMemorySecretStore::read(const QString& account)
{
    if (!m_available)
        return unavailable();
    if (!m_items.contains(account))
        return makeError(Error::Code::NotRemembered, QString());
    // A deep copy: fromByteArray wipes its argument in place, and a shared copy would wipe the
    // stored item with it.
    const QByteArray& item = m_items[account];
    QByteArray copy(item.constData(), item.size());
    return SecretBytes::fromByteArray(copy);
}

Result<void> InMemorySecretStore::write(const QString& account, const SecretBytes& secret)
{
    if (!m_available)
        return unavailable();
    m_items.insert(account, QByteArray(secret.chars(), qsizetype(secret.size())));
    return {};
}

Result<void> InMemorySecretStore::remove(const QString& account)
{
    if (!m_available)
        return unavailable();
    m_items.remove(account);
    return {};
}

} // namespace inbeeld
