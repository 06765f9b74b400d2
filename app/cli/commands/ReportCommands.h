#pragma once

#include "app/cli/Command.h"
#include "core/reporting/InspectieExport.h"

#include <QDate>

namespace inbeeld::cli {

/// The translation context and group help of "report".
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static QString helpText();
};

/// "report inspectie": the Inspectie's quarterly registration (core/reporting/InspectieRegistration)
/// as XLSX, CSV, JSON or PDF.
class ReportInspectieCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    ReportInspectieCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    std::optional<Quarter> m_quarter;
    std::optional<InspectieExport::Format> m_format;
    QDate m_peildatum;
};

/// "report register": the processing-register entry (GDPR art. 30) as JSON or PDF.
class ReportRegisterCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    ReportRegisterCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

} // namespace inbeeld::cli
