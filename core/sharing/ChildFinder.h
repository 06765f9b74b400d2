#pragma once

#include "core/common/Result.h"
#include "core/domain/Bsn.h"
#include "core/domain/CaseRecord.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <optional>

namespace inbeeld {

/// A child as the newest list that has it records it.
struct FoundChild
{
    CaseRecord record;
    SnapshotInfo snapshot;
};

/// Finds the child a decision is about in the store's lists: only the newest list of each side
/// and source counts (older lists are history), the organisation's own lists before partners'.
class ChildFinder
{
    Q_DECLARE_TR_FUNCTIONS(ChildFinder)

public:
    static Result<std::optional<FoundChild>> byBsn(Store& store, const Bsn& bsn);
};

} // namespace inbeeld
