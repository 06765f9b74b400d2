#pragma once

#include "app/cli/Command.h"
#include "core/importing/ImportOptions.h"
#include "core/importing/ImportReport.h"

#include <QJsonObject>

namespace inbeeld::cli {

/// The translation context and group help of the import and snapshots commands.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static QString snapshotsHelp();
    /// An import report as import --json and snapshots report --json print it.
    static QJsonObject reportJson(const ImportReport& r);
    /// An import report as text, for import and snapshots report.
    static void printReport(const ImportReport& r);
};

/// "import": Import a list of thuiszitters (CSV or XLSX) into a new snapshot.
class ImportCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    ImportCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    QString m_file;
    ImportOptions m_options;
    QString m_rejectedCsv;
};

} // namespace inbeeld::cli
