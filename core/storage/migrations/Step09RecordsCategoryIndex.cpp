#include "core/storage/migrations/MigrationSteps.h"

namespace inbeeld::migrations {

// Records lose the (snapshot_id, category) index. No query looks records up by category
// (a comparison reads a whole snapshot through records_snapshot_bsn), and with a handful of
// categories every import inserted into the middle of that index, which made it the most
// expensive part of storing a million-row list.
QStringList dropRecordsCategoryIndex()
{
    return {
        QStringLiteral("DROP INDEX records_snapshot_category"),
    };
}

} // namespace inbeeld::migrations
