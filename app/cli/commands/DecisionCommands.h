#pragma once

#include "app/cli/Command.h"
#include "core/domain/Bsn.h"
#include "core/sharing/ShareAnswers.h"

#include <optional>

namespace inbeeld::cli {

/// The translation context and group help of the decide and decisions commands.
class DecisionCommands
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    static QString decisionsHelp();
};

/// "decide": Record the four-step check before sharing a child's data.
class DecideCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    DecideCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    std::optional<Bsn> m_bsn;
    std::optional<ShareAnswers> m_answers;
    bool m_answersHaveFields = false;
};

/// "decisions list": List the decisions, newest first (the default).
class DecisionsListCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    DecisionsListCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "decisions show": Show one decision in full.
class DecisionsShowCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    DecisionsShowCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    qint64 m_id = 0;
};

/// "decisions withdraw": Withdraw a decision: from then on it covers nothing.
class DecisionsWithdrawCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    DecisionsWithdrawCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    qint64 m_id = 0;
};

/// "decisions standing": Record the standing decision of the quarterly exchange of the lists.
class DecisionsStandingCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecisionCommands)

public:
    DecisionsStandingCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
