#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// `audit verify` and `audit list`: the store's hash-chained audit log.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    /// arguments: what follows "audit" (the subcommand and its options).
    static int run(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
