#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace inbeeld::cli {

/// "report": the Inspectie's quarterly registration (core/reporting/InspectieRegistration) as
/// XLSX, CSV, JSON or PDF, and the processing-register entry (GDPR art. 30) as JSON or PDF.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static int run(const QStringList& arguments);
    static int inspectie(const QStringList& arguments);
    static int processingRegister(const QStringList& arguments);
};

} // namespace inbeeld::cli
