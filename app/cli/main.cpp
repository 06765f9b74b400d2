// inbeeld-cli: everything the program does with a store, from the command line. Thin: the work
// is in CliApp and the command classes, over the same core services as the GUI.

#include "app/cli/CliApp.h"

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
#ifdef Q_OS_WIN
    // Our output is UTF-8; the console's code page is put back before the program ends.
    const UINT previousCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
#endif
    // A PDF needs fonts, so a QGuiApplication (offscreen: no display needed); everything else
    // stays a plain QCoreApplication.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            pdf = true;
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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
