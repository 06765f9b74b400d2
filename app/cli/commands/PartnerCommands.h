#pragma once

#include "app/cli/Command.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/PartnerTrust.h"

#include <optional>

namespace inbeeld::cli {

/// The translation context and group help of the partner commands.
class PartnerCommands
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommands)

public:
    static QString helpText();
};

/// "partner add": Pin a partner's identity card after comparing its fingerprint.
class PartnerAddCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommands)

public:
    PartnerAddCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    PartnerConfirmation m_confirmation;
    std::optional<IdentityCard> m_card;
};

/// "partner list": List the pinned partners.
class PartnerListCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCommands)

public:
    PartnerListCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
