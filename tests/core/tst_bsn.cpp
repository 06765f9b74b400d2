#include "core/domain/Bsn.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

namespace {

/// Completes eight digits with the check digit that makes them pass the elfproef, or returns an
/// empty string when no digit does (the weighted sum would need a check digit of 10).
QString withCheckDigit(const QString& eight)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * eight[i].digitValue();
    const int check = sum % 11;
    return check == 10 ? QString() : eight + QString::number(check);
}

/// The same number with its last digit changed, so that it fails the elfproef on purpose.
QString breakCheckDigit(const QString& nine)
{
    return nine.left(8) + QString::number((nine[8].digitValue() + 1) % 10);
}

} // namespace

/// The BSN rules from the brief: nine digits, leading zero restored, elfproef, separators.
class TestBsn : public QObject
{
    Q_OBJECT

private:
    QStringList m_valid; // fictitious, 9999xxxxx

private slots:
    void initTestCase()
    {
        for (int i = 0; m_valid.size() < 20; ++i) {
            const QString n = withCheckDigit(QStringLiteral("9999%1").arg(i, 4, 10, QLatin1Char('0')));
            if (!n.isEmpty())
                m_valid << n;
        }
        for (const QString& n : std::as_const(m_valid))
            QVERIFY(n.startsWith(QStringLiteral("9999")) && n.size() == 9);
    }

    void knownWeightedSum()
    {
        // 9·9 + 8·9 + 7·9 + 6·9 + 5·9 + 4·0 + 3·0 + 2·1 − 9 = 308 = 28 · 11
        QCOMPARE(Bsn::weightedSum(u"999990019"), 308);
        QVERIFY(Bsn::passesElfproef(u"999990019"));
        QCOMPARE(Bsn::parse(QStringLiteral("999990019")).value().toString(), QStringLiteral("999990019"));
    }

    void generatedNumbersPass()
    {
        for (const QString& n : std::as_const(m_valid)) {
            auto bsn = Bsn::parse(n);
            QVERIFY2(bsn, qPrintable(bsn.message()));
            QCOMPARE(bsn.value().toString(), n);
        }
    }

    void brokenCheckDigitFails()
    {
        for (const QString& n : std::as_const(m_valid)) {
            const QString wrong = breakCheckDigit(n);
            auto bsn = Bsn::parse(wrong);
            QVERIFY(!bsn);
            QCOMPARE(bsn.code(), Error::Code::InvalidInput);
            QVERIFY2(bsn.message().contains(wrong), qPrintable(bsn.message()));
            QVERIFY(bsn.message().contains(QStringLiteral("elfproef")));
            QVERIFY(bsn.message().contains(QStringLiteral("Check the number")));
        }
    }

    void separatorsAreTolerated_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("dots") << QStringLiteral("9999.90.019");
        QTest::newRow("spaces") << QStringLiteral("9999 90 019");
        QTest::newRow("dashes") << QStringLiteral("9999-90-019");
        QTest::newRow("outer spaces") << QStringLiteral("  999990019\t");
        QTest::newRow("no-break space") << QStringLiteral("9999\u00A090019");
    }
    void separatorsAreTolerated()
    {
        QFETCH(QString, input);
        auto bsn = Bsn::parse(input);
        QVERIFY2(bsn, qPrintable(bsn.message()));
        QCOMPARE(bsn.value().toString(), QStringLiteral("999990019"));
    }

    void eightDigitsGetLeadingZero()
    {
        // A valid nine-digit number starting with 0, as a spreadsheet shows it: eight digits.
        QString nine;
        for (int i = 0; nine.isEmpty(); ++i)
            nine = withCheckDigit(QStringLiteral("0999%1").arg(i, 4, 10, QLatin1Char('0')));
        auto bsn = Bsn::parse(nine.mid(1));
        QVERIFY2(bsn, qPrintable(bsn.message()));
        QCOMPARE(bsn.value().toString(), nine);
        QVERIFY(!Bsn::parse(breakCheckDigit(nine).mid(1)));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("letter") << QStringLiteral("99999001A") << QStringLiteral("other than digits");
        QTest::newRow("seven digits") << QStringLiteral("9999001") << QStringLiteral("(it has 7)");
        QTest::newRow("ten digits") << QStringLiteral("9999900190") << QStringLiteral("(it has 10)");
        QTest::newRow("all zeros") << QStringLiteral("000000000") << QStringLiteral("elfproef");
        QTest::newRow("eight zeros") << QStringLiteral("00000000") << QStringLiteral("elfproef");
        QTest::newRow("fails elfproef") << QStringLiteral("999990018") << QStringLiteral("elfproef");
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, hint);
        auto bsn = Bsn::parse(input);
        QVERIFY(!bsn);
        QVERIFY2(bsn.message().contains(hint), qPrintable(bsn.message()));
    }

    void nullAndEquality()
    {
        QVERIFY(Bsn().isNull());
        QVERIFY(!Bsn::parse(QStringLiteral("999990019")).value().isNull());
        QCOMPARE(Bsn::parse(QStringLiteral("9999.90.019")).value(), Bsn::parse(QStringLiteral("999990019")).value());
    }
};

INBEELD_TEST_MAIN(TestBsn)
#include "tst_bsn.moc"
