#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>
#include <memory>

/// The files and connections behind a Store (core/storage/Store.cpp only): the lock file next to
/// the store, the failed-unlocks file, and keyed connections of our SQLCipher driver. Apart from
/// Store so that Store.cpp reads as what a store does (create, open, migrate, back up, restore).
namespace inbeeld::storefiles {

QString lockPathFor(const QString& path);
QString failuresPathFor(const QString& path);
/// The canonical path of an existing file, else the absolute one.
QString canonical(const QString& path);

/// Takes the store's lock file, or explains who holds it.
Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path);

/// A connection of our driver, keyed. The caller removes the connection when done.
Result<void> openConnection(const QString& connectionName, const QString& path, const SecretBytes& key,
                            const QByteArray& salt, const QString& options);
void closeConnection(const QString& connectionName);
/// A name no other connection has.
QString newConnectionName();

} // namespace inbeeld::storefiles
