#pragma once

#include "app/cli/PassphraseInput.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace inbeeld::cli {

/// What the commands share to reach a store: path checks, passphrases from the usual sources,
/// opening. Every function that can fail has already printed the reason when it returns an
/// exit code.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    /// Absolute, cleaned path (relative paths are taken from the working directory).
    static QString absolutePath(const QString& path);
    /// The path as the user should read it in messages (native separators).
    static QString displayPath(const QString& path);

    /// Fails (exit 1) unless path holds something that looks like a store.
    static std::optional<int> checkStoreExists(const QString& path);

    /// The source for the passphrase of an existing store (--passphrase-file, INBEELD_PASSPHRASE,
    /// prompt).
    static PassphraseInput::Source existingPassphraseSource(const QString& passphraseFile, const QString& path);

    /// Reads a passphrase into out; on failure reports it and returns the exit code (2 when no
    /// source is available, else 1).
    static std::optional<int> readPassphrase(const PassphraseInput::Source& source, SecretBytes& out);

    /// Reads a new passphrase for the store at path (asked twice at the prompt) and checks it
    /// against the rules; on failure reports it and returns the exit code.
    static std::optional<int> readNewPassphrase(const QString& file, const QString& fileOption,
                                                const QByteArray& environmentName, const QString& path,
                                                SecretBytes& out, const QStringList& extraWords = {});
};

} // namespace inbeeld::cli
