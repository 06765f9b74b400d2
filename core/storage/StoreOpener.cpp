#include "core/storage/StoreOpener.h"

#include <QFileInfo>

namespace inbeeld {

StoreOpener::StoreOpener(SecretStore& secrets)
    : m_secrets(secrets)
{
}

QString StoreOpener::accountFor(const QString& storePath)
{
    const QFileInfo info(storePath);
    return QStringLiteral("store:") + (info.exists() ? info.canonicalFilePath() : info.absoluteFilePath());
}

Result<std::unique_ptr<Store>> StoreOpener::openRemembered(const QString& path)
{
    auto secret = m_secrets.read(accountFor(path));
    if (!secret)
        return secret.error();
    auto opened = Store::openWithKey(path, secret.value());
    if (!opened && opened.code() == Error::Code::WrongPassphrase) {
        // The file was replaced (restore, copy): the remembered key is stale.
        (void)m_secrets.remove(accountFor(path));
        return makeError(Error::Code::NotRemembered,
                         tr("The key remembered on this computer no longer fits this store, so it was forgotten. "
                            "Enter the passphrase."));
    }
    return opened;
}

Result<std::unique_ptr<Store>> StoreOpener::openWithPassphrase(const QString& path, const SecretBytes& passphrase,
                                                               bool remember, QString* keychainWarning)
{
    auto opened = Store::open(path, passphrase);
    if (!opened)
        return opened;
    if (remember) {
        auto stored = this->remember(*opened.value());
        if (!stored && keychainWarning)
            *keychainWarning = stored.message();
    }
    return opened;
}

Result<void> StoreOpener::remember(const Store& store)
{
    const SecretBytes key = store.key();
    auto written = m_secrets.write(accountFor(store.path()), key);
    if (!written) {
        return makeError(written.code(),
                         tr("The store is open, but its key could not be remembered on this computer: "
                            "%1 You will be asked for the passphrase next time.")
                             .arg(written.message()));
    }
    return {};
}

Result<void> StoreOpener::forget(const QString& path)
{
    return m_secrets.remove(accountFor(path));
}

bool StoreOpener::isRemembered(const QString& path)
{
    return m_secrets.read(accountFor(path)).ok();
}

} // namespace inbeeld
