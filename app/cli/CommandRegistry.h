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
    /// A group of commands sharing their first words ("audit verify", "audit list"; "subject
    /// requests add" is in the group "subject requests", itself in "subject"): its help, and the
    /// command that runs when no sub-command is named (empty: a usage error).
    struct Group
    {
        QString name;
        std::function<QString()> help;
        QString fallback;
    };

    CommandRegistry();

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    Command* find(const QString& name) const;

    /// Runs the command the arguments name (after the program name); returns the exit code.
    int dispatch(const QStringList& arguments) const;

    /// The top-level help, with one line per command.
    QString helpText() const;

private:
    const Group* findGroup(const QString& name) const;
    /// Runs the command or nested group named by the first argument within group.
    int dispatchGroup(const Group& group, const QStringList& arguments) const;

    QList<Group> m_groups;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace inbeeld::cli
