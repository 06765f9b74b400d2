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
    static Result<QJsonObject> build(Store& store, const QString& childKey,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace inbeeld
