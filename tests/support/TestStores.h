#pragma once

#include "core/crypto/SecretBytes.h"
#include "core/storage/Store.h"

#include <QString>
#include <memory>

namespace inbeeld::testing {

/// A fictitious organisation for test stores.
OrganisationInfo testOrganisation(Role role = Role::Rbl, const QString& name = QStringLiteral("Test RBL Oost"));
inline SecretBytes passphrase(const QString& text)
{
    return SecretBytes::fromUtf8(text);
}
/// Creates a store or fails the current test (QFAIL) and returns null.
std::unique_ptr<Store> createTestStore(const QString& path, const QString& passphraseText,
                                       const OrganisationInfo& org = testOrganisation());
QByteArray readFile(const QString& path);

} // namespace inbeeld::testing
