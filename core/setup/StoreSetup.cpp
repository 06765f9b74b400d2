#include "core/setup/StoreSetup.h"

#include "core/exchange/Identity.h"

namespace inbeeld {

namespace {

Result<void> ensureIdentity(Store& store)
{
    auto identity = Identity::ensure(store);
    if (!identity)
        return identity.error();
    return {};
}

} // namespace

Result<std::unique_ptr<Store>> StoreSetup::createStore(const QString& path, const SecretBytes& passphrase,
                                                       const OrganisationInfo& organisation)
{
    installOpenSteps();
    auto created = Store::create(path, passphrase, organisation);
    if (!created)
        return created.error();
    // The organisation's signing and encryption keys are made at setup, inside the new store.
    auto identity = ensureIdentity(*created.value());
    if (!identity)
        return identity.error();
    return created;
}

void StoreSetup::installOpenSteps()
{
    Store::setOpenedStep(&ensureIdentity);
}

} // namespace inbeeld
