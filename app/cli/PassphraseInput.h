#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inbeeld::cli {

/// Obtains passphrases without ever taking them from the command line. Sources, in order: a file
/// (its first line), an environment variable, a no-echo prompt on the terminal. The passphrase
/// goes straight into SecretBytes; temporaries are wiped.
///
/// Error codes: InvalidInput when no source is available (no file, no variable, no terminal:
/// a usage error for the caller), Io when the file cannot be read, Generic otherwise
/// (empty input, confirmation mismatch, a new passphrase that breaks the rules).
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    /// Longest passphrase read from a file or the terminal, in bytes.
    static constexpr int MaxLength = 1024;

    struct Source
    {
        QString file; // from a --...-file option; empty when not given
        QString fileOption; // that option's name, for messages ("--passphrase-file")
        QByteArray environmentName; // e.g. "INBEELD_PASSPHRASE"
        QString prompt; // translated prompt text
        QString confirmPrompt; // when not empty, the prompt asks twice (for new passphrases)
    };

    static Result<SecretBytes> read(const Source& source);

    /// The rules for a new passphrase: valid UTF-8 and at least PassphraseStrength::MinimumLength
    /// characters.
    static Result<void> checkNew(const SecretBytes& passphrase, const QStringList& extraWords = {});

    /// The first line of a file, without its line ending.
    static Result<SecretBytes> readFile(const QString& path);
    /// A no-echo prompt on the controlling terminal (or stdin when that is a terminal).
    static Result<SecretBytes> prompt(const QString& text);
    /// True when prompt() has a terminal to ask on.
    static bool terminalAvailable();
};

} // namespace inbeeld::cli
