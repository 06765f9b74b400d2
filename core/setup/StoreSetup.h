#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/storage/Store.h"

#include <QString>
#include <memory>

namespace inbeeld {

/// Setting up a store is more than making the encrypted file: the organisation also gets its
/// signing and encryption keys (core/exchange/Identity). Storage sits below exchange in the module
/// order, so the step that joins the two lives here, above both; storage knows nothing of keys.
class StoreSetup
{
public:
    /// Creates the store file (Store::create) and the organisation's keys in it
    /// (audited as "identity.created").
    static Result<std::unique_ptr<Store>> createStore(const QString& path, const SecretBytes& passphrase,
                                                      const OrganisationInfo& organisation);
    /// Makes every later Store::open give a store from before schema 4 its keys at the first
    /// unlock after the upgrade. Idempotent; the program's mains and createStore call it.
    static void installOpenSteps();
};

} // namespace inbeeld
