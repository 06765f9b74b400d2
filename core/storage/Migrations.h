#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace inbeeld {

/// The store's schema history. Each migration runs in its own transaction and bumps the
/// schema version in the same transaction. A store newer than the program is refused untouched.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    /// 0 for an empty database.
    static int currentVersion(QSqlDatabase db);
    static Result<void> migrate(QSqlDatabase db, int targetVersion);
};

} // namespace inbeeld
