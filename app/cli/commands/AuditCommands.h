#pragma once

#include "app/cli/Command.h"

namespace inbeeld::cli {

/// The translation context and group help of the audit commands.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static QString helpText();
};

/// "audit verify": Check the hash chain of the audit log, optionally against an anchor.
class AuditVerifyCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    AuditVerifyCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "audit anchors": The partners' audit anchors from the packages we opened.
class AuditAnchorsCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    AuditAnchorsCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "audit anchor": Print the audit anchor to keep outside the store.
class AuditAnchorCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    AuditAnchorCommand();

protected:
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "audit list": List the entries of the audit log.
class AuditListCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    AuditListCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    int m_limit = -1;
};

} // namespace inbeeld::cli
