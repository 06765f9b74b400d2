#pragma once

#include "core/common/Result.h"
#include "core/exchange/PartnerTrust.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

class Store;

/// After we rotate our own keys, a partner who still holds only our previous identity card
/// refuses our next package as from an unknown sender. This keeps, per partner, which of our cards
/// it is known to hold (column partners.our_card): a partner pinned after our rotation is taken to
/// have the new card; otherwise the user confirms it once the partner read our new card in. The
/// package preview shows the notice; the confirmation is audited.
class OwnCardCheck
{
    Q_DECLARE_TR_FUNCTIONS(OwnCardCheck)

public:
    explicit OwnCardCheck(Store& store);

    /// Empty when the partner can open what we send now; otherwise why not, in the user's words.
    Result<QString> notice(const Partner& partner) const;
    /// Records that the partner holds our current card (they told us they read it in).
    Result<void> confirm(const Partner& partner);

private:
    Store& m_store;
};

} // namespace inbeeld
