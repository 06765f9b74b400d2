// inbeeld-cli: everything the program does with a store, from the command line. Thin: the work
// is in CliApp and the command classes, over the same core services as the GUI.

#include "app/cli/CliApp.h"
#include "core/common/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

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
    // Documents (PDF) need fonts, so a QGuiApplication, on the offscreen platform: no display is
    // needed. Only then: every other command keeps the plain QCoreApplication start.
    bool writesPdf = false;
    for (int i = 1; i < argc && !writesPdf; ++i) {
        const QByteArray arg(argv[i]);
        writesPdf = arg == "--pdf" || arg.startsWith("--pdf=")
            || (arg == "pdf" && i > 1 && qstrcmp(argv[i - 1], "--format") == 0) || arg == "--format=pdf";
    }
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
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
