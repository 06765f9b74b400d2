#include "core/domain/Bsn.h"
#include "core/domain/Onderwijsnummer.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

namespace {

/// Completes eight digits (starting with 10) so that the weighted sum is 5 modulo 11.
QString withOnderwijsCheckDigit(const QString& eight)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * eight[i].digitValue();
    const int check = ((sum - 5) % 11 + 11) % 11;
    return check == 10 ? QString() : eight + QString::number(check);
}

} // namespace

class TestOnderwijsnummer : public QObject
{
    Q_OBJECT

private slots:
    void validNumbersPass()
    {
        int found = 0;
        for (int i = 0; found < 20; ++i) {
            const QString n = withOnderwijsCheckDigit(QStringLiteral("109999%1").arg(i, 2, 10, QLatin1Char('0')));
            if (n.isEmpty())
                continue;
            ++found;
            auto on = Onderwijsnummer::parse(n);
            QVERIFY2(on, qPrintable(on.message()));
            QCOMPARE(on.value().toString(), n);
            QCOMPARE(Bsn::elfproefRemainder(n), 5);
            QVERIFY(!Bsn::parse(n)); // never also a BSN
            // With separators
            QVERIFY(Onderwijsnummer::parse(n.left(4) + u'.' + n.mid(4, 2) + u'.' + n.mid(6)));
            // One digit off: no longer valid.
            const QString wrong = n.left(8) + QString::number((n[8].digitValue() + 1) % 10);
            auto bad = Onderwijsnummer::parse(wrong);
            QVERIFY(!bad);
            QVERIFY2(bad.message().contains(wrong), qPrintable(bad.message()));
        }
    }

    void mustStartWith10()
    {
        // Weighted sum 5 mod 11, but starting with 99: not an onderwijsnummer.
        QString n;
        for (int i = 0; n.isEmpty(); ++i)
            n = withOnderwijsCheckDigit(QStringLiteral("999999%1").arg(i, 2, 10, QLatin1Char('0')));
        QCOMPARE(Bsn::elfproefRemainder(n), 5);
        auto on = Onderwijsnummer::parse(n);
        QVERIFY(!on);
        QVERIFY2(on.message().contains(QStringLiteral("starting with 10")), qPrintable(on.message()));
    }

    void refused()
    {
        QVERIFY(!Onderwijsnummer::parse(QString()));
        QVERIFY(!Onderwijsnummer::parse(QStringLiteral("10999")));
        QVERIFY(!Onderwijsnummer::parse(QStringLiteral("10999999x")));
        QVERIFY(Onderwijsnummer().isNull());
    }
};

INBEELD_TEST_MAIN(TestOnderwijsnummer)
#include "tst_onderwijsnummer.moc"
