#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// Signed, encrypted exchange packages: "package create|open" ("export FILE" is the older form of
/// "create --out FILE").
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int create(const QStringList& arguments, bool legacyExport);
    static int open(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
