#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// The commands that create, inspect and safeguard a store. Each takes the arguments after its
/// name and returns the exit code.
class StoreCommands
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    static int init(const QStringList& arguments);
    static int info(const QStringList& arguments);
    static int passwd(const QStringList& arguments);
    static int backup(const QStringList& arguments);
    static int restore(const QStringList& arguments);
};

} // namespace inbeeld::cli
