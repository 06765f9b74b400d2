#include "core/sharing/SpecialCategoryDetector.h"

#include <QRegularExpression>
#include <algorithm>

namespace inbeeld {

namespace {

enum class Match {
    Word, // the whole word (or one part of a hyphenated word)
    Start, // the word starts with the stem: catches Dutch inflections (depressie, depressief, depressieve)
    Inside, // anywhere in a word: catches compounds (kinderziekenhuis, jeugdpolitie)
    Acronym, // the whole word in capitals, as written (ADD, ASS, PV would be common words otherwise)
};

struct Term
{
    const char16_t* stem; // lower case, without diacritics
    Match match;
    SpecialCategory category;
    const char16_t* except = nullptr; // words starting with this are not a hit (e.g. "halte" for "halt")
};

using C = SpecialCategory;

// Kept deliberately to words that name a condition, a belief, an origin, an orientation or a
// police/justice matter. General wording ("medische redenen", "psychische gronden" as the law
// names exemption 5a, "ziek", "in behandeling") passes: the agreement asks for exactly that.
const Term Terms[] = {
    // Health and diagnoses
    {u"autis", Match::Start, C::Health},
    {u"asperger", Match::Start, C::Health},
    {u"pdd-nos", Match::Word, C::Health},
    {u"adhd", Match::Start, C::Health},
    {u"ADD", Match::Acronym, C::Health},
    {u"ASS", Match::Acronym, C::Health},
    {u"ODD", Match::Acronym, C::Health},
    {u"OCD", Match::Acronym, C::Health},
    {u"PTSS", Match::Acronym, C::Health},
    {u"LVB", Match::Acronym, C::Health},
    {u"depressi", Match::Inside, C::Health},
    {u"stoornis", Match::Inside, C::Health},
    {u"syndroom", Match::Inside, C::Health},
    {u"diagnos", Match::Inside, C::Health},
    {u"psychiat", Match::Inside, C::Health},
    {u"psychos", Match::Start, C::Health},
    {u"psychot", Match::Start, C::Health},
    {u"ggz", Match::Start, C::Health},
    {u"ziekenhuis", Match::Inside, C::Health},
    {u"kliniek", Match::Inside, C::Health},
    {u"klinisch", Match::Inside, C::Health},
    {u"angst", Match::Start, C::Health},
    {u"faalangst", Match::Inside, C::Health},
    {u"anorexia", Match::Start, C::Health},
    {u"boulimi", Match::Start, C::Health},
    {u"trauma", Match::Inside, C::Health},
    {u"epilep", Match::Start, C::Health},
    {u"diabet", Match::Start, C::Health},
    {u"kanker", Match::Inside, C::Health},
    {u"leukemie", Match::Start, C::Health},
    {u"tourette", Match::Start, C::Health},
    {u"dyslex", Match::Start, C::Health},
    {u"dyscalculie", Match::Start, C::Health},
    {u"medicatie", Match::Inside, C::Health},
    {u"medicijn", Match::Inside, C::Health},
    {u"ritalin", Match::Start, C::Health},
    {u"zwanger", Match::Start, C::Health},
    {u"verslaaf", Match::Start, C::Health},
    {u"verslaving", Match::Inside, C::Health},
    {u"drugs", Match::Inside, C::Health},
    {u"suicid", Match::Inside, C::Health},
    {u"zelfmoord", Match::Inside, C::Health},
    {u"zelfbeschadig", Match::Start, C::Health},
    {u"automutil", Match::Start, C::Health},
    {u"burn-out", Match::Word, C::Health},
    {u"burnout", Match::Start, C::Health},
    {u"verstandelijk", Match::Start, C::Health},
    {u"handicap", Match::Inside, C::Health},
    {u"gehandicapt", Match::Start, C::Health},
    // Religion and belief
    {u"religi", Match::Start, C::Religion},
    {u"geloof", Match::Word, C::Religion},
    {u"geloofs", Match::Start, C::Religion},
    {u"gelovig", Match::Start, C::Religion},
    {u"levensbeschouw", Match::Start, C::Religion},
    {u"islam", Match::Start, C::Religion},
    {u"moslim", Match::Start, C::Religion},
    {u"moskee", Match::Inside, C::Religion},
    {u"christ", Match::Start, C::Religion},
    {u"katholiek", Match::Inside, C::Religion},
    {u"protestant", Match::Start, C::Religion},
    {u"joods", Match::Start, C::Religion},
    {u"jood", Match::Word, C::Religion},
    {u"hindoe", Match::Start, C::Religion},
    {u"boeddh", Match::Start, C::Religion},
    {u"kerk", Match::Start, C::Religion},
    {u"ramadan", Match::Start, C::Religion},
    {u"koran", Match::Start, C::Religion},
    {u"bijbel", Match::Start, C::Religion},
    {u"synagoge", Match::Start, C::Religion},
    // Ethnicity and origin
    {u"etnisch", Match::Inside, C::Ethnicity},
    {u"etniciteit", Match::Start, C::Ethnicity},
    {u"afkomst", Match::Inside, C::Ethnicity},
    {u"allochto", Match::Start, C::Ethnicity},
    {u"autochto", Match::Start, C::Ethnicity},
    {u"migratieachtergrond", Match::Inside, C::Ethnicity},
    {u"huidskleur", Match::Start, C::Ethnicity},
    {u"ras", Match::Word, C::Ethnicity},
    {u"roma", Match::Word, C::Ethnicity},
    {u"sinti", Match::Word, C::Ethnicity},
    // Sexual life and orientation
    {u"seksu", Match::Inside, C::Sexuality},
    {u"homo", Match::Start, C::Sexuality, u"homogeen"},
    {u"lesbi", Match::Start, C::Sexuality},
    {u"biseks", Match::Start, C::Sexuality},
    {u"transgender", Match::Start, C::Sexuality},
    {u"geaardheid", Match::Inside, C::Sexuality},
    {u"lhbt", Match::Start, C::Sexuality},
    {u"lgbt", Match::Start, C::Sexuality},
    // Political opinions, trade union membership
    {u"politiek", Match::Start, C::Politics},
    {u"vakbond", Match::Inside, C::TradeUnion},
    // Genetic and biometric data
    {u"genetisch", Match::Start, C::GeneticBiometric},
    {u"erfelijk", Match::Start, C::GeneticBiometric},
    {u"dna", Match::Word, C::GeneticBiometric},
    {u"vingerafdruk", Match::Start, C::GeneticBiometric},
    {u"biometri", Match::Start, C::GeneticBiometric},
    // Police and justice
    {u"halt", Match::Word, C::Justice},
    {u"halt", Match::Start, C::Justice, u"halte"},
    {u"politie", Match::Inside, C::Justice, u"politiek"},
    {u"wijkagent", Match::Start, C::Justice},
    {u"PV", Match::Acronym, C::Justice},
    {u"justiti", Match::Inside, C::Justice},
    {u"arrest", Match::Inside, C::Justice},
    {u"aangifte", Match::Start, C::Justice},
    {u"verdacht", Match::Start, C::Justice},
    {u"delict", Match::Inside, C::Justice},
    {u"strafbaar", Match::Start, C::Justice},
    {u"strafblad", Match::Start, C::Justice},
    {u"strafrecht", Match::Start, C::Justice},
    {u"taakstraf", Match::Inside, C::Justice},
    {u"werkstraf", Match::Inside, C::Justice},
    {u"jeugdstraf", Match::Inside, C::Justice},
    {u"veroordeel", Match::Start, C::Justice},
    {u"gevangenis", Match::Inside, C::Justice},
    {u"jeugdinrichting", Match::Inside, C::Justice},
    {u"JJI", Match::Acronym, C::Justice},
    {u"detentie", Match::Inside, C::Justice},
    {u"gedetineerd", Match::Start, C::Justice},
    {u"reclassering", Match::Inside, C::Justice},
    {u"rechtbank", Match::Inside, C::Justice},
    {u"kinderrechter", Match::Start, C::Justice},
    {u"diefstal", Match::Inside, C::Justice},
    {u"ondertoezichtstelling", Match::Start, C::Justice},
};

struct Phrase
{
    QRegularExpression pattern; // applied to the folded (lower case, no diacritics) text
    SpecialCategory category;
};

const QList<Phrase>& phrases()
{
    static const QList<Phrase> list = {
        // "proces-verbaal", "proces verbaal", "processen-verbaal", "p.v."
        {QRegularExpression(QStringLiteral("\\bproces(?:sen)?[\\s-]*verbaal\\b")), C::Justice},
        {QRegularExpression(QStringLiteral("(?<![\\w.])p\\.\\s?v\\.")), C::Justice},
        // "chronisch ziek", "chronische aandoening" (but "chronisch verzuim" is about absence).
        {QRegularExpression(QStringLiteral("\\bchronische?\\s+(?:ziek\\w*|aandoening\\w*|pijn\\w*|vermoeid\\w*)")),
         C::Health},
        // "opgenomen (geweest) in een instelling / in de opvang": an admission, whatever the place.
        {QRegularExpression(QStringLiteral("\\bopgenomen(?:\\s+geweest)?\\s+(?:in|op)\\s+(?:een|het|de)\\s+"
                                           "(?:instelling|opvang|afdeling|jeugdzorginstelling)\\b")),
         C::Health},
    };
    return list;
}

/// Lower case without diacritics, same length as the input (so positions carry over).
QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        if (decomposed.size() > 1 && decomposed.at(0).isSurrogate())
            base = c;
        out.append(base.toLower());
    }
    return out;
}

bool matches(const Term& term, const QString& original, const QString& folded)
{
    const QString stem = QString::fromUtf16(term.stem);
    if (term.except && folded.startsWith(QString::fromUtf16(term.except)))
        return false;
    switch (term.match) {
    case Match::Word:
        return folded == stem;
    case Match::Start:
        return folded.startsWith(stem);
    case Match::Inside:
        return folded.contains(stem);
    case Match::Acronym:
        return original == stem;
    }
    return false;
}

} // namespace

QList<SpecialCategoryHit> SpecialCategoryDetector::find(const QString& text)
{
    QList<SpecialCategoryHit> hits;
    const QString folded = fold(text);
    // A word is letters and digits, with hyphens and apostrophes inside it ("Halt-traject",
    // "ADHD'er"); it is checked whole and part by part.
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*"));
    static const QRegularExpression partSeparator(QStringLiteral("[-'’]"));
    auto it = wordPattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(0);
        const QString foldedWord = folded.mid(m.capturedStart(0), m.capturedLength(0));
        QStringList originals {word};
        QStringList foldedParts {foldedWord};
        if (word.contains(partSeparator)) {
            originals += word.split(partSeparator, Qt::SkipEmptyParts);
            foldedParts += foldedWord.split(partSeparator, Qt::SkipEmptyParts);
        }
        bool found = false;
        for (const Term& term : Terms) {
            for (qsizetype i = 0; i < originals.size() && !found; ++i) {
                if (matches(term, originals.at(i), foldedParts.at(i))) {
                    hits.append({word, term.category, m.capturedStart(0)});
                    found = true;
                }
            }
            if (found)
                break;
        }
    }
    for (const Phrase& phrase : phrases()) {
        auto pit = phrase.pattern.globalMatch(folded);
        while (pit.hasNext()) {
            const QRegularExpressionMatch m = pit.next();
            const qsizetype start = m.capturedStart(0);
            const qsizetype end = m.capturedEnd(0);
            // The phrase replaces the single words it covers ("proces-verbaal" once, not "proces").
            hits.erase(
                std::remove_if(hits.begin(), hits.end(),
                               [&](const SpecialCategoryHit& h) { return h.position >= start && h.position < end; }),
                hits.end());
            hits.append({text.mid(start, end - start), phrase.category, start});
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const SpecialCategoryHit& a, const SpecialCategoryHit& b) { return a.position < b.position; });
    return hits;
}

QStringList SpecialCategoryDetector::triggeringWords(const QString& text)
{
    QStringList words;
    for (const SpecialCategoryHit& hit : find(text)) {
        if (!words.contains(hit.text))
            words.append(hit.text);
    }
    return words;
}

QString SpecialCategoryDetector::categoryName(SpecialCategory category)
{
    switch (category) {
    case SpecialCategory::Health:
        return tr("health data");
    case SpecialCategory::Religion:
        return tr("religion or belief");
    case SpecialCategory::Ethnicity:
        return tr("ethnic origin");
    case SpecialCategory::Sexuality:
        return tr("sexual life or orientation");
    case SpecialCategory::Politics:
        return tr("political opinions");
    case SpecialCategory::TradeUnion:
        return tr("trade union membership");
    case SpecialCategory::GeneticBiometric:
        return tr("genetic or biometric data");
    case SpecialCategory::Justice:
        return tr("police or justice data");
    }
    return {};
}

} // namespace inbeeld
