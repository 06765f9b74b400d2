#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// The four-step check from the command line: "decide" records a decision from an answers file
/// (the same rules as the wizard, core/sharing/Checklist), "decisions" lists, shows and withdraws
/// decisions and records the standing decision of the quarterly exchange.
class DecisionCommands
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    static int decide(const QStringList& arguments);
    /// "decisions [list|show|withdraw|standing] ..."; without a subcommand: list.
    static int decisions(const QStringList& arguments);

private:
    static int list(const QStringList& arguments);
    static int show(const QStringList& arguments);
    static int withdraw(const QStringList& arguments);
    static int standing(const QStringList& arguments);
};

} // namespace inbeeld::cli
