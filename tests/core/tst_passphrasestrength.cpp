#include "core/crypto/PassphraseStrength.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private slots:
    void shortIsRefused()
    {
        QCOMPARE(PassphraseStrength::assess(QStringLiteral("Welkom2026!")).level, PassphraseStrength::Level::TooShort);
        QVERIFY(!PassphraseStrength::acceptable(QString()));
        QVERIFY(!PassphraseStrength::assess(QStringLiteral("kort")).hint.isEmpty());
    }

    void repetitionIsWeak()
    {
        QCOMPARE(PassphraseStrength::assess(QStringLiteral("aaaaaaaaaaaaaaaa")).level, PassphraseStrength::Level::Weak);
    }

    // The examples: both were rated "Sterk" by the old character-class estimate.
    void commonDutchPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("welkom") << QStringLiteral("Welkom2026!!");
        QTest::newRow("wachtwoord") << QStringLiteral("Wachtwoord1!");
        QTest::newRow("zomer") << QStringLiteral("Zomer2026!!!");
        QTest::newRow("geheim") << QStringLiteral("GeheimGeheim1");
    }
    void commonDutchPasswordsAreRefused()
    {
        QFETCH(QString, passphrase);
        const auto a = PassphraseStrength::assess(passphrase);
        QCOMPARE(a.level, PassphraseStrength::Level::Weak);
        QVERIFY2(a.bits < PassphraseStrength::MinimumBits, qPrintable(QString::number(a.bits)));
        QVERIFY(!PassphraseStrength::acceptable(passphrase));
    }

    void organisationNameCounts()
    {
        const QString pass = QStringLiteral("Kwartelbos2026!!");
        const QStringList org {QStringLiteral("SWV Kwartelbos")};
        QVERIFY(PassphraseStrength::assess(pass, org).bits < PassphraseStrength::assess(pass).bits);
        QVERIFY(!PassphraseStrength::acceptable(pass, org));
    }

    void severalWordsAreAccepted()
    {
        const QString pass = QStringLiteral("fiets Lantaarn 47 paraplu-kwartel");
        const auto a = PassphraseStrength::assess(pass);
        QVERIFY2(a.bits >= PassphraseStrength::MinimumBits, qPrintable(QString::number(a.bits)));
        QVERIFY(PassphraseStrength::acceptable(pass));
        QVERIFY(PassphraseStrength::acceptable(QStringLiteral("oever kwartel lantaarn bromvlieg")));
    }

    // Passphrases our docs and tests use as examples of good ones must pass.
    void exampleWordPassphrasesPass_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("kaas") << QStringLiteral("kaas fiets molen regen 42");
        QTest::newRow("wolken") << QStringLiteral("zeven wolken boven de dijk");
        QTest::newRow("horse") << QStringLiteral("correct horse battery staple");
        QTest::newRow("violet") << QStringLiteral("violet lantern over quiet harbour");
    }
    void exampleWordPassphrasesPass()
    {
        QFETCH(QString, passphrase);
        const auto a = PassphraseStrength::assess(passphrase);
        QVERIFY2(PassphraseStrength::acceptable(passphrase), qPrintable(QString::number(a.bits)));
    }

    void hintSaysTimeToGuess()
    {
        // ~600 guesses/s: 1 TB/s over 2 x 3 passes x 256 MiB.
        QVERIFY(PassphraseStrength::guessesPerSecond() > 100 && PassphraseStrength::guessesPerSecond() < 2000);
        QVERIFY(PassphraseStrength::timeToGuess(58).contains(QStringLiteral("million")));
        QVERIFY(PassphraseStrength::timeToGuess(10).contains(QStringLiteral("second")));
        QVERIFY(PassphraseStrength::assess(QStringLiteral("Welkom2026!!")).hint.contains(QStringLiteral("four")));
    }
};

INBEELD_TEST_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
