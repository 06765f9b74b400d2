#include "core/matching/Matcher.h"

#include "core/matching/NormalisedName.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <vector>

namespace inbeeld {

namespace {

const QString Vrijstelling = QStringLiteral("vrijstelling_5a");

/// Nine digits as a number (0 when the text is not nine digits): integer keys hash and sort
/// far faster than strings on a million records.
quint32 numberKey(const QString& text)
{
    if (text.size() != 9)
        return 0;
    quint32 value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return 0;
        value = value * 10 + quint32(u - u'0');
    }
    return value;
}

QDate startDate(const CaseRecord& r)
{
    return r.category == Vrijstelling ? r.exemptionDate : r.absenceStart;
}

/// Differences worth acting on. A value only one list has is not a difference: the other list
/// does not record it (or the agreement does not allow it for the category).
quint8 differingFields(const CaseRecord& a, const CaseRecord& b)
{
    quint8 fields = 0;
    const bool sameCategory = a.category == b.category;
    if (!sameCategory)
        fields |= quint8(ComparedField::Category);
    if (!a.lastSchool.isEmpty() && !b.lastSchool.isEmpty()
        && a.lastSchool.compare(b.lastSchool, Qt::CaseInsensitive) != 0)
        fields |= quint8(ComparedField::School);
    // Start dates of different categories are different things; the category difference says it.
    if (sameCategory) {
        const QDate x = startDate(a), y = startDate(b);
        if (x.isValid() && y.isValid() && x != y)
            fields |= quint8(ComparedField::StartDate);
    }
    return fields;
}

/// Pairs records by key. Keys are (key << 32 | index), sorted, so equal keys are adjacent and
/// ties keep file order.
class Pairing
{
public:
    Pairing(const QList<CaseRecord>& ours, const QList<CaseRecord>& theirs)
        : m_ours(ours)
        , m_theirs(theirs)
        , oursPartner(std::size_t(ours.size()), -1)
        , theirsPartner(std::size_t(theirs.size()), -1)
        , oursBasis(std::size_t(ours.size()), MatchBasis::None)
        , oursScore(std::size_t(ours.size()), 0.0f)
    {
    }

    void link(qint32 o, qint32 t, MatchBasis basis, float score)
    {
        oursPartner[std::size_t(o)] = t;
        theirsPartner[std::size_t(t)] = o;
        oursBasis[std::size_t(o)] = basis;
        oursScore[std::size_t(o)] = score;
    }

    void byKey(std::vector<quint64>& a, std::vector<quint64>& b, MatchBasis basis)
    {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            const quint64 ka = a[i] >> 32, kb = b[j] >> 32;
            if (ka < kb) {
                ++i;
                continue;
            }
            if (kb < ka) {
                ++j;
                continue;
            }
            std::size_t i2 = i + 1, j2 = j + 1;
            while (i2 < a.size() && (a[i2] >> 32) == ka)
                ++i2;
            while (j2 < b.size() && (b[j2] >> 32) == kb)
                ++j2;
            if (i2 - i == 1 && j2 - j == 1)
                link(qint32(a[i] & 0xffffffffu), qint32(b[j] & 0xffffffffu), basis, 1.0f);
            else
                group(a, i, i2, b, j, j2, basis);
            i = i2;
            j = j2;
        }
    }

    const QList<CaseRecord>& m_ours;
    const QList<CaseRecord>& m_theirs;
    std::vector<qint32> oursPartner;
    std::vector<qint32> theirsPartner;
    std::vector<MatchBasis> oursBasis;
    std::vector<float> oursScore;

private:
    /// One child with several records on a side: same category first, then in file order.
    void group(const std::vector<quint64>& a, std::size_t i, std::size_t i2, const std::vector<quint64>& b,
               std::size_t j, std::size_t j2, MatchBasis basis)
    {
        const auto idx = [](quint64 v) { return qint32(v & 0xffffffffu); };
        for (std::size_t x = i; x < i2; ++x) {
            for (std::size_t y = j; y < j2; ++y) {
                const qint32 o = idx(a[x]), t = idx(b[y]);
                if (oursPartner[std::size_t(o)] < 0 && theirsPartner[std::size_t(t)] < 0
                    && m_ours[o].category == m_theirs[t].category)
                    link(o, t, basis, 1.0f);
            }
        }
        for (std::size_t x = i; x < i2; ++x) {
            for (std::size_t y = j; y < j2; ++y) {
                const qint32 o = idx(a[x]), t = idx(b[y]);
                if (oursPartner[std::size_t(o)] < 0 && theirsPartner[std::size_t(t)] < 0)
                    link(o, t, basis, 1.0f);
            }
        }
    }
};

/// The lower-case initial of the first names when it is a plain ASCII letter (as NormalisedName
/// would fold it); 0 when only the full normalisation can tell.
char16_t quickInitial(const QString& firstNames)
{
    for (const QChar c : firstNames) {
        const char16_t u = c.unicode();
        if (u == u' ')
            continue;
        if (u >= u'A' && u <= u'Z')
            return char16_t(u + (u'a' - u'A'));
        return u >= u'a' && u <= u'z' ? u : char16_t(0);
    }
    return 0;
}

struct Candidate
{
    double score;
    qint32 ours;
    qint32 theirs;
    bool confirmed;
};

/// The probable pairs among the records left over, decided pairs applied.
class ProbableMatching
{
public:
    ProbableMatching(const MatcherInput& input, Pairing& pairing, std::vector<qint32>& oursRejected,
                     std::vector<qint32>& theirsRejected)
        : m_in(input)
        , m_p(pairing)
        , m_oursRejected(oursRejected)
        , m_theirsRejected(theirsRejected)
    {
        for (const MatchDecision& d : input.decisions) {
            m_decisions.insert(d.oursKey + u'\n' + d.theirsKey, d.confirmed);
            m_decidedOurs.insert(d.oursKey);
        }
    }

    void run(const std::vector<quint32>& oursBsn, const std::vector<quint32>& theirsBsn)
    {
        QHash<qint64, QList<qint32>> oursWithout, theirsWithout; // by birth date (Julian day)
        for (qint32 o = 0; o < qint32(m_in.ours.size()); ++o) {
            if (m_p.oursPartner[std::size_t(o)] < 0 && oursBsn[std::size_t(o)] == 0 && m_in.ours[o].birthDate.isValid())
                oursWithout[m_in.ours[o].birthDate.toJulianDay()].append(o);
        }
        for (qint32 t = 0; t < qint32(m_in.theirs.size()); ++t) {
            if (m_p.theirsPartner[std::size_t(t)] < 0 && theirsBsn[std::size_t(t)] == 0
                && m_in.theirs[t].birthDate.isValid())
                theirsWithout[m_in.theirs[t].birthDate.toJulianDay()].append(t);
        }
        if (oursWithout.isEmpty() && theirsWithout.isEmpty())
            return;
        std::vector<Candidate> candidates;
        if (!oursWithout.isEmpty()) {
            for (qint32 t = 0; t < qint32(m_in.theirs.size()); ++t) {
                if (m_p.theirsPartner[std::size_t(t)] >= 0 || !m_in.theirs[t].birthDate.isValid())
                    continue;
                const auto found = oursWithout.constFind(m_in.theirs[t].birthDate.toJulianDay());
                if (found != oursWithout.cend()) {
                    for (const qint32 o : *found)
                        consider(o, t, candidates);
                }
            }
        }
        if (!theirsWithout.isEmpty()) {
            for (qint32 o = 0; o < qint32(m_in.ours.size()); ++o) {
                if (m_p.oursPartner[std::size_t(o)] >= 0 || oursBsn[std::size_t(o)] == 0
                    || !m_in.ours[o].birthDate.isValid())
                    continue; // ours without a BSN were considered above
                const auto found = theirsWithout.constFind(m_in.ours[o].birthDate.toJulianDay());
                if (found != theirsWithout.cend()) {
                    for (const qint32 t : *found)
                        consider(o, t, candidates);
                }
            }
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            if (a.confirmed != b.confirmed)
                return a.confirmed;
            if (a.score != b.score)
                return a.score > b.score;
            return a.ours != b.ours ? a.ours < b.ours : a.theirs < b.theirs;
        });
        for (const Candidate& c : candidates) {
            if (m_p.oursPartner[std::size_t(c.ours)] >= 0 || m_p.theirsPartner[std::size_t(c.theirs)] >= 0)
                continue;
            m_p.link(c.ours, c.theirs, c.confirmed ? MatchBasis::Confirmed : MatchBasis::Name, float(c.score));
        }
    }

private:
    const NormalisedName& name(QHash<qint32, NormalisedName>& cache, const CaseRecord& r, qint32 index)
    {
        auto it = cache.find(index);
        if (it == cache.end())
            it = cache.insert(index, NormalisedName::fromRecord(r));
        return *it;
    }

    const QString& key(QHash<qint32, QString>& cache, const CaseRecord& r, qint32 index)
    {
        auto it = cache.find(index);
        if (it == cache.end())
            it = cache.insert(index, r.childKey());
        return *it;
    }

    void consider(qint32 o, qint32 t, std::vector<Candidate>& candidates)
    {
        const CaseRecord& a = m_in.ours[o];
        const CaseRecord& b = m_in.theirs[t];
        // Two different numbers of the same kind are two different children.
        if (!a.bsn.isEmpty() && !b.bsn.isEmpty())
            return;
        if (!a.onderwijsnummer.isEmpty() && !b.onderwijsnummer.isEmpty() && a.onderwijsnummer != b.onderwijsnummer)
            return;
        if (!m_decisions.isEmpty() && m_decidedOurs.contains(key(m_oursKeys, a, o))) {
            const auto decided = m_decisions.constFind(key(m_oursKeys, a, o) + u'\n' + key(m_theirsKeys, b, t));
            if (decided != m_decisions.cend()) {
                if (*decided) {
                    const double score = NormalisedName::similarity(name(m_oursNames, a, o), name(m_theirsNames, b, t));
                    candidates.push_back({score, o, t, true});
                } else {
                    if (m_oursRejected[std::size_t(o)] < 0)
                        m_oursRejected[std::size_t(o)] = t;
                    if (m_theirsRejected[std::size_t(t)] < 0)
                        m_theirsRejected[std::size_t(t)] = o;
                }
                return;
            }
        }
        // Most pairs with the same birth date differ in the first initial, which alone keeps the
        // score below the threshold: skip them before normalising any name.
        const char16_t x = quickInitial(a.firstNames), y = quickInitial(b.firstNames);
        if (x != 0 && y != 0 && x != y)
            return;
        const double score = NormalisedName::similarity(name(m_oursNames, a, o), name(m_theirsNames, b, t));
        if (score >= Matcher::ProbableThreshold)
            candidates.push_back({score, o, t, false});
    }

    const MatcherInput& m_in;
    Pairing& m_p;
    std::vector<qint32>& m_oursRejected; // the first rejected partner per record, else -1
    std::vector<qint32>& m_theirsRejected;
    QHash<QString, bool> m_decisions; // "ours key\ntheirs key" → confirmed
    QSet<QString> m_decidedOurs;
    QHash<qint32, QString> m_oursKeys;
    QHash<qint32, QString> m_theirsKeys;
    QHash<qint32, NormalisedName> m_oursNames;
    QHash<qint32, NormalisedName> m_theirsNames;
};

/// Summary counts and known_by per category, looked up by a short linear scan (three categories).
class CategoryTable
{
public:
    CategoryTable(const QList<AgreementCategory>& categories, Role ourRole)
    {
        const QString ours = RoleText::code(ourRole);
        const QString theirs = RoleText::code(ourRole == Role::Rbl ? Role::Swv : Role::Rbl);
        for (const AgreementCategory& c : categories)
            add(c.code, c.knownBy.contains(ours), c.knownBy.contains(theirs));
    }

    qsizetype index(const QString& code)
    {
        // Records of one list share their category strings (Snapshots::records): mostly a hit.
        if (code.constData() == m_lastData && code.size() == m_lastSize && m_lastData != nullptr)
            return m_lastIndex;
        m_lastData = code.constData();
        m_lastSize = code.size();
        m_lastIndex = find(code);
        return m_lastIndex;
    }

    struct Entry
    {
        CategorySummary summary;
        bool knownByUs;
        bool knownByThem;
    };
    std::vector<Entry> m_entries;

private:
    qsizetype find(const QString& code)
    {
        for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
            if (m_entries[std::size_t(i)].summary.category == code)
                return i;
        }
        add(code, true, true); // not in the agreement: no expectations
        return qsizetype(m_entries.size()) - 1;
    }

    void add(const QString& code, bool us, bool them)
    {
        Entry e {{code, {}}, us, them};
        m_entries.push_back(e);
    }

    const QChar* m_lastData = nullptr;
    qsizetype m_lastSize = 0;
    qsizetype m_lastIndex = 0;
};

} // namespace

double Matcher::probableScore(const CaseRecord& a, const CaseRecord& b)
{
    if (!a.birthDate.isValid() || a.birthDate != b.birthDate)
        return 0.0;
    return NormalisedName::similarity(NormalisedName::fromRecord(a), NormalisedName::fromRecord(b));
}

Result<Comparison> Matcher::compare(MatcherInput input, const Progress& progress)
{
    const auto report = [&](int percent) { return !progress || progress(percent); };
    const auto cancelled
        = [] { return makeError(Error::Code::Cancelled, tr("The comparison was cancelled; nothing was changed.")); };
    // Read through const references only: a non-const QList access would detach (deep-copy) the
    // lists the caller shares with us.
    const QList<CaseRecord>& ours = input.ours;
    const QList<CaseRecord>& theirs = input.theirs;
    const std::size_t n = std::size_t(ours.size());
    const std::size_t m = std::size_t(theirs.size());
    if (!report(0))
        return cancelled();

    // 1. Certain matches: BSN, then onderwijsnummer where both lack a BSN.
    std::vector<quint32> oursBsn(n), theirsBsn(m);
    std::vector<quint64> a, b;
    a.reserve(n);
    b.reserve(m);
    for (std::size_t i = 0; i < n; ++i) {
        oursBsn[i] = numberKey(ours[qsizetype(i)].bsn);
        if (oursBsn[i] != 0)
            a.push_back(quint64(oursBsn[i]) << 32 | quint64(i));
    }
    for (std::size_t i = 0; i < m; ++i) {
        theirsBsn[i] = numberKey(theirs[qsizetype(i)].bsn);
        if (theirsBsn[i] != 0)
            b.push_back(quint64(theirsBsn[i]) << 32 | quint64(i));
    }
    if (!report(10))
        return cancelled();
    Pairing pairing(ours, theirs);
    pairing.byKey(a, b, MatchBasis::Bsn);
    if (!report(40))
        return cancelled();
    a.clear();
    b.clear();
    for (std::size_t i = 0; i < n; ++i) {
        if (oursBsn[i] == 0 && pairing.oursPartner[i] < 0) {
            if (const quint32 key = numberKey(ours[qsizetype(i)].onderwijsnummer))
                a.push_back(quint64(key) << 32 | quint64(i));
        }
    }
    for (std::size_t i = 0; i < m; ++i) {
        if (theirsBsn[i] == 0 && pairing.theirsPartner[i] < 0) {
            if (const quint32 key = numberKey(theirs[qsizetype(i)].onderwijsnummer))
                b.push_back(quint64(key) << 32 | quint64(i));
        }
    }
    pairing.byKey(a, b, MatchBasis::Onderwijsnummer);

    // 2. Probable matches and stored decisions.
    std::vector<qint32> oursRejected(n, -1), theirsRejected(m, -1);
    ProbableMatching(input, pairing, oursRejected, theirsRejected).run(oursBsn, theirsBsn);
    if (!report(60))
        return cancelled();

    // 3. Items: ours in file order, then what only they have, in their file order.
    Comparison result;
    CategoryTable table(input.categories, input.ourRole);
    QList<ComparisonItem> items;
    items.reserve(qsizetype(n)
                  + qsizetype(std::count(pairing.theirsPartner.cbegin(), pairing.theirsPartner.cend(), -1)));
    const auto count = [&](const QString& category, const ComparisonItem& item) {
        const qsizetype i = table.index(category);
        ++table.m_entries[std::size_t(i)].summary.counts[std::size_t(item.outcome)];
        return i;
    };
    constexpr std::size_t Step = 1 << 16;
    for (std::size_t o = 0; o < n; ++o) {
        if (o % Step == Step - 1 && !report(60 + int(30 * o / n)))
            return cancelled();
        const CaseRecord& r = ours[qsizetype(o)];
        ComparisonItem item;
        item.ours = qint32(o);
        const qint32 t = pairing.oursPartner[o];
        if (t < 0) {
            item.outcome = ComparisonOutcome::OnlyOurs;
            item.rejectedPartner = oursRejected[o];
            item.expected = !table.m_entries[std::size_t(count(r.category, item))].knownByThem;
        } else {
            item.theirs = t;
            item.basis = pairing.oursBasis[o];
            item.score = pairing.oursScore[o];
            item.differences = differingFields(r, theirs[t]);
            item.outcome = item.basis == MatchBasis::Name
                ? ComparisonOutcome::Probable
                : (item.differences ? ComparisonOutcome::Differs : ComparisonOutcome::Both);
            count(r.category, item);
        }
        items.append(item);
    }
    for (std::size_t t = 0; t < m; ++t) {
        if (pairing.theirsPartner[t] >= 0)
            continue;
        ComparisonItem item;
        item.theirs = qint32(t);
        item.outcome = ComparisonOutcome::OnlyTheirs;
        item.rejectedPartner = theirsRejected[t];
        item.expected = !table.m_entries[std::size_t(count(theirs[qsizetype(t)].category, item))].knownByUs;
        items.append(item);
    }
    if (!report(95))
        return cancelled();

    for (const auto& entry : table.m_entries)
        result.m_summary.append(entry.summary);
    result.m_items = std::move(items);
    result.m_ours = std::move(input.ours);
    result.m_theirs = std::move(input.theirs);
    result.m_categories = std::move(input.categories);
    result.m_ourRole = input.ourRole;
    report(100);
    return result;
}

} // namespace inbeeld
