#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace inbeeld {

class Store;

/// The answer to an access request (GDPR art. 15) for one child: every record in every list we
/// hold, notes, match and share decisions, packages that held the child, closure, restriction,
/// who viewed the child when, and the explanation art. 15 requires. JSON keys are read by scripts
/// (docs/cli.md); generating it is audited without the child's number.
class AccessExport
{
    Q_DECLARE_TR_FUNCTIONS(AccessExport)

public:
    enum class Format { Json, Pdf };

    static Result<QJsonObject> build(Store& store, const QString& childKey,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Builds the export and writes it to path as JSON or as the readable PDF, readable only by
    /// the user (0600: it holds personal data). The PDF needs a QGuiApplication.
    static Result<void> write(Store& store, const QString& childKey, Format format, const QString& path);
};

} // namespace inbeeld
