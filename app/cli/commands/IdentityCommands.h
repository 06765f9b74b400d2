#pragma once

#include "app/cli/Command.h"

namespace inbeeld::cli {

/// The translation context and group help of the identity commands.
class IdentityCommands
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    static QString helpText();
};

/// "identity show": Show the organisation's fingerprint and public keys.
class IdentityShowCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    IdentityShowCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "identity export": Write the identity card (JSON) to hand to partners.
class IdentityExportCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    IdentityExportCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    QString m_file;
};

/// "identity export-public": Write the public keys in minisign's or age's own format.
class IdentityExportPublicCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    IdentityExportPublicCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    bool m_minisign = false;
    bool m_age = false;
    QString m_minisignFile;
    QString m_ageFile;
};

/// "identity export-secret": Write the age secret key, for independent verification only.
class IdentityExportSecretCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)

public:
    IdentityExportSecretCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    QString m_file;
};

} // namespace inbeeld::cli
