#pragma once

#include "app/cli/Command.h"

#include <QJsonValue>

namespace inbeeld::cli {

/// What the lifecycle and data-subject commands ("case close", "subject access", "retention
/// status") share on top of StoreCommand: the child named with --bsn or --child (resolved before
/// the passphrase is asked for), --json after the command's own options, and printing the result
/// as JSON or as a line of text.
class LifecycleCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

protected:
    /// Whether the command works on one child (--bsn BSN or --child KEY).
    enum class Child { None, Required };

    LifecycleCommand(Spec spec, Child child);

    /// The command's own options; --bsn/--child come before them, --json after.
    virtual void defineCommandOptions(CommandLine& cmd) { Q_UNUSED(cmd) }
    /// Checks of the command's own options before the store is opened.
    virtual std::optional<int> check(CommandLine& cmd)
    {
        Q_UNUSED(cmd)
        return std::nullopt;
    }

    /// The child's key ("bsn:…", "onr:…" or "name:…"); empty for Child::None.
    const QString& childKey() const { return m_childKey; }

    /// Prints json (an object or an array) with --json, else text; returns ExitSuccess.
    static int done(const CommandLine& cmd, const QJsonValue& json, const QString& text);

    /// Writes bytes to a file only the user can read (0600); an error message or empty.
    static QString writePrivateFile(const QString& path, const QByteArray& bytes);

private:
    void defineStoreOptions(CommandLine& cmd) final;
    std::optional<int> prepare(CommandLine& cmd) final;

    Child m_child;
    QString m_childKey;
};

} // namespace inbeeld::cli
