// inbeeld-cli: everything the program does with a store, from the command line. Thin: the work
// is in CliApp and the command classes, over the same core services as the GUI.

#include "app/cli/CliApp.h"
#include "core/common/ProcessHardening.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

int main(int argc, char** argv)
{
    // Keys and personal data in memory never end up in a core file.
    inbeeld::ProcessHardening::disableCoreDumps();
    inbeeld::ProcessHardening::restrictNewFiles();
#ifdef Q_OS_WIN
    // Our output is UTF-8; the console's code page is put back before the program ends.
    const UINT previousCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InBeeld"));
    QCoreApplication::setApplicationName(QStringLiteral("InBeeld"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INBEELD_VERSION));

    inbeeld::cli::CliApp cli;
    const int exitCode = cli.run(QCoreApplication::arguments());
#ifdef Q_OS_WIN
    SetConsoleOutputCP(previousCodePage);
#endif
    return exitCode;
}
