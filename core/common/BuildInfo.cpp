#include "core/common/BuildInfo.h"

#include <QCoreApplication>

// Set on this file alone (core/CMakeLists.txt), so a new commit recompiles one file.
#ifndef INBEELD_VERSION
#define INBEELD_VERSION "0.0.0"
#endif
#ifndef INBEELD_COMMIT
#define INBEELD_COMMIT "unknown"
#endif

namespace inbeeld {

QString BuildInfo::version()
{
    return QStringLiteral(INBEELD_VERSION);
}

QString BuildInfo::commit()
{
    return QStringLiteral(INBEELD_COMMIT);
}

QString BuildInfo::versionText(const QString& program)
{
    return program + QLatin1Char(' ') + version() + QLatin1Char('\n')
        + QCoreApplication::translate("BuildInfo", "Commit: %1").arg(commit()) + QLatin1Char('\n')
        + QCoreApplication::translate("BuildInfo", "Licence: %1 (European Union Public Licence 1.2)").arg(licence());
}

} // namespace inbeeld
