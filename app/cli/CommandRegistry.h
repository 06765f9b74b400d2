#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace inbeeld::cli {

/// The one list of inbeeld-cli's commands. The dispatcher, 'help', 'help <command>' and the
/// top-level help are all generated from it, so a new command is one class plus one line in
/// CommandRegistry.cpp.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    /// A group of commands sharing a first word ("audit verify", "audit list"): its help, and the
    /// command that runs when no sub-command is named (empty: a usage error).
    struct Group
    {
        QString name;
        std::function<QString()> help;
        QString fallback;
    };

    /// A command written before the Command base, still parsing its own arguments: its words
    /// ("case", "snapshots delete"), the function that runs it and its line for the top-level help.
    /// Transitional: port each to a Command class (see docs/CONTRIBUTING.md).
    struct Legacy
    {
        QString name;
        std::function<int(const QStringList&)> run;
        std::function<QString()> summary;
    };

    CommandRegistry();

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    Command* find(const QString& name) const;

    /// Runs the command the arguments name (after the program name); returns the exit code.
    int dispatch(const QStringList& arguments) const;

    /// The top-level help, with one line per command.
    QString helpText() const;

private:
    QList<Group> m_groups;
    QList<Legacy> m_legacy;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace inbeeld::cli
