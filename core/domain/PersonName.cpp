#include "core/domain/PersonName.h"

#include "core/common/TextShape.h"
#include "core/common/Windows1252.h"

#include <QSet>
#include <algorithm>
#include <array>

namespace inbeeld {

namespace {

// Voorvoegsels as the Dutch registry lists them (a selection of its table: the Dutch, German,
// French and other forms that occur in practice), plus the abbreviations lists use. Single
// letters ("a", "d", "l") are left out on purpose: in one-column names they are initials.
const char* const kPrefixes[]
    = {"van",       "de",         "der",     "den",      "het",      "'t",       "te",      "ten",      "ter",
       "van der",   "van den",    "van de",  "van het",  "van 't",   "van ter",  "van t",   "in",       "in 't",
       "in de",     "in den",     "in der",  "in het",   "in t",     "op",       "op de",   "op den",   "op der",
       "op het",    "op 't",      "op ten",  "uit",      "uit de",   "uit den",  "uit het", "uit 't",   "uit te de",
       "uit ten",   "uijt",       "uijt de", "uijt den", "aan",      "aan de",   "aan den", "aan der",  "aan het",
       "aan 't",    "bij",        "bij de",  "bij den",  "bij het",  "bij 't",   "onder",   "onder de", "onder den",
       "onder het", "onder 't",   "over",    "over de",  "over den", "over het", "over 't", "voor",     "voor de",
       "voor den",  "voor in 't", "voor 't", "tot",      "toe",      "ver",      "d'",      "l'",       "s'",
       "da",        "dal",        "dalla",   "das",      "de la",    "de las",   "de le",   "de l'",    "de van der",
       "degli",     "dei",        "del",     "della",    "des",      "di",       "do",      "dos",      "du",
       "el",        "la",         "las",     "le",       "les",      "lo",       "los",     "von",      "von der",
       "von den",   "von dem",    "vom",     "zu",       "zum",      "zur",      "auf",     "auf dem",  "auf der",
       "aus",       "aus dem",    "aus der", "ben",      "bin",      "al",       "v.",      "v.d.",     "v.d",
       "v/d",       "vd",         "v. d.",   "v.der",    "v.den",    "v.de",     "v.h."};
constexpr int kMaxPrefixWords = 3;

const QSet<QString>& prefixSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* p : kPrefixes)
            s.insert(QString::fromUtf8(p));
        return s;
    }();
    return set;
}

bool isApostropheVariant(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x2019 || u == 0x2018 || u == 0x0060 || u == 0x00B4 || u == 0x02BC;
}

QString normaliseApostrophes(QString text)
{
    // Looked for first, so that the common case does not copy the text.
    if (std::none_of(text.cbegin(), text.cend(), isApostropheVariant))
        return text;
    for (QChar& c : text) {
        if (isApostropheVariant(c))
            c = u'\'';
    }
    return text;
}

/// Repairs mojibake, unifies apostrophes, trims and collapses white space.
QString clean(const QString& text, bool* repaired)
{
    QString t = text;
    if (const auto fixed = Windows1252::repairMojibake(t)) {
        t = *fixed;
        *repaired = true;
    }
    return TextShape::simplified(normaliseApostrophes(t));
}

QString joinWords(const QStringList& words, qsizetype from, qsizetype to)
{
    return words.mid(from, to - from).join(u' ');
}

/// The number of words of the longest known prefix that starts at words[at], or 0.
int prefixLengthAt(const QStringList& words, qsizetype at)
{
    for (int len = kMaxPrefixWords; len >= 1; --len) {
        if (at + len <= words.size() && prefixSet().contains(joinWords(words, at, at + len).toLower()))
            return len;
    }
    return 0;
}

/// Where a prefix that runs to the end of words starts (the longest such prefix), or -1.
qsizetype trailingPrefixStart(const QStringList& words, qsizetype minimumStart)
{
    for (qsizetype start = qMax(minimumStart, words.size() - kMaxPrefixWords); start < words.size(); ++start) {
        if (prefixSet().contains(joinWords(words, start, words.size()).toLower()))
            return start;
    }
    return -1;
}

/// "Jansen-van": a hyphenated word whose last part is a prefix starts a double surname.
bool startsDoubleSurname(const QString& word)
{
    const qsizetype hyphen = word.lastIndexOf(u'-');
    return hyphen > 0 && hyphen + 1 < word.size() && prefixSet().contains(word.mid(hyphen + 1).toLower());
}

struct Split
{
    QString prefix;
    QString surname;
};

/// A surname that may carry its prefix: "van der Berg", "Berg van der", "Berg v.d.".
Split splitSurname(const QStringList& words)
{
    const int lead = prefixLengthAt(words, 0);
    if (lead > 0 && lead < words.size())
        return {joinWords(words, 0, lead).toLower(), joinWords(words, lead, words.size())};
    const qsizetype trail = trailingPrefixStart(words, 1);
    if (trail > 0)
        return {joinWords(words, trail, words.size()).toLower(), joinWords(words, 0, trail)};
    return {QString(), words.join(u' ')};
}

QStringList wordsOf(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

QString foldGeneral(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (!c.isLetterOrNumber())
            continue;
        // Letters that carry their "diacritic" in the letter itself do not decompose.
        switch (c.toCaseFolded().unicode()) {
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'ø':
            out += u'o';
            break;
        case u'ł':
            out += u'l';
            break;
        case u'đ':
            out += u'd';
            break;
        case u'ı':
            out += u'i';
            break;
        case u'æ':
            out += QStringLiteral("ae");
            break;
        case u'œ':
            out += QStringLiteral("oe");
            break;
        default:
            out += c.toCaseFolded();
        }
    }
    return out;
}

bool isLatin1(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    return true;
}

/// fold() of each character U+0000–U+00FF, computed the general way.
const std::array<QString, 256>& latin1Folds()
{
    static const std::array<QString, 256> table = [] {
        std::array<QString, 256> t;
        for (int c = 0; c < 256; ++c)
            t[size_t(c)] = foldGeneral(QString(QChar(char16_t(c))));
        return t;
    }();
    return table;
}

} // namespace

const QStringList& PersonName::knownPrefixes()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* p : kPrefixes)
            l << QString::fromUtf8(p);
        return l;
    }();
    return list;
}

bool PersonName::isKnownPrefix(const QString& text)
{
    return prefixSet().contains(normaliseApostrophes(text).simplified().toLower());
}

Result<PersonName> PersonName::fromColumns(const QString& firstNames, const QString& prefix, const QString& surname)
{
    PersonName name;
    name.m_firstNames = clean(firstNames, &name.m_repaired);
    const QString prefixText = clean(prefix, &name.m_repaired);
    const QString surnameText = clean(surname, &name.m_repaired);
    if (surnameText.isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("The surname is missing. Fill in the surname (achternaam) in the source list."));
    }
    if (!prefixText.isEmpty()) {
        name.m_prefix = prefixText.toLower();
        name.m_surname = surnameText;
        // Some lists repeat the prefix in the surname column: "van der" + "van der Berg".
        const qsizetype n = name.m_prefix.size();
        if (TextShape::isAscii(name.m_surname)) {
            // Lower case keeps the length of ASCII text: compare in place instead of copying.
            if (name.m_surname.size() > n && name.m_surname[n] == u' '
                && QStringView(name.m_surname).left(n).compare(name.m_prefix, Qt::CaseInsensitive) == 0
                && TextShape::isAscii(name.m_prefix))
                name.m_surname = name.m_surname.mid(n + 1);
        } else if (name.m_surname.toLower().startsWith(name.m_prefix + u' ')) {
            name.m_surname = name.m_surname.mid(n + 1);
        }
        return name;
    }
    if (surnameText.contains(u',')) {
        const qsizetype comma = surnameText.indexOf(u',');
        const QString before = surnameText.left(comma).trimmed();
        const QString after = surnameText.mid(comma + 1).trimmed();
        if (before.isEmpty() || !isKnownPrefix(after)) {
            return makeError(Error::Code::InvalidInput,
                             tr("The surname \"%1\" contains a comma that is not followed by a prefix such as "
                                "\"van der\". Put first names and surname in their own columns, or write the "
                                "surname like \"Berg, van der\".")
                                 .arg(surnameText));
        }
        name.m_prefix = after.toLower();
        name.m_surname = before;
        return name;
    }
    if (!surnameText.contains(u' ')) {
        // One word ("Bakker", "Jansen-de Vries" has a space): never split, as splitSurname
        // would find (a prefix needs a word after or before it).
        name.m_surname = surnameText;
        return name;
    }
    const Split split = splitSurname(wordsOf(surnameText));
    name.m_prefix = split.prefix;
    name.m_surname = split.surname;
    return name;
}

Result<PersonName> PersonName::parse(const QString& fullName)
{
    PersonName name;
    const QString text = clean(fullName, &name.m_repaired);
    if (text.isEmpty() || text == u",")
        return makeError(Error::Code::InvalidInput, tr("The name is empty. Fill in at least the surname."));

    if (text.contains(u',')) {
        const QStringList parts = text.split(u',');
        if (parts.size() > 2 || parts[0].trimmed().isEmpty()) {
            return makeError(Error::Code::InvalidInput,
                             tr("The name \"%1\" cannot be split into first names, prefix and surname. Write it as "
                                "\"Berg, Jan van der\" or \"Jan van der Berg\", or use separate columns.")
                                 .arg(text));
        }
        const QStringList left = wordsOf(parts[0]);
        const QStringList right = wordsOf(parts[1]);
        QString leftPrefix;
        qsizetype surnameEnd = left.size();
        if (const qsizetype t = trailingPrefixStart(left, 1); t > 0) {
            leftPrefix = joinWords(left, t, left.size()).toLower();
            surnameEnd = t;
        }
        QString rightPrefix;
        qsizetype firstEnd = right.size();
        if (const qsizetype t = trailingPrefixStart(right, 0); t >= 0) {
            rightPrefix = joinWords(right, t, right.size()).toLower();
            firstEnd = t;
        }
        if (!leftPrefix.isEmpty() && !rightPrefix.isEmpty()) {
            return makeError(Error::Code::InvalidInput,
                             tr("The name \"%1\" has a prefix on both sides of the comma. Check the name in the "
                                "source list.")
                                 .arg(text));
        }
        name.m_surname = joinWords(left, 0, surnameEnd);
        name.m_prefix = leftPrefix.isEmpty() ? rightPrefix : leftPrefix;
        name.m_firstNames = joinWords(right, 0, firstEnd);
        return name;
    }

    const QStringList words = wordsOf(text);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (startsDoubleSurname(words[i])) { // "Jan Jansen-van der Berg"
            name.m_firstNames = joinWords(words, 0, i);
            name.m_surname = joinWords(words, i, words.size());
            return name;
        }
        const int len = prefixLengthAt(words, i);
        if (len == 0)
            continue;
        if (i + len < words.size()) { // "Jan van der Berg", "van der Berg"
            name.m_firstNames = joinWords(words, 0, i);
            name.m_prefix = joinWords(words, i, i + len).toLower();
            name.m_surname = joinWords(words, i + len, words.size());
            return name;
        }
        if (i > 0) { // "Berg v.d.": the prefix follows the surname
            name.m_prefix = joinWords(words, i, words.size()).toLower();
            name.m_surname = joinWords(words, 0, i);
            return name;
        }
        break; // the whole name is a prefix word ("Van"): take it as the surname
    }
    name.m_firstNames = joinWords(words, 0, words.size() - 1);
    name.m_surname = words.last();
    return name;
}

QString PersonName::surnameWithPrefix() const
{
    return m_prefix.isEmpty() ? m_surname : m_prefix + u' ' + m_surname;
}

QString PersonName::displayName() const
{
    return m_firstNames.isEmpty() ? surnameWithPrefix() : m_firstNames + u' ' + surnameWithPrefix();
}

QString PersonName::sortName() const
{
    QString rest = m_firstNames;
    if (!m_prefix.isEmpty())
        rest = rest.isEmpty() ? m_prefix : rest + u' ' + m_prefix;
    return rest.isEmpty() ? m_surname : m_surname + QStringLiteral(", ") + rest;
}

QString PersonName::matchKey() const
{
    if (isLatin1(m_surname) && isLatin1(m_firstNames)) {
        // The same as the general way below, in one string (see fold()).
        const auto& table = latin1Folds();
        QString key;
        key.reserve(m_surname.size() + 6);
        for (const QChar c : m_surname)
            key += table[c.unicode()];
        key += u'|';
        for (const QChar c : m_firstNames) {
            if (const QString& folded = table[c.unicode()]; !folded.isEmpty()) {
                key += folded[0];
                break;
            }
        }
        return key;
    }
    return surnameKey() + u'|' + firstNamesKey().left(1);
}

bool PersonName::hasLostCharacters() const
{
    for (const QString* part : {&m_firstNames, &m_prefix, &m_surname}) {
        if (part->contains(u'?') || part->contains(QChar(QChar::ReplacementCharacter)))
            return true;
    }
    return false;
}

QString PersonName::fold(const QString& text)
{
    // Latin-1 text (nearly all names and column headers): per character from a table made by
    // the general way below, for a million-row import. Folding works per character here, since
    // these characters carry no combining marks to reorder: the result is the same.
    if (isLatin1(text)) {
        const auto& table = latin1Folds();
        QString out;
        out.reserve(text.size() + 4);
        for (const QChar c : text)
            out += table[c.unicode()];
        return out;
    }
    return foldGeneral(text);
}

} // namespace inbeeld
