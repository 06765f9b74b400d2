#include "core/secrets/KeychainSecretStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace inbeeld {

namespace {

// Runs a QtKeychain job to completion on a local event loop, bounded by a timeout.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error keychainError(QKeychain::Job& job, bool finished)
{
    if (!finished) {
        return makeError(Error::Code::KeychainUnavailable,
                         KeychainSecretStore::tr("The keychain of this computer did not answer in time."));
    }
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(Error::Code::NotRemembered, QString());
    if (job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied) {
        return makeError(Error::Code::KeychainUnavailable,
                         KeychainSecretStore::tr("The keychain of this computer refused access."));
    }
    return makeError(
        Error::Code::KeychainUnavailable,
        KeychainSecretStore::tr("The keychain of this computer is not available (%1).").arg(job.errorString()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<SecretBytes> KeychainSecretStore::read(const QString& account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    QByteArray data = job.binaryData();
    return SecretBytes::fromByteArray(data);
}

Result<void> KeychainSecretStore::write(const QString& account, const SecretBytes& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setBinaryData(QByteArray(secret.chars(), qsizetype(secret.size())));
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString& account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    const bool finished = runJob(job, m_timeoutMs);
    if (finished && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound))
        return {};
    return keychainError(job, finished);
}

} // namespace inbeeld
