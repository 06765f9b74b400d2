#pragma once

#include <QString>

namespace inbeeld {

/// What a user or an administrator needs to say which InBeeld they run: the version, the git
/// commit it was built from (taken when the build was configured; "unknown" outside git) and the
/// licence. `--version` of both programs and the About dialog show it, so a bug report or an
/// audit names the exact build.
class BuildInfo
{
public:
    static QString version();
    static QString commit();
    /// The SPDX identifier of the program's licence.
    static QString licence() { return QStringLiteral("EUPL-1.2"); }
    /// Three lines for `--version`: "<program> <version>", the commit and the licence.
    static QString versionText(const QString& program);
};

} // namespace inbeeld
