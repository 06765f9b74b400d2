#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld::cli {

/// Importing lists and looking at the stored lists (snapshots): "import", "snapshots list",
/// "snapshots diff", "snapshots report". The same core services as the GUI's import wizard.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static int import(const QStringList& arguments);
    /// "snapshots list|diff|report ..."
    static int snapshots(const QStringList& arguments);

private:
    static int list(const QStringList& arguments);
    static int diff(const QStringList& arguments);
    static int report(const QStringList& arguments);
    static QString snapshotsHelp();
};

} // namespace inbeeld::cli
