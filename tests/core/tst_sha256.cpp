// SHA-256 through libsodium: the FIPS 180-2 examples and agreement with QCryptographicHash.

#include "core/crypto/Sha256.h"
#include "tests/support/TestMain.h"

#include <QCryptographicHash>
#include <QTest>

using namespace inbeeld;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownAnswers()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(message).toHex(), digest);
    }

    void piecesGiveTheSameDigest()
    {
        QByteArray data;
        for (int i = 0; i < 100000; ++i)
            data.append(char(i * 7));
        Sha256 pieces;
        for (qsizetype at = 0; at < data.size(); at += 4093)
            pieces.add(data.mid(at, 4093));
        QCOMPARE(pieces.finish(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        Sha256 nothing;
        QCOMPARE(nothing.finish(), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
    }

    void sameAsQCryptographicHash()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 7919) >> 3);
        QCOMPARE(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QCOMPARE(Sha256::hash(QByteArrayView(data).first(1000)),
                 QCryptographicHash::hash(data.first(1000), QCryptographicHash::Sha256));
    }
};

INBEELD_TEST_MAIN(TestSha256)
#include "tst_sha256.moc"
