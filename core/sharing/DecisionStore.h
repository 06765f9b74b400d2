#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/domain/Role.h"
#include "core/sharing/ShareDecision.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace inbeeld {

class Transaction;

/// The share decisions in a store (schema 4 and later): recording, listing, withdrawing. Every
/// change is written in one transaction together with its audit entry; the audit text names
/// the decision, record id, recipient party and counts, never a BSN or a name.
class DecisionStore
{
    Q_DECLARE_TR_FUNCTIONS(DecisionStore)

public:
    explicit DecisionStore(Store& store);

    /// Stores a decision built by Checklist (id must be 0) and returns it with its id.
    Result<ShareDecision> record(ShareDecision decision);
    /// Records the standing decision of the agreement's quarterly exchange (Checklist::
    /// standingDecision). Refused while one for the same agreement is in force.
    Result<ShareDecision> recordStanding(const Agreement& agreement, Role ownRole, const QDateTime& now);
    /// Withdraws a decision; from then on it covers nothing. reason is optional.
    Result<ShareDecision> withdraw(qint64 id, const QString& reason, const QDateTime& now);

    /// Every decision, newest first.
    Result<QList<ShareDecision>> list() const;
    Result<ShareDecision> get(qint64 id) const;
    /// The individual decisions about one child (by CaseRecord::childKey()), newest first.
    Result<QList<ShareDecision>> forChild(const QString& childKey) const;
    /// The newest standing decision of an agreement that is not withdrawn, if any.
    Result<std::optional<ShareDecision>> standing(const QString& agreementId) const;

private:
    Result<QList<ShareDecision>> select(const QString& where, const QVariantList& values) const;
    Result<void> commitWithAudit(Transaction& transaction, const QString& action, const QString& detail);

    QSqlDatabase m_db;
};

} // namespace inbeeld
