#include "core/crypto/PassphraseStrength.h"

#include <QSet>
#include <QtMath>

namespace inbeeld {

PassphraseStrength::Assessment PassphraseStrength::assess(const QString& passphrase)
{
    // Character-class pool estimate, discounted for repeated characters. Crude, but it steers
    // people from "Welkom2026!" towards a few unrelated words.
    bool lower = false, upper = false, digit = false, other = false, space = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true;
        else
            other = true;
    }
    int pool = 0;
    pool += lower ? 26 : 0;
    pool += upper ? 26 : 0;
    pool += digit ? 10 : 0;
    pool += other ? 33 : 0;
    pool += space ? 1 : 0;
    const double effectiveLength = qMin<double>(passphrase.size(), distinct.size() * 1.5);
    const double bits = pool > 0 ? effectiveLength * std::log2(double(pool)) : 0.0;

    Assessment a {Level::TooShort, bits, {}};
    if (passphrase.size() < MinimumLength) {
        a.hint
            = tr("Too short: use at least %n characters, for example a few unrelated words.", nullptr, MinimumLength);
    } else if (bits < 50) {
        a.level = Level::Weak;
        a.hint = tr("Weak: add more words or characters.");
    } else if (bits < 75) {
        a.level = Level::Fair;
        a.hint = tr("Fair: a longer passphrase is harder to guess.");
    } else {
        a.level = Level::Strong;
        a.hint = tr("Strong.");
    }
    return a;
}

} // namespace inbeeld
