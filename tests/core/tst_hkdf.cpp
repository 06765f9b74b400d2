// HKDF-SHA256 built from libsodium's HMAC: the RFC 5869 test vectors.

#include "core/crypto/Hkdf.h"
#include "tests/support/TestMain.h"

#include <QTest>

using namespace inbeeld;

class TestHkdf : public QObject
{
    Q_OBJECT

private slots:
    void rfc5869Vectors_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("okm");
        const QByteArray ikm(22, '\x0b');
        QTest::newRow("case 1") << ikm << QByteArray::fromHex("000102030405060708090a0b0c")
                                << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
                                << QByteArray::fromHex(
                                       "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                       "34007208d5b887185865");
        QTest::newRow("case 3: no salt, no info")
            << ikm << QByteArray() << QByteArray()
            << QByteArray::fromHex(
                   "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
        QByteArray longIkm, longSalt, longInfo;
        for (int i = 0; i < 80; ++i) {
            longIkm += char(i);
            longSalt += char(0x60 + i);
            longInfo += char(0xb0 + i);
        }
        QTest::newRow("case 2: long inputs, several blocks")
            << longIkm << longSalt << longInfo
            << QByteArray::fromHex(
                   "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb"
                   "41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    void rfc5869Vectors()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, okm);
        const SecretBytes out = Hkdf::sha256(reinterpret_cast<const unsigned char*>(ikm.constData()),
                                             std::size_t(ikm.size()), salt, info, std::size_t(okm.size()));
        QCOMPARE(QByteArray(out.chars(), qsizetype(out.size())).toHex(), okm.toHex());
    }

    void refusesImpossibleLengths()
    {
        const QByteArray ikm(32, 'x');
        const auto* p = reinterpret_cast<const unsigned char*>(ikm.constData());
        QVERIFY(Hkdf::sha256(p, 32, {}, {}, 0).isEmpty());
        QVERIFY(Hkdf::sha256(p, 32, {}, {}, 255 * 32 + 1).isEmpty());
        QCOMPARE(Hkdf::sha256(p, 32, {}, {}, 255 * 32).size(), std::size_t(255 * 32));
    }
};

INBEELD_TEST_MAIN(TestHkdf)
#include "tst_hkdf.moc"
