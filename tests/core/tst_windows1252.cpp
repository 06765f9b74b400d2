#include "core/common/Windows1252.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

class TestWindows1252 : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheSpecialRange()
    {
        QCOMPARE(Windows1252::decode("\x80"), QStringLiteral("€"));
        QCOMPARE(Windows1252::decode("\x84\x93\x94\x91\x92"), QStringLiteral("„“”‘’"));
        QCOMPARE(Windows1252::decode("\x96\x97\x85"), QStringLiteral("–—…"));
        QCOMPARE(Windows1252::decode("\x8A\x8E\x9A\x9E\x9F\x8C\x9C"), QStringLiteral("ŠŽšžŸŒœ"));
        QCOMPARE(Windows1252::decode("\xD6zdemir \xC7"
                                     "elik Ana\xEFs"),
                 QStringLiteral("Özdemir Çelik Anaïs"));
        // Undefined bytes: the C1 control with the same number.
        QCOMPARE(Windows1252::decode("\x81\x8D\x8F\x90\x9D"), QStringLiteral("\u0081\u008D\u008F\u0090\u009D"));
        // Qt's own Latin-1 gets the special range wrong; that is why the table exists.
        QVERIFY(QString::fromLatin1("\x80") != QStringLiteral("€"));
    }

    void roundTripsEveryByte()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString text = Windows1252::decode(all);
        QCOMPARE(text.size(), 256);
        QCOMPARE(Windows1252::encode(text).value(), all);
        QVERIFY(!Windows1252::encode(QStringLiteral("Ω")));
        QVERIFY(!Windows1252::encode(QStringLiteral("Łukasz")));
    }

    void repairsMojibake_data()
    {
        QTest::addColumn<QString>("correct");
        for (const char* s :
             {"Özdemir", "Çelik", "Anaïs", "Zoë", "Ñúñez", "Łukasz", "Müller-Lüdenscheidt", "€ 5,-", "Ğül"}) {
            QTest::newRow(s) << QString::fromUtf8(s);
        }
    }
    void repairsMojibake()
    {
        QFETCH(QString, correct);
        const QString broken = Windows1252::decode(correct.toUtf8());
        QVERIFY(broken != correct);
        QCOMPARE(Windows1252::repairMojibake(broken).value_or(QString()), correct);
    }

    void leavesGoodTextAlone()
    {
        QVERIFY(!Windows1252::repairMojibake(QStringLiteral("Özdemir")));
        QVERIFY(!Windows1252::repairMojibake(QStringLiteral("Jansen")));
        QVERIFY(!Windows1252::repairMojibake(QString()));
        // Looks suspicious ("Ã" + "©") but the rest cannot be encoded: not repaired.
        QVERIFY(!Windows1252::repairMojibake(QStringLiteral("Ã© Ω")));
        // "Ã" followed by a letter is not a UTF-8 sequence.
        QVERIFY(!Windows1252::repairMojibake(QStringLiteral("Ãlvaro")));
    }
};

INBEELD_TEST_MAIN(TestWindows1252)
#include "tst_windows1252.moc"
