#pragma once

#include "app/cli/Command.h"
#include "core/mail/MailSettings.h"

#include <optional>

namespace inbeeld::cli {

/// The translation context and group help of the mail commands: "mail setup|test" for the
/// organisation's mail server, and "package send" to mail a package to its partner.
class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    static QString helpText();
};

/// "mail setup": Set the mail server packages are sent through (always encrypted).
class MailSetupCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    MailSetupCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    MailSettings m_settings;
};

/// "mail test": Connect, secure the connection and log in, without sending anything.
class MailTestCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    MailTestCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "package send": Mail a package to its partner over an encrypted connection.
class PackageSendCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(MailCommands)

public:
    PackageSendCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
