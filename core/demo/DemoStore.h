#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// The demo organisation of the Quick start: a throw-away store in a temporary folder, with a
/// passphrase that the unlock screen shows. Synthetic data only.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)

public:
    static QString passphrase() { return QStringLiteral("demo-inbeeld-2026"); }
    static QString organisationName() { return QStringLiteral("Demo RBL Midden-Gelre"); }
    /// Creates the demo store in directory (which must exist) and returns its path. The store
    /// holds two imported lists (DemoLists): the RBL's own ("ours") and SWV De Liemers' ("theirs"),
    /// whose CSV files are left beside the store (ourListFileName(), theirListFileName()).
    static Result<QString> create(const QString& directory);
    static QString ourListFileName() { return QStringLiteral("demo-lijst-rbl.csv"); }
    static QString theirListFileName() { return QStringLiteral("demo-lijst-swv-de-liemers.csv"); }
    /// True for a store path created by create() (by file name), so the UI can show the passphrase.
    static bool isDemoPath(const QString& path);
};

} // namespace inbeeld
