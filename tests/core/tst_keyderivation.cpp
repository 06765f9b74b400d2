#include "core/crypto/KeyDerivation.h"
#include "tests/support/TestMain.h"

#include <sodium.h>

using namespace inbeeld;

class TestKeyDerivation : public QObject
{
    Q_OBJECT

private slots:
    void parametersMeetTheFloor()
    {
        const auto p = KeyDerivation::storeParameters();
        QVERIFY(p.memLimitBytes >= 64u * 1024u * 1024u);
        QVERIFY(p.opsLimit >= 2u);
    }

    void sameInputSameKeyOtherInputOtherKey()
    {
        const KeyDerivation::Parameters fast {crypto_pwhash_OPSLIMIT_MIN, 8u * 1024u * 1024u};
        const QByteArray salt(16, '\x01');
        auto a = KeyDerivation::deriveKey(SecretBytes::fromUtf8(QStringLiteral("correct horse")), salt, fast);
        auto b = KeyDerivation::deriveKey(SecretBytes::fromUtf8(QStringLiteral("correct horse")), salt, fast);
        auto c = KeyDerivation::deriveKey(SecretBytes::fromUtf8(QStringLiteral("correct horsf")), salt, fast);
        auto d = KeyDerivation::deriveKey(SecretBytes::fromUtf8(QStringLiteral("correct horse")),
                                          QByteArray(16, '\x02'), fast);
        QVERIFY(a && b && c && d);
        QCOMPARE(a.value().size(), KeyDerivation::KeySize);
        QVERIFY(a.value().equals(b.value()));
        QVERIFY(!a.value().equals(c.value()));
        QVERIFY(!a.value().equals(d.value()));
    }

    void wrongSaltSizeIsAnError()
    {
        auto r = KeyDerivation::deriveKey(SecretBytes::fromUtf8(QStringLiteral("x")), QByteArray(3, 'a'));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::NotAStore);
    }

    void keyLiteralHasKeyAndSalt()
    {
        QByteArray raw(32, '\xab');
        const SecretBytes key = SecretBytes::fromByteArray(raw);
        QVERIFY(raw.isEmpty()); // the source was wiped
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const SecretBytes literal = KeyDerivation::sqlcipherKeyLiteral(key, salt);
        const QByteArray text(literal.chars(), qsizetype(literal.size()));
        QCOMPARE(text, QByteArray("x'") + QByteArray(32, '\xab').toHex() + salt.toHex() + QByteArray("'"));
    }

    void secretBytesHexRoundTrip()
    {
        const SecretBytes r = SecretBytes::random(32);
        const SecretBytes hex = r.toHex();
        QCOMPARE(hex.size(), std::size_t(64));
        const SecretBytes back = SecretBytes::fromHex(QByteArray(hex.chars(), qsizetype(hex.size())), 32);
        QVERIFY(back.equals(r));
        QVERIFY(SecretBytes::fromHex("zz", 1).isEmpty());
    }
};

INBEELD_TEST_MAIN(TestKeyDerivation)
#include "tst_keyderivation.moc"
