// The Inspectie's quarterly counts: long-term absence split on the reference date, and the JSON
// form that travels in quarterly packages.

#include "core/domain/InspectieCounts.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

namespace {

CaseRecord record(const QString& category, const QDate& absenceStart = {})
{
    CaseRecord r;
    r.category = category;
    r.absenceStart = absenceStart;
    return r;
}

const QDate Peildatum(2026, 9, 30);

} // namespace

class TestInspectieCounts : public QObject
{
    Q_OBJECT

private slots:
    void longTermAbsenceIsSplitOnThePeildatum_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("subgroup");
        QTest::newRow("27 days") << Peildatum.addDays(-27) << "langdurig_under_4_weeks";
        QTest::newRow("exactly 4 weeks") << Peildatum.addDays(-28) << "langdurig_4_weeks_to_3_months";
        QTest::newRow("exactly 3 months") << Peildatum.addMonths(-3) << "langdurig_4_weeks_to_3_months";
        QTest::newRow("3 months and a day") << Peildatum.addMonths(-3).addDays(-1) << "langdurig_over_3_months";
        QTest::newRow("a year") << Peildatum.addYears(-1) << "langdurig_over_3_months";
        QTest::newRow("no start date") << QDate() << "langdurig_start_unknown";
        QTest::newRow("start after the peildatum") << Peildatum.addDays(1) << "langdurig_start_unknown";
    }

    void longTermAbsenceIsSplitOnThePeildatum()
    {
        QFETCH(QDate, start);
        QFETCH(QString, subgroup);
        QCOMPARE(InspectieCounts::subgroupOf(record(QStringLiteral("langdurig"), start), Peildatum), subgroup);
    }

    void otherCategoriesAreTheirOwnSubgroup()
    {
        QCOMPARE(InspectieCounts::subgroupOf(record(QStringLiteral("absoluut"), Peildatum.addYears(-1)), Peildatum),
                 QStringLiteral("absoluut"));
        QCOMPARE(InspectieCounts::subgroupOf(record(QStringLiteral("vrijstelling_5a")), Peildatum),
                 QStringLiteral("vrijstelling_5a"));
    }

    void countsRoundTripThroughJson()
    {
        const QList<CaseRecord> records {
            record(QStringLiteral("absoluut")), record(QStringLiteral("langdurig"), Peildatum.addMonths(-6)),
            record(QStringLiteral("langdurig"), Peildatum.addMonths(-6)),
            record(QStringLiteral("langdurig"), Peildatum.addDays(-40)), record(QStringLiteral("vrijstelling_5a"))};
        const InspectieCounts counts = InspectieCounts::of(records, Peildatum);
        QCOMPARE(counts.categories.value(QStringLiteral("langdurig")), qint64(3));
        QCOMPARE(counts.subgroups.value(QStringLiteral("langdurig_over_3_months")), qint64(2));
        QCOMPARE(counts.subgroups.value(QStringLiteral("langdurig_4_weeks_to_3_months")), qint64(1));
        QCOMPARE(counts.subgroups.value(QStringLiteral("absoluut")), qint64(1));
        QVERIFY(!counts.subgroups.contains(QStringLiteral("langdurig_start_unknown")));
        auto back = InspectieCounts::fromJson(counts.toJson());
        QVERIFY2(back, qPrintable(back.message()));
        QVERIFY(back.value() == counts);
        // Every subgroup has a name for people.
        for (const QString& code : InspectieCounts::subgroupCodes())
            QVERIFY(InspectieCounts::subgroupName(code) != code);
    }

    void brokenCountsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("other format") << QByteArray(
            R"({"format":"x","peildatum":"2026-09-30","categories":{},"inspectie":{}})");
        QTest::newRow("no date") << QByteArray(R"({"format":"inbeeld-package-counts","categories":{},"inspectie":{}})");
        QTest::newRow("negative") << QByteArray(
            R"({"format":"inbeeld-package-counts","peildatum":"2026-09-30","categories":{"absoluut":-1},"inspectie":{}})");
        QTest::newRow("text count") << QByteArray(
            R"({"format":"inbeeld-package-counts","peildatum":"2026-09-30","categories":{"absoluut":"1"},"inspectie":{}})");
    }

    void brokenCountsAreRefused()
    {
        QFETCH(QByteArray, json);
        auto counts = InspectieCounts::fromJson(json);
        QVERIFY(!counts);
        QCOMPARE(counts.code(), Error::Code::UnknownFormat);
    }
};

INBEELD_TEST_MAIN(TestInspectieCounts)
#include "tst_inspectiecounts.moc"
