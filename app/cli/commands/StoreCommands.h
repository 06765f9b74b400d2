#pragma once

#include "app/cli/Command.h"

namespace inbeeld::cli {

/// "init": creates a store, so it has no store to open and asks for a new passphrase.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    InitCommand();

protected:
    void defineOptions(CommandLine& cmd) override;
    int execute(CommandLine& cmd) override;
};

/// "info": the organisation, agreement and counts of a store.
class InfoCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    InfoCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "passwd": re-encrypts a store under a new passphrase.
class PasswdCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    PasswdCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    QStringList helpSections() const override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "backup": an encrypted copy of a store.
class BackupCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    BackupCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    QString m_output;
};

/// "restore": replaces a store with a backup; it unlocks the backup, not the store.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)

public:
    RestoreCommand();

protected:
    void defineOptions(CommandLine& cmd) override;
    int execute(CommandLine& cmd) override;
};

} // namespace inbeeld::cli
