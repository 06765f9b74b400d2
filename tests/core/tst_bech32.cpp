// Bech32 as age uses it: BIP 173 vectors, case rules, corruption detected.

#include "core/crypto/Bech32.h"
#include "tests/support/TestMain.h"

#include <QTest>

using namespace inbeeld;

namespace {
std::optional<Bech32::Decoded> decode(const QByteArray& text)
{
    return Bech32::decode(text.constData(), std::size_t(text.size()));
}
} // namespace

class TestBech32 : public QObject
{
    Q_OBJECT

private slots:
    void bip173ValidStringsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty data") << QByteArray("a12uel5l");
        QTest::newRow("upper case") << QByteArray("A12UEL5L");
        QTest::newRow("all characters") << QByteArray("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
        QTest::newRow("long") << QByteArray("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w");
    }

    void bip173ValidStringsRoundTrip()
    {
        QFETCH(QByteArray, text);
        const auto decoded = decode(text);
        QVERIFY(decoded);
        const SecretBytes again = Bech32::encode(decoded->hrp, decoded->data.data(), decoded->data.size());
        QCOMPARE(QByteArray(again.chars(), qsizetype(again.size())), text.toLower());
    }

    void invalidStringsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("checksum") << QByteArray("a12uel5m");
        QTest::newRow("mixed case") << QByteArray("A12uEL5L");
        QTest::newRow("no separator") << QByteArray("pzry9x0s0muk");
        QTest::newRow("empty hrp") << QByteArray("1pzry9x0s0muk");
        QTest::newRow("character outside the set (b)") << QByteArray("abcdef1qpzrz9x8gf2tvdw0s3jn54khce6mua7lmqqqxb");
        QTest::newRow("too short checksum") << QByteArray("a1uel5");
        QTest::newRow("space") << QByteArray("a1 2uel5l");
    }

    void invalidStringsAreRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!decode(text));
    }

    void everySingleCharacterChangeIsDetected()
    {
        const QByteArray payload
            = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const SecretBytes encoded
            = Bech32::encode("age", reinterpret_cast<const unsigned char*>(payload.constData()), 32);
        const QByteArray text(encoded.chars(), qsizetype(encoded.size()));
        QVERIFY(decode(text));
        for (int i = 4; i < text.size(); ++i) {
            QByteArray changed = text;
            changed[i] = changed[i] == 'q' ? 'p' : 'q';
            QVERIFY2(!decode(changed), qPrintable(QString::number(i)));
        }
    }
};

INBEELD_TEST_MAIN(TestBech32)
#include "tst_bech32.moc"
