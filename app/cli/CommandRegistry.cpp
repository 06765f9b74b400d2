#include "app/cli/CommandRegistry.h"

#include "app/cli/commands/AuditCommands.h"
#include "app/cli/commands/CompareCommands.h"
#include "app/cli/commands/DecisionCommands.h"
#include "app/cli/commands/IdentityCommands.h"
#include "app/cli/commands/ImportCommands.h"
#include "app/cli/commands/LifecycleCommands.h"
#include "app/cli/commands/MailCommands.h"
#include "app/cli/commands/PackageCommands.h"
#include "app/cli/commands/PartnerCommands.h"
#include "app/cli/commands/ReportCommands.h"
#include "app/cli/commands/SnapshotCommands.h"
#include "app/cli/commands/StoreCommands.h"
#include "app/cli/commands/SubjectCommands.h"

#include <algorithm>

namespace inbeeld::cli {

CommandRegistry::CommandRegistry()
{
    // The order here is the order of the top-level help and of the sub-commands in a group's messages.
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<PasswdCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditAnchorCommand>());
    m_commands.push_back(std::make_unique<AuditAnchorsCommand>());
    m_commands.push_back(std::make_unique<AuditListCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<SnapshotsListCommand>());
    m_commands.push_back(std::make_unique<SnapshotsDiffCommand>());
    m_commands.push_back(std::make_unique<SnapshotsReportCommand>());
    m_commands.push_back(std::make_unique<SnapshotsDeleteCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<IdentityShowCommand>());
    m_commands.push_back(std::make_unique<IdentityExportCommand>());
    m_commands.push_back(std::make_unique<IdentityExportPublicCommand>());
    m_commands.push_back(std::make_unique<IdentityExportSecretCommand>());
    m_commands.push_back(std::make_unique<IdentityRotateCommand>());
    m_commands.push_back(std::make_unique<PartnerAddCommand>());
    m_commands.push_back(std::make_unique<PartnerListCommand>());
    m_commands.push_back(std::make_unique<PartnerEditCommand>());
    m_commands.push_back(std::make_unique<PartnerRemoveCommand>());
    m_commands.push_back(std::make_unique<DecideCommand>());
    m_commands.push_back(std::make_unique<DecisionsListCommand>());
    m_commands.push_back(std::make_unique<DecisionsShowCommand>());
    m_commands.push_back(std::make_unique<DecisionsWithdrawCommand>());
    m_commands.push_back(std::make_unique<DecisionsStandingCommand>());
    m_commands.push_back(std::make_unique<PackageCreateCommand>());
    m_commands.push_back(std::make_unique<PackageOpenCommand>());
    m_commands.push_back(std::make_unique<PackageExportCommand>());
    m_commands.push_back(std::make_unique<PackageSendCommand>());
    m_commands.push_back(std::make_unique<MailSetupCommand>());
    m_commands.push_back(std::make_unique<MailTestCommand>());
    m_commands.push_back(std::make_unique<CaseCloseCommand>());
    m_commands.push_back(std::make_unique<CaseReopenCommand>());
    m_commands.push_back(std::make_unique<CaseListCommand>());
    m_commands.push_back(std::make_unique<CaseHoldCommand>());
    m_commands.push_back(std::make_unique<CaseReleaseCommand>());
    m_commands.push_back(std::make_unique<RetentionStatusCommand>());
    m_commands.push_back(std::make_unique<RetentionPurgeCommand>());
    m_commands.push_back(std::make_unique<SubjectAccessCommand>());
    m_commands.push_back(std::make_unique<SubjectRectifyCommand>());
    m_commands.push_back(std::make_unique<SubjectRestrictCommand>());
    m_commands.push_back(std::make_unique<SubjectLiftRestrictionCommand>());
    m_commands.push_back(std::make_unique<SubjectEraseCommand>());
    m_commands.push_back(std::make_unique<SubjectRequestsAddCommand>());
    m_commands.push_back(std::make_unique<SubjectRequestsListCommand>());
    m_commands.push_back(std::make_unique<SubjectRequestsCloseCommand>());
    m_commands.push_back(std::make_unique<BreachReportCommand>());
    m_commands.push_back(std::make_unique<ReportInspectieCommand>());
    m_commands.push_back(std::make_unique<ReportRegisterCommand>());

    m_groups = {
        {QStringLiteral("audit"), &AuditCommands::helpText, {}},
        {QStringLiteral("snapshots"), &ImportCommands::snapshotsHelp, {}},
        {QStringLiteral("identity"), &IdentityCommands::helpText, {}},
        {QStringLiteral("partner"), &PartnerCommands::helpText, {}},
        {QStringLiteral("decisions"), &DecisionCommands::decisionsHelp, QStringLiteral("decisions list")},
        {QStringLiteral("package"), &PackageCommands::helpText, {}},
        {QStringLiteral("mail"), &MailCommands::helpText, {}},
        {QStringLiteral("case"), &LifecycleCommands::caseHelp, {}},
        {QStringLiteral("retention"), &LifecycleCommands::retentionHelp, {}},
        {QStringLiteral("subject"), &SubjectCommands::subjectHelp, {}},
        {QStringLiteral("subject requests"), &SubjectCommands::requestsHelp, QStringLiteral("subject requests list")},
        {QStringLiteral("breach"), &SubjectCommands::breachHelp, {}},
        {QStringLiteral("report"), &ReportCommands::helpText, {}},
    };
}

Command* CommandRegistry::find(const QString& name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&](const std::unique_ptr<Command>& command) { return command->name() == name; });
    return it == m_commands.cend() ? nullptr : it->get();
}

const CommandRegistry::Group* CommandRegistry::findGroup(const QString& name) const
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(), [&](const Group& g) { return g.name == name; });
    return it == m_groups.cend() ? nullptr : &*it;
}

int CommandRegistry::dispatchGroup(const Group& group, const QStringList& arguments) const
{
    // The group's commands and nested groups, by their next word, in the order of the registry.
    QList<Subcommand> subcommands;
    const QString prefix = group.name + QLatin1Char(' ');
    for (const std::unique_ptr<Command>& command : m_commands) {
        if (!command->name().startsWith(prefix))
            continue;
        const QString rest = command->name().mid(prefix.size());
        const QString word = rest.section(QLatin1Char(' '), 0, 0);
        if (word == rest) {
            Command* c = command.get();
            subcommands.append({word, [c](const QStringList& a) { return c->run(a); }});
        } else if (const Group* nested = findGroup(prefix + word); nested
                   && std::none_of(subcommands.cbegin(), subcommands.cend(),
                                   [&](const Subcommand& s) { return s.name == word; })) {
            subcommands.append({word, [this, nested](const QStringList& a) { return dispatchGroup(*nested, a); }});
        }
    }
    std::function<int(const QStringList&)> fallback;
    if (Command* c = find(group.fallback))
        fallback = [c](const QStringList& a) { return c->run(a); };
    return CommandGroup::dispatch(group.name, arguments, subcommands, group.help(), fallback);
}

int CommandRegistry::dispatch(const QStringList& arguments) const
{
    const QString name = arguments.value(0);
    if (const Group* group = findGroup(name))
        return dispatchGroup(*group, arguments.mid(1));
    if (Command* command = find(name))
        return command->run(arguments.mid(1));
    printErr(programName() + QStringLiteral(": ") + tr("unknown command '%1'").arg(name));
    printErr(helpText());
    return ExitUsage;
}

QString CommandRegistry::helpText() const
{
    qsizetype width = 0;
    for (const std::unique_ptr<Command>& command : m_commands)
        width = std::max(width, command->name().size());
    QStringList lines;
    for (const std::unique_ptr<Command>& command : m_commands)
        lines.append(QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->summary());
    return tr("Usage: %1 <command> [options]\n"
              "InBeeld on the command line: create, inspect, back up and restore the encrypted store of an\n"
              "organisation, import lists into it and compare them.\n"
              "\n"
              "Commands:")
               .arg(programName())
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Run '%1 <command> --help' (or '%1 help <command>') for the options of a command.\n"
             "Messages follow the language chosen in the program (Dutch by default); the environment\n"
             "variable INBEELD_LANGUAGE=en or nl overrides it.")
              .arg(programName())
        + QStringLiteral("\n\n") + HelpText::passphraseSources() + QStringLiteral("\n\n") + HelpText::exitCodes();
}

} // namespace inbeeld::cli
