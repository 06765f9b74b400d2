#pragma once

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// A rough strength estimate for the setup and change-passphrase dialogs. It only advises;
/// the hard rule is the minimum length.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { TooShort, Weak, Fair, Strong };
    static constexpr int MinimumLength = 12;

    struct Assessment
    {
        Level level;
        double bits;
        QString hint; // translated, e.g. "Strong: about 80 bits"
    };

    static Assessment assess(const QString& passphrase);
    static bool acceptable(const QString& passphrase) { return assess(passphrase).level != Level::TooShort; }
};

} // namespace inbeeld
