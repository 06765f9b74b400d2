#pragma once

#include "app/cli/commands/LifecycleCommand.h"
#include "core/lifecycle/ChildFlags.h"

#include <QDate>

namespace inbeeld::cli {

/// The translation context and group help of the end of processing: "case" closes, reopens,
/// lists, holds and releases children; "retention" shows what is due and purges it.
class LifecycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    static QString caseHelp();
    static QString retentionHelp();
};

/// "case close": processing of a child's data ends for one of the agreement's reasons.
class CaseCloseCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    CaseCloseCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    std::optional<int> check(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    QString m_reason;
    QDate m_date;
};

/// "case reopen": a closed case is processed again (audited).
class CaseReopenCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    CaseReopenCommand();

protected:
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "case list": the closed cases, legal holds and restrictions.
class CaseListCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    CaseListCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// A command that sets or lifts a flag on a child ("case hold", "subject restrict" and their
/// opposites): one shape, so that each of the four only says its words.
class ChildFlagCommand : public LifecycleCommand
{
public:
    /// What one of the four commands says: the flag, set or lifted, the --reason help (empty: no
    /// --reason), whether --reason is required, the JSON member and the line printed.
    struct Words
    {
        ChildFlag::Kind kind;
        bool set;
        QString reasonHelp;
        bool reasonRequired;
        QString jsonKey;
        QString doneText;
    };

protected:
    ChildFlagCommand(Spec spec, Words words);
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    Words m_words;
};

/// "case hold": nothing about the child is purged until the hold is released.
class CaseHoldCommand : public ChildFlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    CaseHoldCommand();
};

/// "case release": lifts the legal hold.
class CaseReleaseCommand : public ChildFlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    CaseReleaseCommand();
};

/// "retention status": per retention rule what is due for purging, and why.
class RetentionStatusCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    RetentionStatusCommand();

protected:
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "retention purge": deletes what is due and rewrites the store file.
class RetentionPurgeCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    RetentionPurgeCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "snapshots delete": removes a wrongly imported list with its records (asks for --yes).
class SnapshotsDeleteCommand : public LifecycleCommand
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    SnapshotsDeleteCommand();

protected:
    void defineCommandOptions(CommandLine& cmd) override;
    std::optional<int> check(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    qint64 m_id = 0;
};

} // namespace inbeeld::cli
