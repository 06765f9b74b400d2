#include "app/cli/CliApp.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/CommandLine.h"
#include "app/cli/CompareCommands.h"
#include "app/cli/DecisionCommands.h"
#include "app/cli/IdentityCommands.h"
#include "app/cli/ImportCommands.h"
#include "app/cli/PackageCommands.h"
#include "app/cli/PartnerCommands.h"
#include "app/cli/StoreCommands.h"
#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/SqlCipherDriver.h"

#include <functional>

namespace inbeeld::cli {

namespace {

struct Command
{
    QString name;
    std::function<int(const QStringList&)> run;
};

QList<Command> commands()
{
    return {
        {QStringLiteral("init"), &StoreCommands::init},
        {QStringLiteral("info"), &StoreCommands::info},
        {QStringLiteral("passwd"), &StoreCommands::passwd},
        {QStringLiteral("backup"), &StoreCommands::backup},
        {QStringLiteral("restore"), &StoreCommands::restore},
        {QStringLiteral("audit"), &AuditCommands::run},
        {QStringLiteral("import"), &ImportCommands::import},
        {QStringLiteral("snapshots"), &ImportCommands::snapshots},
        {QStringLiteral("identity"), &IdentityCommands::run},
        {QStringLiteral("partner"), &PartnerCommands::run},
        {QStringLiteral("decide"), &DecisionCommands::decide},
        {QStringLiteral("decisions"), &DecisionCommands::decisions},
        {QStringLiteral("compare"), &CompareCommands::compare},
        {QStringLiteral("package"), &PackageCommands::run},
    };
}

} // namespace

void CliApp::installTranslations()
{
    // INBEELD_LANGUAGE, else the user's choice, else Dutch; the translation is shared with the GUI.
    Translations::install(AppSettings::language());
}

QString CliApp::helpText()
{
    return tr("Usage: %1 <command> [options]\n"
              "InBeeld on the command line: create, inspect, back up and restore the encrypted store of an\n"
              "organisation, import lists into it and compare them.\n"
              "\n"
              "Commands:\n"
              "  init              Create a new encrypted store for an organisation\n"
              "  info              Show the organisation and state of a store\n"
              "  passwd            Change the passphrase of a store\n"
              "  backup            Write an encrypted backup copy of a store\n"
              "  restore           Replace a store with a backup\n"
              "  audit verify      Check the hash chain of the audit log\n"
              "  audit list        List the entries of the audit log\n"
              "  import            Import a list of thuiszitters (CSV or XLSX) into a new snapshot\n"
              "  snapshots list    List the imported lists (snapshots)\n"
              "  snapshots diff    Show what changed since the previous list of the same source\n"
              "  snapshots report  Show the stored report of an import; export its rejected rows\n"
              "  compare           Compare your list with a partner's list, per category\n"
              "  identity          Show or export the organisation's identity card and public keys\n"
              "  partner add       Pin a partner's identity card after comparing its fingerprint\n"
              "  partner list      List the pinned partners\n"
              "  decide            Record the four-step check before sharing a child's data\n"
              "  decisions         List, show or withdraw decisions; record the standing decision\n"
              "  package create    Write a signed, encrypted package for a pinned partner\n"
              "  package open      Check a partner's package and store it as the partner's list\n"
              "\n"
              "Run '%1 <command> --help' (or '%1 help <command>') for the options of a command.\n"
              "Messages follow the language chosen in the program (Dutch by default); the environment\n"
              "variable INBEELD_LANGUAGE=en or nl overrides it.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::passphraseSources() + QStringLiteral("\n\n") + HelpText::exitCodes();
}

int CliApp::run(const QStringList& arguments)
{
    installTranslations();

    const QStringList args = arguments.mid(1);
    // Before anything else: a passphrase on the command line is refused wherever it appears.
    if (const auto exitCode = SecretArguments::refuse(args))
        return *exitCode;

    const QString first = args.value(0);
    if (first.isEmpty()) {
        printErr(helpText());
        return ExitUsage;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")) {
        printOut(helpText());
        return ExitSuccess;
    }
    if (first == QStringLiteral("--version")) {
        printOut(programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }

    QString name = first;
    QStringList rest = args.mid(1);
    if (first == QStringLiteral("help")) {
        if (rest.isEmpty()) {
            printOut(helpText());
            return ExitSuccess;
        }
        // "help audit list" -> "audit list --help"
        name = rest.takeFirst();
        rest.append(QStringLiteral("--help"));
    }

    for (const Command& command : commands()) {
        if (command.name == name) {
            SqlCipherDriver::registerDriver();
            StoreSetup::installOpenSteps();
            return command.run(rest);
        }
    }
    printErr(programName() + QStringLiteral(": ") + tr("unknown command '%1'").arg(name));
    printErr(helpText());
    return ExitUsage;
}

} // namespace inbeeld::cli
