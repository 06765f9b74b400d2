#pragma once

#include "app/cli/CommandLine.h"
#include "core/crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {
class Store;
}

namespace inbeeld::cli {

/// One command of inbeeld-cli ("info", "snapshots list"). It exists so that every command is
/// parsed, helped and run the same way, as KeePassXC's cli/Command does: a command names itself,
/// says in one line what it does (the top-level help is generated from that), declares its
/// options and runs. --help, usage errors and the exit-code section come from CommandLine.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    /// The words after the program name, e.g. "snapshots list".
    const QString& name() const { return m_spec.name; }
    /// One translated line for the top-level help.
    const QString& summary() const { return m_spec.summary; }

    /// Parses the arguments after the command words and runs the command; returns the exit code.
    int run(const QStringList& arguments);

protected:
    /// What the help says about a command. Built when the command is made, after the translation
    /// is installed.
    struct Spec
    {
        QString name; // the words after the program name
        QString synopsis; // the usage line without the program name
        QString summary; // one line for the top-level help
        QString description; // the text under the usage line
    };

    explicit Command(Spec spec);

    /// Adds the command's own options (and positional argument).
    virtual void defineOptions(CommandLine& cmd) { Q_UNUSED(cmd) }
    /// Help sections after the options; the exit codes always follow.
    virtual QStringList helpSections() const { return {}; }
    /// Runs the parsed command.
    virtual int execute(CommandLine& cmd) = 0;

    /// --json with the given description; json() tells whether it was given.
    static void addJsonOption(CommandLine& cmd, const QString& description);
    static bool json(const CommandLine& cmd);

private:
    Spec m_spec;
};

/// A command that works in an existing store: it owns --store PATH, the passphrase sources
/// (--passphrase-file, INBEELD_PASSPHRASE, the prompt), the unlock and the exit codes of a failed
/// unlock (1, 2, 4 or 5), and then calls executeWithStore with the open store. Checks that need no
/// store go in prepare(), so they fail before the passphrase is asked for.
class StoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

protected:
    using Command::Command;

    /// The help text of --store.
    virtual QString storeHelp() const;
    /// Options besides --store and --passphrase-file.
    virtual void defineStoreOptions(CommandLine& cmd) { Q_UNUSED(cmd) }
    /// Checks before the store is opened; an exit code stops the command.
    virtual std::optional<int> prepare(CommandLine& cmd)
    {
        Q_UNUSED(cmd)
        return std::nullopt;
    }
    virtual int executeWithStore(Store& store, CommandLine& cmd) = 0;

    /// The absolute path of --store.
    static QString storePath(const CommandLine& cmd);
    /// The passphrase that opened the store (for commands that need it again, e.g. passwd).
    const SecretBytes& passphrase() const { return m_passphrase; }

private:
    void defineOptions(CommandLine& cmd) final;
    int execute(CommandLine& cmd) final;

    SecretBytes m_passphrase;
};

} // namespace inbeeld::cli
