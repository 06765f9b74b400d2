#include "core/domain/PupilIdentifier.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

Q_DECLARE_METATYPE(PupilIdentifier::Kind)
Q_DECLARE_METATYPE(PupilIdentifier::Problem)

namespace {

QString complete(const QString& eight, int remainder)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * eight[i].digitValue();
    for (int check = 0; check <= 9; ++check) {
        if (((sum - check) % 11 + 11) % 11 == remainder)
            return eight + QString::number(check);
    }
    return {};
}

} // namespace

/// One column, two kinds of number: which one is it, and if neither, why not.
class TestPupilIdentifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<PupilIdentifier::Kind>("kind");
        QTest::addColumn<PupilIdentifier::Problem>("problem");
        QTest::addColumn<QString>("digits");
        using K = PupilIdentifier::Kind;
        using P = PupilIdentifier::Problem;
        const QString bsn = QStringLiteral("999990019");
        QString onderwijs;
        for (int i = 0; onderwijs.isEmpty(); ++i)
            onderwijs = complete(QStringLiteral("109990%1").arg(i, 2, 10, QLatin1Char('0')), 5);
        QString bsnWithZero;
        for (int i = 0; bsnWithZero.isEmpty(); ++i)
            bsnWithZero = complete(QStringLiteral("0999%1").arg(i, 4, 10, QLatin1Char('0')), 0);

        QTest::newRow("bsn") << bsn << K::Bsn << P::None << bsn;
        QTest::newRow("bsn with dots") << QStringLiteral("9999.90.019") << K::Bsn << P::None << bsn;
        QTest::newRow("bsn 8 digits") << bsnWithZero.mid(1) << K::Bsn << P::None << bsnWithZero;
        QTest::newRow("onderwijsnummer") << onderwijs << K::Onderwijsnummer << P::None << onderwijs;
        QTest::newRow("onderwijsnummer spaced")
            << (onderwijs.left(3) + u' ' + onderwijs.mid(3)) << K::Onderwijsnummer << P::None << onderwijs;
        QTest::newRow("empty") << QString() << K::Invalid << P::Empty << QString();
        QTest::newRow("letters") << QStringLiteral("99999O019") << K::Invalid << P::NotDigits
                                 << QStringLiteral("99999O019");
        QTest::newRow("short") << QStringLiteral("999999") << K::Invalid << P::WrongLength << QStringLiteral("999999");
        QTest::newRow("long") << QStringLiteral("9999900199") << K::Invalid << P::WrongLength
                              << QStringLiteral("9999900199");
        QTest::newRow("elfproef") << QStringLiteral("999990018") << K::Invalid << P::FailsElfproef
                                  << QStringLiteral("999990018");
        // Remainder 5 but not starting with 10: neither.
        QTest::newRow("remainder 5 not 10") << complete(QStringLiteral("99999900"), 5) << K::Invalid << P::FailsElfproef
                                            << complete(QStringLiteral("99999900"), 5);
    }
    void classify()
    {
        QFETCH(QString, input);
        QFETCH(PupilIdentifier::Kind, kind);
        QFETCH(PupilIdentifier::Problem, problem);
        QFETCH(QString, digits);
        const PupilIdentifier id = PupilIdentifier::classify(input);
        QCOMPARE(id.kind(), kind);
        QCOMPARE(id.problem(), problem);
        QCOMPARE(id.digits(), digits);
        QCOMPARE(id.isValid(), kind != PupilIdentifier::Kind::Invalid);
        QCOMPARE(id.message().isEmpty(), id.isValid());
        if (problem == PupilIdentifier::Problem::FailsElfproef)
            QVERIFY(id.message().contains(QStringLiteral("elfproef")));
        if (problem == PupilIdentifier::Problem::WrongLength)
            QVERIFY(id.message().contains(QStringLiteral("nine")));
    }
};

INBEELD_TEST_MAIN(TestPupilIdentifier)
#include "tst_pupilidentifier.moc"
