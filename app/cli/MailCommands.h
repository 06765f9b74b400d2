#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// Sending packages by mail: "mail setup|test" for the organisation's mail server, and
/// "package send" (sendPackage) to mail a package to its partner.
class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    static int run(const QStringList& arguments);
    static int sendPackage(const QStringList& arguments);

private:
    static int setup(const QStringList& arguments);
    static int test(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
