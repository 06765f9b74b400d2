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

    void severalWordsAreStrong()
    {
        const auto a = PassphraseStrength::assess(QStringLiteral("fiets Lantaarn 47 paraplu-kwartel"));
        QCOMPARE(a.level, PassphraseStrength::Level::Strong);
        QVERIFY(PassphraseStrength::acceptable(QStringLiteral("fiets Lantaarn 47 paraplu-kwartel")));
    }
};

INBEELD_TEST_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
