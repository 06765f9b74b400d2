#pragma once

#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace inbeeld {

/// The readable (Dutch) PDFs of the lifecycle, made from the same JSON the scripts read: the
/// answer to an access request and the breach report. Both hold personal data, so both carry the
/// "vertrouwelijk" footer (core/documents).
class LifecycleDocuments
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleDocuments)

public:
    static Document access(const QJsonObject& access);
    /// withChildren: list the children of each package (only on request).
    static Document breach(const QJsonObject& report, bool withChildren);
};

} // namespace inbeeld
