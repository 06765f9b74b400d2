#include "core/crypto/PassphraseStrength.h"

#include "core/crypto/KeyDerivation.h"

#include <QRegularExpression>
#include <QtMath>
#include <vector>
#include <zxcvbn.h>

namespace inbeeld {

namespace {

// Words Dutch people build passwords from that zxcvbn's English dictionaries do not know:
// greetings, seasons, months, days, family words, pets, clubs, cities and the words of our
// own domain. zxcvbn treats them like its own dictionary words (with l33t and capitals).
const char* const CommonDutchWords[] = {
    "welkom",       "wachtwoord", "geheim",      "zomer",      "winter",
    "lente",        "herfst",     "voorjaar",    "najaar",     "januari",
    "februari",     "maart",      "april",       "juni",       "juli",
    "augustus",     "september",  "oktober",     "november",   "december",
    "maandag",      "dinsdag",    "woensdag",    "donderdag",  "vrijdag",
    "zaterdag",     "zondag",     "hallo",       "liefde",     "schatje",
    "lieverd",      "voetbal",    "ajax",        "feyenoord",  "oranje",
    "nederland",    "holland",    "amsterdam",   "rotterdam",  "utrecht",
    "arnhem",       "nijmegen",   "zutphen",     "doetinchem", "apeldoorn",
    "gelderland",   "achterhoek", "liemers",     "leerplicht", "thuiszitter",
    "thuiszitters", "gemeente",   "verzuim",     "onderwijs",  "samenwerkingsverband",
    "inbeeld",      "sleutel",    "toegang",     "inloggen",   "kantoor",
    "vakantie",     "kerstmis",   "sinterklaas", "verjaardag", "veilig",
};

double attackerBandwidthBytesPerSecond()
{
    return 1e12; // a high-end graphics card's memory bandwidth (2026): ~1 TB/s
}

} // namespace

QStringList PassphraseStrength::dutchWords(const QStringList& extraWords)
{
    QStringList words;
    for (const char* w : CommonDutchWords)
        words.append(QString::fromLatin1(w));
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString& extra : extraWords) {
        const QString whole = extra.toLower().remove(separators);
        if (whole.size() >= 3)
            words.append(whole); // "rblmiddengelre"
        for (const QString& part : extra.toLower().split(separators, Qt::SkipEmptyParts))
            if (part.size() >= 3)
                words.append(part);
    }
    words.removeDuplicates();
    return words;
}

double PassphraseStrength::guessesPerSecond()
{
    const KeyDerivation::Parameters p = KeyDerivation::storeParameters();
    const double bytesPerGuess = 2.0 * double(p.opsLimit) * double(p.memLimitBytes);
    return attackerBandwidthBytesPerSecond() / bytesPerGuess;
}

QString PassphraseStrength::timeToGuess(double bits)
{
    const double seconds = std::exp2(std::max(0.0, bits - 1.0)) / guessesPerSecond();
    const double minute = 60, hour = 3600, day = 86400, year = 365.25 * day;
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < minute)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < hour)
        return tr("%n minute(s)", nullptr, int(seconds / minute));
    if (seconds < day)
        return tr("%n hour(s)", nullptr, int(seconds / hour));
    if (seconds < year)
        return tr("%n day(s)", nullptr, int(seconds / day));
    const double years = seconds / year;
    if (years < 1e6)
        return tr("%n year(s)", nullptr, int(years));
    if (years < 1e9)
        return tr("more than %n million years", nullptr, int(years / 1e6));
    return tr("more than a billion years");
}

PassphraseStrength::Assessment PassphraseStrength::assess(const QString& passphrase, const QStringList& extraWords)
{
    const QStringList words = dutchWords(extraWords);
    std::vector<QByteArray> utf8;
    utf8.reserve(std::size_t(words.size()));
    for (const QString& w : words)
        utf8.push_back(w.toUtf8());
    std::vector<const char*> dictionary;
    for (const QByteArray& w : utf8)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    QByteArray text = passphrase.toUtf8();
    const double bits = ZxcvbnMatch(text.constData(), dictionary.data(), nullptr);
    text.fill('\0');

    Assessment a {Level::TooShort, bits, {}};
    const QString time = timeToGuess(bits);
    const QString advice = tr("Take four or more random words, for example \"lantaarn kwartel oever paraplu\".");
    if (passphrase.size() < MinimumLength) {
        a.hint = tr("Too short: use at least %n characters.", nullptr, MinimumLength) + QLatin1Char(' ') + advice;
    } else if (bits < MinimumBits) {
        a.level = Level::Weak;
        a.hint = tr("Too easy to guess: an attacker with a fast computer would need about %1.").arg(time)
            + QLatin1Char(' ') + advice;
    } else if (bits < 80) {
        a.level = Level::Fair;
        a.hint = tr("Good enough: an attacker with a fast computer would need about %1. A longer passphrase "
                    "is even safer.")
                     .arg(time);
    } else {
        a.level = Level::Strong;
        a.hint = tr("Strong: an attacker with a fast computer would need about %1.").arg(time);
    }
    return a;
}

} // namespace inbeeld
