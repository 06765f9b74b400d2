#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// Estimates how hard a new passphrase is to guess, with Debian's libzxcvbn (the estimator
/// KeePassXC uses) plus Dutch words it does not know, and turns the estimate into the time an
/// attacker with a stolen store file would need given our Argon2id cost. The setup wizard,
/// *Wachtwoordzin wijzigen* and the CLI (`init`, `passwd`) refuse passphrases below
/// MinimumBits; the demo store does not go through this check.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { TooShort, Weak, Fair, Strong };
    static constexpr int MinimumLength = 12;
    /// Why 60 bits: the store file is what an attacker gets (a lost laptop, a copied backup),
    /// so the passphrase must hold against an offline attack for as long as the data matters
    /// (a child's record is kept for years). At the derived rate of ~600 guesses per second
    /// for a fast computer with a high-end graphics card (see guessesPerSecond()), 2^60 guesses
    /// take tens of millions of years; the margin absorbs zxcvbn overestimating passphrases
    /// with patterns it does not know and attackers with many such machines. Four or more
    /// random words pass easily; "Welkom2026!!" (about 20 bits) does not.
    static constexpr double MinimumBits = 60.0;

    struct Assessment
    {
        Level level;
        double bits;
        QString hint; // translated: level, time to guess and advice
    };

    /// `extraWords`: words an attacker would try first for this store, e.g. the organisation's
    /// name ("RBL Midden-Gelre"); they are added to the Dutch word list.
    static Assessment assess(const QString& passphrase, const QStringList& extraWords = {});
    static bool acceptable(const QString& passphrase, const QStringList& extraWords = {})
    {
        const Level level = assess(passphrase, extraWords).level;
        return level == Level::Fair || level == Level::Strong;
    }

    /// Guesses per second of an attacker's fast computer against our Argon2id parameters:
    /// Argon2id is memory-bound, every guess writes and reads its whole memory once per pass,
    /// so the rate is the memory bandwidth of a high-end graphics card (1 TB/s) divided by
    /// 2 x passes x memory.
    static double guessesPerSecond();
    /// The average time to guess (half the search space) at guessesPerSecond(), in Dutch words:
    /// "300 jaar", "ruim een miljoen jaar".
    static QString timeToGuess(double bits);

    /// Lower-case words the estimator should know as Dutch: a built-in list of common Dutch
    /// password words plus the words of `extraWords`.
    static QStringList dutchWords(const QStringList& extraWords);
};

} // namespace inbeeld
