#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <cstddef>
#include <optional>

namespace inbeeld {

/// Bech32 (BIP 173, the original checksum constant) without BIP 173's 90-character limit, as
/// age uses it for "age1…" recipients and "AGE-SECRET-KEY-1…" identities. Works in secret memory
/// throughout, because an identity's text is the secret key itself.
class Bech32
{
public:
    struct Decoded
    {
        QByteArray hrp; // lowercase human-readable part, e.g. "age"
        SecretBytes data; // the 8-bit payload
    };

    /// Lowercase text "<hrp>1<data><checksum>"; hrp must be lowercase printable ASCII.
    static SecretBytes encode(const QByteArray& hrp, const unsigned char* data, std::size_t size);
    /// Accepts all-lowercase or all-uppercase text; std::nullopt when the text is not valid Bech32
    /// (mixed case, bad character, wrong checksum, non-zero padding).
    static std::optional<Decoded> decode(const char* text, std::size_t size);
};

} // namespace inbeeld
