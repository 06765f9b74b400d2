#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

class Store;

/// One request of a data subject (GDPR art. 15–21) as registered: what was asked, by whom, how
/// their identity was checked, and the deadline (one month, extendable by two with a reason).
struct SubjectRequest
{
    qint64 id = 0;
    QString type; // "access", "rectification", "completion", "erasure", "restriction", "objection"
    QString childKey; // empty after the child was purged
    QDate receivedOn;
    QString requester; // "young_person" (16+), "parent", "guardian"
    QString identityCheck; // how identity was verified
    QString verifiedBy;
    QDate deadline;
    QString extensionReason;
    QString status = QStringLiteral("open"); // "open", "done", "refused"
    QString outcome;

    bool isOpen() const { return status == u"open"; }
};

/// The register of data-subject requests (table subject_requests). Registering, extending and
/// closing are audited with the request number and type only.
class SubjectRequests
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRequests)

public:
    explicit SubjectRequests(Store& store);

    /// Registers a request; the deadline is one month after receipt.
    Result<SubjectRequest> add(SubjectRequest request);
    /// Extends the deadline by two months (art. 12(3)); a reason is required.
    Result<SubjectRequest> extend(qint64 id, const QString& reason);
    Result<SubjectRequest> close(qint64 id, const QString& outcome, bool refused = false);
    Result<QList<SubjectRequest>> list(bool openOnly = false) const;
    Result<SubjectRequest> get(qint64 id) const;

    /// Open requests whose deadline is within `days` of today (or passed).
    static QList<SubjectRequest> nearingDeadline(const QList<SubjectRequest>& requests, const QDate& today,
                                                 int days = 7);
    static const QStringList& types();
    static const QStringList& requesters();
    static QString typeName(const QString& type); // translated
    static QString requesterName(const QString& requester); // translated
    /// The child key ("bsn:…") for a BSN as a user typed it; a message in the user's words when
    /// it is not a valid BSN.
    static Result<QString> childKeyOf(const QString& bsnText);

private:
    Store& m_store;
};

} // namespace inbeeld
