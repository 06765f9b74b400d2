#include "core/domain/DutchDate.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

/// Every date form the brief lists, Excel serials with the 1900 leap-year bug, and refusals
/// with a message that says what is wrong.
class TestDutchDate : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("expected");
        const QDate d(2026, 9, 3);
        QTest::newRow("d-m-yyyy") << QStringLiteral("3-9-2026") << d;
        QTest::newRow("dd-mm-yyyy") << QStringLiteral("03-09-2026") << d;
        QTest::newRow("yyyy-mm-dd") << QStringLiteral("2026-09-03") << d;
        QTest::newRow("d/m/yyyy") << QStringLiteral("3/9/2026") << d;
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("03/09/2026") << d;
        QTest::newRow("d.m.yyyy") << QStringLiteral("3.9.2026") << d;
        QTest::newRow("yyyy/mm/dd") << QStringLiteral("2026/09/03") << d;
        QTest::newRow("yyyymmdd") << QStringLiteral("20260903") << d;
        QTest::newRow("spaces") << QStringLiteral("  3-9-2026 ") << d;
        QTest::newRow("with time") << QStringLiteral("3-9-2026 0:00") << d;
        QTest::newRow("with seconds") << QStringLiteral("2026-09-03 12:30:00") << d;
        QTest::newRow("ISO date-time") << QStringLiteral("2026-09-03T00:00:00") << d;
        QTest::newRow("ISO with ms and Z") << QStringLiteral("2026-09-03T08:15:00.000Z") << d;
        QTest::newRow("leap day") << QStringLiteral("29-2-2024") << QDate(2024, 2, 29);
        QTest::newRow("31 december") << QStringLiteral("31-12-2010") << QDate(2010, 12, 31);
        QTest::newRow("serial 2024-01-01") << QStringLiteral("45292") << QDate(2024, 1, 1);
        QTest::newRow("serial with time") << QStringLiteral("45292,75") << QDate(2024, 1, 1);
        QTest::newRow("serial with time dot") << QStringLiteral("45292.25") << QDate(2024, 1, 1);
        QTest::newRow("serial 1") << QStringLiteral("1") << QDate(1900, 1, 1);
        QTest::newRow("serial 59") << QStringLiteral("59") << QDate(1900, 2, 28);
        QTest::newRow("serial 61") << QStringLiteral("61") << QDate(1900, 3, 1);
    }
    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QDate, expected);
        auto date = DutchDate::parse(input);
        QVERIFY2(date, qPrintable(date.message()));
        QCOMPARE(date.value(), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("31 february") << QStringLiteral("31-2-2026") << QStringLiteral("February 2026 has 28 days");
        QTest::newRow("29 february, no leap year") << QStringLiteral("29-02-2025") << QStringLiteral("28 days");
        QTest::newRow("31 april") << QStringLiteral("2026-04-31") << QStringLiteral("April 2026 has 30 days");
        QTest::newRow("day 0") << QStringLiteral("0-1-2026") << QStringLiteral("31 days");
        QTest::newRow("day 32") << QStringLiteral("32-1-2026") << QStringLiteral("31 days");
        QTest::newRow("month 13") << QStringLiteral("1-13-2026") << QStringLiteral("no month 13");
        QTest::newRow("month first") << QStringLiteral("12-25-2026") << QStringLiteral("month first");
        QTest::newRow("two-digit year") << QStringLiteral("3-9-26") << QStringLiteral("four digits");
        QTest::newRow("no year") << QStringLiteral("3.9") << QStringLiteral("known form");
        QTest::newRow("mixed separators") << QStringLiteral("3-9/2026") << QStringLiteral("known form");
        QTest::newRow("words") << QStringLiteral("3 september 2026") << QStringLiteral("more than a date");
        QTest::newRow("text") << QStringLiteral("onbekend") << QStringLiteral("known form");
        QTest::newRow("before 1900") << QStringLiteral("1899-12-31") << QStringLiteral("before 1900");
        QTest::newRow("yyyymmdd impossible") << QStringLiteral("20260231") << QStringLiteral("no such day");
        QTest::newRow("serial 0") << QStringLiteral("0") << QStringLiteral("Excel date number");
        QTest::newRow("serial 60") << QStringLiteral("60") << QStringLiteral("29 February 1900");
        QTest::newRow("serial too big") << QStringLiteral("2958466") << QStringLiteral("2958465");
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, hint);
        auto date = DutchDate::parse(input);
        QVERIFY2(!date, qPrintable(date.ok() ? date.value().toString(Qt::ISODate) : QString()));
        QCOMPARE(date.code(), Error::Code::InvalidInput);
        QVERIFY2(date.message().contains(hint), qPrintable(date.message()));
    }

    void excelSerials()
    {
        QCOMPARE(DutchDate::fromExcelSerial(45292).value(), QDate(2024, 1, 1));
        QCOMPARE(DutchDate::fromExcelSerial(2958465).value(), QDate(9999, 12, 31));
        QVERIFY(!DutchDate::fromExcelSerial(60));
        QVERIFY(!DutchDate::fromExcelSerial(-1));
        QVERIFY(!DutchDate::fromExcelSerial(std::numeric_limits<double>::quiet_NaN()));
        // The 1904 system of old Mac workbooks: day 0 is 1 January 1904, 1462 days after the 1900 count.
        QCOMPARE(DutchDate::fromExcelSerial(0, true).value(), QDate(1904, 1, 1));
        QCOMPARE(DutchDate::fromExcelSerial(45292 - 1462, true).value(), QDate(2024, 1, 1));
        // Round trip over the leap-year bug and into the present.
        for (QDate d(1900, 1, 1); d <= QDate(1900, 3, 31); d = d.addDays(1))
            QCOMPARE(DutchDate::fromExcelSerial(DutchDate::toExcelSerial(d)).value(), d);
        QCOMPARE(DutchDate::toExcelSerial(QDate(1900, 2, 28)), 59);
        QCOMPARE(DutchDate::toExcelSerial(QDate(1900, 3, 1)), 61);
        QCOMPARE(DutchDate::toExcelSerial(QDate(2024, 1, 1)), 45292);
    }
};

INBEELD_TEST_MAIN(TestDutchDate)
#include "tst_dutchdate.moc"
