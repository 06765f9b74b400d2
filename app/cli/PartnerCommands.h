#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// Partner organisations whose keys are pinned: "partner add|list".
class PartnerCommands
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int add(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static QString helpText();
};

} // namespace inbeeld::cli
