#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace inbeeld::cli {

/// "compare": our list next to a partner's list, per category (core/matching/ComparisonService).
class CompareCommands
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommands)

public:
    static int compare(const QStringList& arguments);
};

} // namespace inbeeld::cli
