#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// inbeeld-cli: sets up language and the SQLCipher driver, refuses secrets on the command line,
/// and dispatches to the commands. Everything runs synchronously; no event loop is needed.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    /// arguments: the full command line, program name first. Returns the process exit code.
    int run(const QStringList& arguments);

    static QString helpText();

private:
    static void installTranslations();
};

} // namespace inbeeld::cli
