#include "core/storage/StoreFiles.h"

#include "core/crypto/KeyDerivation.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace inbeeld::storefiles {

QString lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

QString failuresPathFor(const QString& path)
{
    return path + QStringLiteral(".unlock-failures");
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    lock->setStaleLockTime(0); // stale only when the owning process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(Error::Code::StoreInUse,
                         Store::tr("This store is already open in another InBeeld window (process %1 on %2). Close "
                                   "it there first; a store is never opened twice at the same time.")
                             .arg(pid)
                             .arg(host.isEmpty() ? Store::tr("this computer") : host));
    }
    return makeError(Error::Code::Io,
                     Store::tr("The lock file next to the store could not be created (%1). Check "
                               "that the folder is writable.")
                         .arg(QDir::toNativeSeparators(lockPathFor(path))));
}

Result<void> openConnection(const QString& connectionName, const QString& path, const SecretBytes& key,
                            const QByteArray& salt, const QString& options)
{
    SqlCipherDriver::registerDriver();
    auto* driver = new SqlCipherDriver();
    driver->setKey(KeyDerivation::sqlcipherKeyLiteral(key, salt));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (db.open())
        return {};
    const QSqlError err = db.lastError();
    if (err.nativeErrorCode() == QString::number(SqlCipherDriver::NotADatabase)) {
        return makeError(Error::Code::WrongPassphrase,
                         Store::tr("The passphrase is not correct for this store. Check it and try again (mind Caps "
                                   "Lock)."));
    }
    if (err.text().contains(QLatin1String("SQLCipher 4"))) {
        return makeError(Error::Code::CipherUnavailable,
                         Store::tr("The encryption library (SQLCipher 4) is not available, so the store cannot be "
                                   "opened safely. Reinstall InBeeld."));
    }
    return makeError(Error::Code::Database, Store::tr("The store could not be opened: %1").arg(err.databaseText()));
}

void closeConnection(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString newConnectionName()
{
    return QStringLiteral("inbeeld-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace inbeeld::storefiles
