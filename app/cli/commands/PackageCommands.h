#pragma once

#include "app/cli/Command.h"
#include "core/exchange/PackageManifest.h"

namespace inbeeld::cli {

/// The translation context and group help of the package commands.
class PackageCommands
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommands)

public:
    static QString helpText();
};

/// "package create": a signed, encrypted package for a pinned partner.
class PackageCreateCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommands)

public:
    PackageCreateCommand();

protected:
    /// legacyExport: the older "package export FILE" form (quarterly only).
    explicit PackageCreateCommand(bool legacyExport);
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    bool m_legacyExport = false;
    QString m_out;
    PackageKind m_kind = PackageKind::Quarterly;
    QString m_quarter;
};

/// "package export FILE": the older form of "package create --out FILE", kept for scripts.
class PackageExportCommand : public PackageCreateCommand
{
public:
    PackageExportCommand();
};

/// "package open": checks a partner's package and stores it as the partner's list.
class PackageOpenCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommands)

public:
    PackageOpenCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
