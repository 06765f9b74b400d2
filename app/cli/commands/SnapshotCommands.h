#pragma once

#include "app/cli/Command.h"

namespace inbeeld::cli {

/// "snapshots list": List the imported lists (snapshots).
class SnapshotsListCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    SnapshotsListCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;
};

/// "snapshots diff": Show what changed since the previous list of the same source.
class SnapshotsDiffCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    SnapshotsDiffCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    qint64 m_id = 0;
};

/// "snapshots report": Show the stored report of an import; export its rejected rows.
class SnapshotsReportCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    SnapshotsReportCommand();

protected:
    void defineStoreOptions(CommandLine& cmd) override;
    std::optional<int> prepare(CommandLine& cmd) override;
    int executeWithStore(Store& store, CommandLine& cmd) override;

private:
    qint64 m_id = 0;
    QString m_rejectedCsv;
};

} // namespace inbeeld::cli
