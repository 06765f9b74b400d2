#pragma once

#include "core/common/Result.h"
#include "core/sharing/ShareDecision.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace inbeeld {

/// The gate every exporter of personal data must pass: before a child's data goes into a file,
/// a package or a printed case sheet, the exporter asks for the decision that covers that child,
/// that recipient and those fields, and writes nothing when it is refused
/// (Error::Code::SharingNotAllowed, with a message that says what is missing).
///
/// Not sharing, so not guarded: writing the organisation's own source rows back to itself, such
/// as the rejected-rows CSV of an import report (ImportReport::exportRejectedCsv).
class ShareGuard
{
    Q_DECLARE_TR_FUNCTIONS(ShareGuard)

public:
    /// The newest individual decision in force for the child and recipient that covers every
    /// requested field. Refused without a decision, when it expired, was withdrawn, was taken for
    /// another recipient, chose a less intrusive way, or does not cover every field.
    static Result<ShareDecision> require(Store& store, const ChildRef& child, const QString& recipient,
                                         const QStringList& fields, const QDateTime& now);
    /// The standing decision of the quarterly exchange for an agreement, if it covers the fields
    /// for the category (Bijlage 1). Refused when none was recorded or it was withdrawn.
    static Result<ShareDecision> requireQuarterly(Store& store, const QString& agreementId, const QString& category,
                                                  const QStringList& fields);
};

} // namespace inbeeld
