#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// Signed, encrypted exchange packages: "package export|open".
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int exportPackage(const QStringList& arguments);
    static int open(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
