#pragma once

#include "core/crypto/SecretBytes.h"

class QLineEdit;

namespace inbeeld {

/// Moves a passphrase from a line edit into secret memory. readSecret() leaves the field as it
/// is (so input survives a failed attempt); takeSecret() also clears the field.
SecretBytes readSecret(const QLineEdit* edit);
SecretBytes takeSecret(QLineEdit* edit);

} // namespace inbeeld
