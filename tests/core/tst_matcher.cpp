#include "core/domain/Agreement.h"
#include "core/domain/PersonName.h"
#include "core/matching/Matcher.h"
#include "core/matching/NormalisedName.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;
using namespace inbeeld::testing;
using namespace Qt::StringLiterals;

namespace {

const QString Absoluut = QStringLiteral("absoluut");
const QString Langdurig = QStringLiteral("langdurig");
const QString Vrijstelling = QStringLiteral("vrijstelling_5a");

CaseRecord child(int n, const QString& category = Langdurig)
{
    CaseRecord r;
    r.id = 1000 + n;
    r.line = n + 2;
    r.category = category;
    r.bsn = fictitiousBsn(n);
    r.firstNames = QStringLiteral("Kind");
    r.surname = QStringLiteral("Nummer%1").arg(QChar(u'A' + n));
    r.birthDate = QDate(2012, 1, 1).addDays(n);
    r.lastSchool = QStringLiteral("Rijnpoort College");
    r.absenceStart = QDate(2026, 6, 1);
    r.exemptionDate = QDate(2026, 2, 1);
    return r;
}

CaseRecord named(int n, const QString& firstNames, const QString& prefix, const QString& surname)
{
    CaseRecord r = child(n);
    r.firstNames = firstNames;
    r.prefix = prefix;
    r.surname = surname;
    r.nameKey = PersonName::fromColumns(firstNames, prefix, surname).value().matchKey();
    return r;
}

QList<AgreementCategory> categories()
{
    auto agreement = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
    return agreement ? agreement.value().categories() : QList<AgreementCategory> {};
}

Comparison run(const QList<CaseRecord>& ours, const QList<CaseRecord>& theirs, QList<MatchDecision> decisions = {},
               Role role = Role::Rbl)
{
    auto result = Matcher::compare({ours, theirs, decisions, role, categories()});
    if (!result)
        qFatal("compare failed");
    return result.takeValue();
}

/// The item that holds our record with this id.
const ComparisonItem* itemFor(const Comparison& c, qint64 id)
{
    for (const ComparisonItem& item : c.items()) {
        if (c.ours(item) && c.ours(item)->id == id)
            return &item;
    }
    return nullptr;
}

/// The item that holds their record with this id.
const ComparisonItem* theirItemFor(const Comparison& c, qint64 id)
{
    for (const ComparisonItem& item : c.items()) {
        if (c.theirs(item) && c.theirs(item)->id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

/// Pairing our list with theirs: outcomes, names, scores, decisions, determinism.
class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void everyOutcome()
    {
        CaseRecord school = child(1);
        school.lastSchool = QStringLiteral("Betuwe Lyceum");
        CaseRecord start = child(2);
        start.absenceStart = QDate(2026, 6, 22);
        CaseRecord noBsn = named(5, QStringLiteral("Emma"), QStringLiteral("van der"), QStringLiteral("Berg"));
        noBsn.bsn.clear();
        CaseRecord ourEmma = named(5, QStringLiteral("Emma Sophie"), QString(), QStringLiteral("Berg, van der"));
        const Comparison c
            = run({child(0), child(1), child(2), child(3), ourEmma}, {child(0), school, start, child(4), noBsn});

        QCOMPARE(c.items().size(), 6);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::Both);
        QCOMPARE(c.items()[0].basis, MatchBasis::Bsn);
        QCOMPARE(c.items()[1].outcome, ComparisonOutcome::Differs);
        QCOMPARE(c.items()[1].differences, quint8(ComparedField::School));
        const QList<FieldDifference> diffs = c.differences(c.items()[1]);
        QCOMPARE(diffs.size(), 1);
        QCOMPARE(Comparison::fieldCode(diffs[0].field), QStringLiteral("school"));
        QCOMPARE(diffs[0].ours, QStringLiteral("Rijnpoort College"));
        QCOMPARE(diffs[0].theirs, QStringLiteral("Betuwe Lyceum"));
        QCOMPARE(c.items()[2].outcome, ComparisonOutcome::Differs);
        QCOMPARE(c.differences(c.items()[2])[0].theirs, QStringLiteral("2026-06-22"));
        QCOMPARE(c.items()[3].outcome, ComparisonOutcome::OnlyOurs);
        QCOMPARE(c.theirs(c.items()[3]), nullptr);
        QCOMPARE(c.items()[4].outcome, ComparisonOutcome::Probable);
        QCOMPARE(c.items()[4].basis, MatchBasis::Name);
        QVERIFY(c.items()[4].score >= Matcher::ProbableThreshold);
        QCOMPARE(c.theirs(c.items()[4])->id, noBsn.id);
        QCOMPARE(c.items()[5].outcome, ComparisonOutcome::OnlyTheirs);
        QCOMPARE(c.theirs(c.items()[5])->bsn, fictitiousBsn(4));

        const auto summary = c.summary(Langdurig);
        QVERIFY(summary);
        QCOMPARE(summary->count(ComparisonOutcome::Both), 1);
        QCOMPARE(summary->count(ComparisonOutcome::Differs), 2);
        QCOMPARE(summary->count(ComparisonOutcome::OnlyOurs), 1);
        QCOMPARE(summary->count(ComparisonOutcome::OnlyTheirs), 1);
        QCOMPARE(summary->count(ComparisonOutcome::Probable), 1);
        // Every agreement category is in the summary, in agreement order, even without children.
        QCOMPARE(c.summary().size(), 3);
        QCOMPARE(c.summary()[0].category, Absoluut);
        QCOMPARE(c.summary()[0].total(), 0);
    }

    void valueOnlyOneSideHasIsNoDifference()
    {
        CaseRecord noSchool = child(0);
        noSchool.lastSchool.clear();
        noSchool.absenceStart = QDate();
        const Comparison c = run({child(0)}, {noSchool});
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::Both);
    }

    void differentCategoriesAreOneDiffersItem()
    {
        const Comparison c = run({child(0, Absoluut)}, {child(0, Langdurig)});
        QCOMPARE(c.items().size(), 1);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::Differs);
        QCOMPARE(c.items()[0].differences, quint8(ComparedField::Category));
        QCOMPARE(c.differences(c.items()[0])[0].theirs, Langdurig);
        QCOMPARE(c.category(c.items()[0]), Absoluut); // counted under our category
        QCOMPARE(c.summary(Absoluut)->count(ComparisonOutcome::Differs), 1);
        QCOMPARE(c.summary(Langdurig)->total(), 0);
    }

    void startDateOfAnExemptionIsTheExemptionDate()
    {
        CaseRecord later = child(0, Vrijstelling);
        later.exemptionDate = QDate(2026, 3, 1);
        later.absenceStart = QDate(2020, 1, 1); // not the start date of an exemption
        const Comparison c = run({child(0, Vrijstelling)}, {later});
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::Differs);
        QCOMPARE(c.differences(c.items()[0])[0].ours, QStringLiteral("2026-02-01"));
        QCOMPARE(c.differences(c.items()[0])[0].theirs, QStringLiteral("2026-03-01"));
    }

    void childWithTwoRecordsIsPairedPerCategory()
    {
        const Comparison c = run({child(0, Absoluut), child(0, Langdurig)}, {child(0, Langdurig)});
        QCOMPARE(c.items().size(), 2);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::OnlyOurs);
        QCOMPARE(c.category(c.items()[0]), Absoluut);
        QCOMPARE(c.items()[1].outcome, ComparisonOutcome::Both);
    }

    void onderwijsnummerWhenBothLackBsn()
    {
        CaseRecord a = child(0), b = child(0);
        a.bsn.clear();
        b.bsn.clear();
        a.onderwijsnummer = b.onderwijsnummer = QStringLiteral("101010101");
        b.surname = QStringLiteral("Totaal Anders");
        const Comparison c = run({a}, {b});
        QCOMPARE(c.items().size(), 1);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::Both);
        QCOMPARE(c.items()[0].basis, MatchBasis::Onderwijsnummer);
    }

    void differentNumbersAreDifferentChildren()
    {
        // Same name and birth date, both with a BSN, but different ones: twins, not a match.
        CaseRecord twin = child(0);
        twin.bsn = fictitiousBsn(9);
        const Comparison c = run({child(0)}, {twin});
        QCOMPARE(c.items().size(), 2);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::OnlyOurs);
        QCOMPARE(c.items()[1].outcome, ComparisonOutcome::OnlyTheirs);
    }

    void probableNeedsTheExactBirthDate()
    {
        CaseRecord other = child(0);
        other.bsn.clear();
        other.birthDate = other.birthDate.addDays(1);
        QCOMPARE(Matcher::probableScore(child(0), other), 0.0);
        const Comparison c = run({child(0)}, {other});
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::OnlyOurs);
    }

    void expectedOneSidedItems()
    {
        // We are the RBL: absoluut verzuim and vrijstelling 5a are ours alone; langdurig is not.
        Comparison c = run({child(0, Absoluut), child(1, Vrijstelling), child(2, Langdurig)}, {child(3, Absoluut)});
        QVERIFY(c.items()[0].expected);
        QVERIFY(c.explanation(c.items()[0]).contains(QStringLiteral("normally known only to us")));
        QVERIFY(c.items()[1].expected);
        QVERIFY(!c.items()[2].expected);
        QVERIFY(c.explanation(c.items()[2]).isEmpty());
        QVERIFY(!c.items()[3].expected); // the SWV reporting absoluut verzuim we lack is news

        // We are the SWV: the RBL's absoluut verzuim is expected on their side only.
        c = run({child(2, Langdurig)}, {child(3, Absoluut)}, {}, Role::Swv);
        QVERIFY(!c.items()[0].expected);
        QCOMPARE(c.items()[1].outcome, ComparisonOutcome::OnlyTheirs);
        QVERIFY(c.items()[1].expected);
        QVERIFY(!c.explanation(c.items()[1]).isEmpty());
    }

    void nameNormalisation_data()
    {
        QTest::addColumn<QString>("firstNames");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("first");
        QTest::newRow("split prefix") << u"Jan"_s << u"van der"_s << u"Berg"_s << u"berg"_s << u"jan"_s;
        QTest::newRow("prefix in front") << u"Jan Willem"_s << QString() << u"van der Berg"_s << u"berg"_s << u"jan"_s;
        QTest::newRow("prefix after comma") << u"Jan"_s << QString() << u"Berg, van der"_s << u"berg"_s << u"jan"_s;
        QTest::newRow("abbreviated prefix") << u"Jan"_s << QString() << u"Berg v.d."_s << u"berg"_s << u"jan"_s;
        QTest::newRow("hyphenated") << u"Sanne"_s << QString() << u"Jansen-de Vries"_s << u"jansendevries"_s
                                    << u"sanne"_s;
        QTest::newRow("diacritics") << u"Anaïs"_s << QString() << u"Özdemir-Çelik"_s << u"ozdemircelik"_s << u"anais"_s;
        QTest::newRow("mojibake") << u"Zoë"_s << QString() << u"Ã–zdemir"_s << u"ozdemir"_s << u"zoe"_s;
        QTest::newRow("mojibake first name") << u"ZoÃ«"_s << QString() << u"Smit"_s << u"smit"_s << u"zoe"_s;
        QTest::newRow("ij as y") << u"Eline"_s << QString() << u"Meijer"_s << u"meyer"_s << u"eline"_s;
        QTest::newRow("capitals") << u"NOOR"_s << u"De"_s << u"VRIES"_s << u"vries"_s << u"noor"_s;
    }

    void nameNormalisation()
    {
        QFETCH(QString, firstNames);
        QFETCH(QString, prefix);
        QFETCH(QString, surname);
        const NormalisedName name = NormalisedName::fromParts(firstNames, prefix, surname);
        QTEST(name.surnameCore(), "core");
        QTEST(name.firstName(), "first");
    }

    void namesWrittenDifferentlyMatchFully()
    {
        const auto a = NormalisedName::fromParts(u"Jan"_s, u"van der"_s, u"Berg"_s);
        QCOMPARE(NormalisedName::similarity(a, NormalisedName::fromParts(u"Jan"_s, QString(), u"Berg v.d."_s)), 1.0);
        const auto b = NormalisedName::fromParts(u"Ömer"_s, QString(), u"Özdemir"_s);
        QCOMPARE(NormalisedName::similarity(b, NormalisedName::fromParts(u"Ã–mer"_s, QString(), u"Ã–zdemir"_s)), 1.0);
    }

    void jaroWinkler()
    {
        QCOMPARE(NormalisedName::jaroWinkler(u"berg", u"berg"), 1.0);
        QCOMPARE(NormalisedName::jaroWinkler(u"", u"berg"), 0.0);
        QCOMPARE(NormalisedName::jaroWinkler(u"abc", u"xyz"), 0.0);
        // The classic reference value: MARTHA / MARHTA = 0.961.
        QVERIFY(qAbs(NormalisedName::jaroWinkler(u"martha", u"marhta") - 0.9611) < 0.0001);
        QVERIFY(qAbs(NormalisedName::jaroWinkler(u"jansen", u"janssen") - 0.9714) < 0.0001);
    }

    void probableThresholds()
    {
        // Just above: same initial only (Bram / Bas), surnames Berg / Borg: 0.7 × 0.85 + 0.3 × 0.9.
        CaseRecord ours = named(0, u"Bram"_s, QString(), u"Berg"_s);
        CaseRecord theirs = named(0, u"Bas"_s, QString(), u"Borg"_s);
        theirs.bsn.clear();
        const double above = Matcher::probableScore(ours, theirs);
        QVERIFY2(above >= Matcher::ProbableThreshold && above < Matcher::ProbableThreshold + 0.02,
                 qPrintable(QString::number(above)));
        QCOMPARE(run({ours}, {theirs}).items()[0].outcome, ComparisonOutcome::Probable);

        // Just below: same first name, surnames Bos / Vos: 0.7 × 0.778 + 0.3.
        ours = named(0, u"Finn"_s, QString(), u"Bos"_s);
        theirs = named(0, u"Finn"_s, QString(), u"Vos"_s);
        theirs.bsn.clear();
        const double below = Matcher::probableScore(ours, theirs);
        QVERIFY2(below < Matcher::ProbableThreshold && below > Matcher::ProbableThreshold - 0.02,
                 qPrintable(QString::number(below)));
        const Comparison c = run({ours}, {theirs});
        QCOMPARE(c.items().size(), 2);
        QCOMPARE(c.items()[0].outcome, ComparisonOutcome::OnlyOurs);

        // A different initial never reaches the threshold, whatever the surname.
        theirs = named(0, u"Gijs"_s, QString(), u"Bos"_s);
        theirs.bsn.clear();
        QVERIFY(Matcher::probableScore(ours, theirs) < Matcher::ProbableThreshold);
    }

    void bestProbableWinsAndTiesGoByFileOrder()
    {
        CaseRecord theirs = named(0, u"Lotte"_s, QString(), u"Jansen"_s);
        theirs.bsn.clear();
        CaseRecord typo = named(0, u"Lotte"_s, QString(), u"Janssen"_s);
        typo.bsn = fictitiousBsn(1);
        CaseRecord exact = named(0, u"Lotte"_s, QString(), u"Jansen"_s);
        exact.bsn = fictitiousBsn(2);
        exact.id = 2002;
        Comparison c = run({typo, exact}, {theirs});
        QCOMPARE(itemFor(c, exact.id)->outcome, ComparisonOutcome::Probable);
        QCOMPARE(itemFor(c, typo.id)->outcome, ComparisonOutcome::OnlyOurs);

        CaseRecord twin = exact;
        twin.bsn = fictitiousBsn(3);
        twin.id = 2003;
        c = run({twin, exact}, {theirs});
        QCOMPARE(itemFor(c, twin.id)->outcome, ComparisonOutcome::Probable); // first in our file
        QCOMPARE(itemFor(c, exact.id)->outcome, ComparisonOutcome::OnlyOurs);
    }

    void decisionsCarryOverToNewerLists()
    {
        CaseRecord ours = named(0, u"Daan"_s, u"de"_s, u"Vries"_s);
        CaseRecord theirs = named(0, u"Daan"_s, QString(), u"Vries, de"_s);
        theirs.bsn.clear();
        CaseRecord ours2 = named(1, u"Sem"_s, QString(), u"Bakker"_s);
        CaseRecord theirs2 = named(1, u"Sem"_s, QString(), u"Bakker"_s);
        theirs2.bsn.clear();
        const Comparison first = run({ours, ours2}, {theirs, theirs2});
        QCOMPARE(first.items()[0].outcome, ComparisonOutcome::Probable);
        QCOMPARE(first.items()[1].outcome, ComparisonOutcome::Probable);
        const QList<MatchDecision> decisions = {
            {first.oursKey(first.items()[0]), first.theirsKey(first.items()[0]), true, {}, {}},
            {first.oursKey(first.items()[1]), first.theirsKey(first.items()[1]), false, {}, {}},
        };

        // Newer lists: other record ids and lines, another school for Daan, an unrelated child first.
        for (CaseRecord* r : {&ours, &theirs, &ours2, &theirs2}) {
            r->id += 500;
            r->line += 7;
        }
        theirs.lastSchool = QStringLiteral("VSO De Sprong");
        const Comparison next = run({child(7), ours, ours2}, {theirs2, theirs, child(7)}, decisions);
        QCOMPARE(next.items()[0].outcome, ComparisonOutcome::Both);
        const ComparisonItem* confirmed = itemFor(next, ours.id);
        QCOMPARE(confirmed->outcome, ComparisonOutcome::Differs);
        QCOMPARE(confirmed->basis, MatchBasis::Confirmed);
        QCOMPARE(next.theirs(*confirmed)->id, theirs.id);
        const ComparisonItem* rejectedOurs = itemFor(next, ours2.id);
        QCOMPARE(rejectedOurs->outcome, ComparisonOutcome::OnlyOurs);
        QVERIFY(rejectedOurs->rejected());
        QCOMPARE(next.theirsRecords()[rejectedOurs->rejectedPartner].id, theirs2.id);
        QCOMPARE(next.decisionKeys(*rejectedOurs), std::make_pair(decisions[1].oursKey, decisions[1].theirsKey));
        const ComparisonItem* rejectedTheirs = theirItemFor(next, theirs2.id);
        QCOMPARE(rejectedTheirs->outcome, ComparisonOutcome::OnlyTheirs);
        QVERIFY(rejectedTheirs->rejected());
        QCOMPARE(next.decisionKeys(*rejectedTheirs), next.decisionKeys(*rejectedOurs));
        QVERIFY(!itemFor(next, child(7).id)->rejected());
        QCOMPARE(next.summary(Langdurig)->count(ComparisonOutcome::Probable), 0);
    }

    void confirmedPairSurvivesARenamedChild()
    {
        // Confirmed, then our list corrects the spelling: the score drops, the decision stands.
        CaseRecord ours = named(0, u"Kacper"_s, QString(), u"Kowalski"_s);
        CaseRecord theirs = named(0, u"Kacper"_s, QString(), u"Kowalski"_s);
        theirs.bsn.clear();
        const QList<MatchDecision> decisions = {{ours.childKey(), theirs.childKey(), true, {}, {}}};
        ours.surname = QStringLiteral("Nowak");
        const Comparison c = run({ours}, {theirs}, decisions);
        QCOMPARE(c.items().size(), 1);
        QCOMPARE(c.items()[0].basis, MatchBasis::Confirmed);
    }

    void deterministic()
    {
        QList<CaseRecord> ours, theirs;
        for (int i = 0; i < 200; ++i) {
            CaseRecord r = named(i, u"Noor"_s, QString(), QStringLiteral("Visser%1").arg(i % 7));
            r.birthDate = QDate(2013, 1, 1).addDays(i % 5);
            r.category = i % 3 == 0 ? Absoluut : Langdurig;
            if (i % 4 == 0)
                r.bsn.clear();
            if (i % 2 == 0)
                ours.append(r);
            if (i % 3 != 1) {
                r.lastSchool = i % 5 ? r.lastSchool : QStringLiteral("SBO De Linde");
                if (i % 6 == 0)
                    r.bsn.clear();
                theirs.append(r);
            }
        }
        const Comparison a = run(ours, theirs);
        for (int round = 0; round < 3; ++round) {
            const Comparison b = run(ours, theirs);
            QCOMPARE(b.items().size(), a.items().size());
            for (qsizetype i = 0; i < a.items().size(); ++i) {
                QCOMPARE(b.items()[i].ours, a.items()[i].ours);
                QCOMPARE(b.items()[i].theirs, a.items()[i].theirs);
                QCOMPARE(b.items()[i].outcome, a.items()[i].outcome);
                QCOMPARE(b.items()[i].score, a.items()[i].score);
            }
        }
        QVERIFY(a.summary(Langdurig)->count(ComparisonOutcome::Probable) > 0);
    }

    void cancel()
    {
        int calls = 0;
        auto result = Matcher::compare({{child(0)}, {child(0)}, {}, Role::Rbl, categories()}, [&](int percent) {
            ++calls;
            return percent < 40;
        });
        QVERIFY(!result);
        QCOMPARE(result.code(), Error::Code::Cancelled);
        QVERIFY(calls >= 2);
    }

    void outcomeCodes()
    {
        QCOMPARE(Comparison::outcomeCode(ComparisonOutcome::OnlyTheirs), QStringLiteral("only_theirs"));
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            QCOMPARE(Comparison::outcomeFromCode(Comparison::outcomeCode(ComparisonOutcome(i))), ComparisonOutcome(i));
        QVERIFY(!Comparison::outcomeFromCode(QStringLiteral("maybe")));
    }
};

INBEELD_TEST_MAIN(TestMatcher)
#include "tst_matcher.moc"
