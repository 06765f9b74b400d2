#include "core/matching/NormalisedName.h"

#include "core/common/Windows1252.h"
#include "core/domain/PersonName.h"

#include <algorithm>
#include <array>

namespace inbeeld {

namespace {

QString repaired(const QString& text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text;
    return Windows1252::repairMojibake(text).value_or(text);
}

} // namespace

NormalisedName NormalisedName::fromParts(const QString& firstNames, const QString& prefix, const QString& surname)
{
    QString first = repaired(firstNames).trimmed();
    QString last = repaired(surname).trimmed();
    // A surname column that still holds the prefix ("Berg, van der", "van der Berg", "Berg v.d."):
    // let PersonName split it the way the importer does.
    if (prefix.isEmpty() && (last.contains(u' ') || last.contains(u',') || last.contains(u'.'))) {
        const auto parsed = PersonName::fromColumns(first, QString(), last);
        if (parsed) {
            last = parsed.value().surname();
            if (first.isEmpty())
                first = parsed.value().firstNames();
        }
    }
    NormalisedName name;
    // "ij" and "y" are one sound in Dutch and lists mix them up (Meijer/Meyer, Dijk/Dyk).
    name.m_surname = PersonName::fold(last).replace(QStringLiteral("ij"), QStringLiteral("y"));
    const qsizetype space = first.indexOf(u' ');
    name.m_firstName = PersonName::fold(space < 0 ? first : first.left(space));
    return name;
}

NormalisedName NormalisedName::fromRecord(const CaseRecord& record)
{
    return fromParts(record.firstNames, record.prefix, record.surname);
}

double NormalisedName::similarity(const NormalisedName& a, const NormalisedName& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    double first = 0.0;
    if (!a.m_firstName.isEmpty() && !b.m_firstName.isEmpty()) {
        if (a.m_firstName == b.m_firstName)
            first = 1.0;
        else if (a.initial() == b.initial())
            first = 0.9;
    }
    return 0.7 * jaroWinkler(a.m_surname, b.m_surname) + 0.3 * first;
}

double NormalisedName::jaroWinkler(QStringView a, QStringView b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    // Names are short; fixed buffers keep this free of allocations. Longer text is cut off.
    constexpr qsizetype MaxLength = 64;
    const qsizetype la = std::min(a.size(), MaxLength);
    const qsizetype lb = std::min(b.size(), MaxLength);
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    std::array<bool, MaxLength> matchedA {}, matchedB {};
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb, i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace inbeeld
