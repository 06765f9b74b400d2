#include "core/sharing/ShareGuard.h"

#include "core/sharing/DecisionStore.h"
#include "core/storage/ChildStates.h"

namespace inbeeld {

namespace {

Error refused(const QString& message)
{
    return makeError(Error::Code::SharingNotAllowed, message);
}

QString shortDate(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("d-M-yyyy"));
}

} // namespace

Result<ShareDecision> ShareGuard::require(Store& store, const ChildRef& child, const QString& recipient,
                                          const QStringList& fields, const QDateTime& now)
{
    if (child.childKey.isEmpty())
        return refused(tr("The child cannot be identified, so no decision can cover sharing its data."));
    if (fields.isEmpty())
        return refused(tr("Nothing to share: no fields were requested."));
    auto states = ChildStates::load(store.database());
    if (!states)
        return states.error();
    if (states.value().isRestricted(child.childKey))
        return refused(tr("Processing of this child's data is restricted (a request of the data subject): nothing is "
                          "shared until the restriction is lifted."));
    if (states.value().isClosed(child.childKey))
        return refused(tr("This child's case is closed: processing has ended, so nothing is shared. Reopen the case "
                          "first if that was a mistake."));
    auto decisions = DecisionStore(store).forChild(child.childKey);
    if (!decisions)
        return decisions.error();

    // Try every decision, newest first; remember why the closest ones do not apply.
    const ShareDecision* missingFields = nullptr;
    const ShareDecision* withdrawn = nullptr;
    const ShareDecision* expired = nullptr;
    const ShareDecision* alternative = nullptr;
    const ShareDecision* otherRecipient = nullptr;
    for (const ShareDecision& d : decisions.value()) {
        if (d.recipient != recipient) {
            if (!otherRecipient && d.isInForce(now))
                otherRecipient = &d;
            continue;
        }
        if (d.outcome == ShareDecision::Outcome::Alternative) {
            if (!alternative)
                alternative = &d;
            continue;
        }
        if (d.isWithdrawn()) {
            if (!withdrawn)
                withdrawn = &d;
            continue;
        }
        if (d.isExpired(now)) {
            if (!expired)
                expired = &d;
            continue;
        }
        if (!d.missingFields(fields).isEmpty()) {
            if (!missingFields)
                missingFields = &d;
            continue;
        }
        return d;
    }

    const QString walk = tr("Walk the four-step check for this child and this recipient first.");
    if (missingFields)
        return refused(tr("Decision %1 does not cover these fields: %2. %3")
                           .arg(missingFields->id)
                           .arg(missingFields->missingFields(fields).join(QStringLiteral(", ")), walk));
    if (expired)
        return refused(tr("Decision %1 for this child and recipient expired on %2. %3")
                           .arg(expired->id)
                           .arg(shortDate(expired->expiresAt), walk));
    if (withdrawn)
        return refused(tr("Decision %1 for this child and recipient was withdrawn on %2. %3")
                           .arg(withdrawn->id)
                           .arg(shortDate(withdrawn->withdrawnAt), walk));
    if (alternative)
        return refused(tr("Decision %1 chose a less intrusive way instead of sharing this child's data. %2")
                           .arg(alternative->id)
                           .arg(walk));
    if (otherRecipient)
        return refused(tr("Decision %1 covers sharing with %2, not with %3. %4")
                           .arg(otherRecipient->id)
                           .arg(otherRecipient->recipient, recipient, walk));
    return refused(tr("There is no decision to share this child's data. %1").arg(walk));
}

Result<ShareDecision> ShareGuard::requireQuarterly(Store& store, const QString& agreementId, const QString& category,
                                                   const QStringList& fields)
{
    auto standing = DecisionStore(store).standing(agreementId);
    if (!standing)
        return standing.error();
    if (!standing.value())
        return refused(tr("The standing decision for the quarterly exchange has not been recorded (or was "
                          "withdrawn). Record it before exchanging the lists."));
    const ShareDecision& d = *standing.value();
    const QStringList missing = d.missingFields(fields, category);
    if (!missing.isEmpty())
        return refused(tr("The agreement does not allow these fields for the category \"%1\" in the quarterly "
                          "exchange: %2.")
                           .arg(category, missing.join(QStringLiteral(", "))));
    return d;
}

} // namespace inbeeld
