#pragma once

#include <QByteArray>
#include <QString>

namespace inbeeld {

/// The fingerprint of an organisation's identity, read aloud over the phone or compared on paper.
///
/// Definition: BLAKE2b with a 20-byte (160-bit) output over the domain label
/// "InBeeld identity fingerprint v1", a zero byte, the 32-byte Ed25519 signing key and the 32-byte
/// X25519 encryption key; written in RFC 4648 base32 (A–Z, 2–7: no 0/1/8 to confuse with O/I/B),
/// which gives exactly 32 characters, shown as 8 groups of 4 ("ABCD EFGH … 2345"). Both keys are
/// covered, so neither can be swapped alone. 160 bits leave a forger no second preimage to find.
class Fingerprint
{
public:
    static constexpr int Bytes = 20;
    static constexpr int Characters = 32;

    /// The grouped display form.
    static QString of(const QByteArray& signingKey, const QByteArray& encryptionKey);
    /// What a user typed, without spaces, dashes and dots, in upper case; empty when it is not
    /// 32 base32 characters.
    static QString normalised(const QString& typed);
    /// True when typed (in any grouping or case) is the fingerprint fingerprint.
    static bool matches(const QString& typed, const QString& fingerprint);
    /// Groups 32 characters as "ABCD EFGH …".
    static QString grouped(const QString& normalisedText);
};

} // namespace inbeeld
