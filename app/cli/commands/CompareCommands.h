#pragma once

#include "app/cli/Command.h"

#include <optional>

namespace inbeeld::cli {

/// The translation context of the compare commands.
class CompareCommands
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommands)
};

/// "compare": Compare your list with a partner's list, per category.
class CompareCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommands)

public:
    CompareCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    std::optional<qint64> m_ids[2];
};

} // namespace inbeeld::cli
