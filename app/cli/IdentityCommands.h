#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// The organisation's own identity: "identity show|export|export-public|export-secret".
class IdentityCommands
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int show(const QStringList& arguments);
    static int exportCard(const QStringList& arguments);
    static int exportPublic(const QStringList& arguments);
    static int exportSecret(const QStringList& arguments);
    static int rotate(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
