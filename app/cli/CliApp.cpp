#include "app/cli/CliApp.h"

#include "app/cli/CommandLine.h"
#include "app/cli/CommandRegistry.h"
#include "core/common/BuildInfo.h"
#include "core/i18n/Translations.h"
#include "core/settings/AppSettings.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/SqlCipherDriver.h"

namespace inbeeld::cli {

void CliApp::installTranslations()
{
    // INBEELD_LANGUAGE, else the user's choice, else Dutch; the translation is shared with the GUI.
    Translations::install(AppSettings::language());
}

QString CliApp::helpText()
{
    return CommandRegistry().helpText();
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
        printOut(BuildInfo::versionText(programName()));
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

    SqlCipherDriver::registerDriver();
    StoreSetup::installOpenSteps();
    QStringList command {name};
    command += rest;
    return CommandRegistry().dispatch(command);
}

} // namespace inbeeld::cli
