#include "core/domain/Postcode.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

class TestPostcode : public QObject
{
    Q_OBJECT

private slots:
    void normalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("compact") << QStringLiteral("1234AB") << QStringLiteral("1234 AB");
        QTest::newRow("canonical") << QStringLiteral("1234 AB") << QStringLiteral("1234 AB");
        QTest::newRow("lower case") << QStringLiteral("7311 ab") << QStringLiteral("7311 AB");
        QTest::newRow("mixed and spaces") << QStringLiteral("  7311   aB ") << QStringLiteral("7311 AB");
        QTest::newRow("tab") << QStringLiteral("9999\tzz") << QStringLiteral("9999 ZZ");
        QTest::newRow("SB is fine") << QStringLiteral("1000 SB") << QStringLiteral("1000 SB");
    }
    void normalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        auto pc = Postcode::parse(input);
        QVERIFY2(pc, qPrintable(pc.message()));
        QCOMPARE(pc.value().toString(), canonical);
        QCOMPARE(pc.value().digits(), canonical.left(4));
        QCOMPARE(pc.value().letters(), canonical.right(2));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("leading zero") << QStringLiteral("0123 AB") << QStringLiteral("does not start with 0");
        QTest::newRow("SA") << QStringLiteral("1234 SA") << QStringLiteral("SA");
        QTest::newRow("sd lower") << QStringLiteral("1234sd") << QStringLiteral("SD");
        QTest::newRow("SS") << QStringLiteral("1234 SS") << QStringLiteral("SS");
        QTest::newRow("three digits") << QStringLiteral("123 AB") << QStringLiteral("four digits");
        QTest::newRow("five digits") << QStringLiteral("12345 AB") << QStringLiteral("four digits");
        QTest::newRow("one letter") << QStringLiteral("1234 A") << QStringLiteral("four digits");
        QTest::newRow("three letters") << QStringLiteral("1234 ABC") << QStringLiteral("four digits");
        QTest::newRow("reversed") << QStringLiteral("AB 1234") << QStringLiteral("four digits");
        QTest::newRow("space inside digits") << QStringLiteral("12 34AB") << QStringLiteral("four digits");
        QTest::newRow("diacritic") << QStringLiteral("1234 ÅB") << QStringLiteral("four digits");
        QTest::newRow("Belgian") << QStringLiteral("1000") << QStringLiteral("four digits");
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, hint);
        auto pc = Postcode::parse(input);
        QVERIFY(!pc);
        QCOMPARE(pc.code(), Error::Code::InvalidInput);
        QVERIFY2(pc.message().contains(hint), qPrintable(pc.message()));
        if (!input.isEmpty())
            QVERIFY2(pc.message().contains(input.trimmed()), qPrintable(pc.message()));
    }

    void equality()
    {
        QCOMPARE(Postcode::parse(QStringLiteral("1234ab")).value(), Postcode::parse(QStringLiteral("1234 AB")).value());
        QVERIFY(Postcode().isNull());
    }
};

INBEELD_TEST_MAIN(TestPostcode)
#include "tst_postcode.moc"
