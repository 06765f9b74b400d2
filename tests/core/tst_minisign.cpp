// Signatures in minisign's format: made by us and verified by Debian's minisign, made by minisign
// and verified by us, and every kind of damage refused with its own error.

#include "core/exchange/Minisign.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

struct KeyPair
{
    MinisignPublicKey publicKey;
    SecretBytes secretKey {crypto_sign_SECRETKEYBYTES};
};

KeyPair makeKeys()
{
    KeyPair keys;
    keys.publicKey.key = QByteArray(int(crypto_sign_PUBLICKEYBYTES), Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(keys.publicKey.key.data()), keys.secretKey.data());
    keys.publicKey.keyId = Minisign::keyIdFor(keys.publicKey.key);
    return keys;
}

QByteArray payload()
{
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += char(i * 7 + (i >> 8));
    return data;
}

Result<QByteArray> sign(const QByteArray& data, const KeyPair& keys, const QString& trusted = QStringLiteral("t"))
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return Minisign::sign(buffer, keys.secretKey, keys.publicKey.keyId, trusted, QStringLiteral("signed by InBeeld"));
}

Result<MinisignSignature> verify(const QByteArray& data, const QByteArray& signature, const MinisignPublicKey& key)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return Minisign::verify(buffer, signature, key);
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMinisign : public QObject
{
    Q_OBJECT

private slots:
    void signAndVerify()
    {
        const KeyPair keys = makeKeys();
        const QString trusted = QStringLiteral("package 7f3a sequence 12 recipient ABCD EFGH");
        auto sig = sign(payload(), keys, trusted);
        QVERIFY2(sig, qPrintable(sig.message()));
        QVERIFY(sig.value().startsWith("untrusted comment: signed by InBeeld\nRU")); // "ED" in base64
        auto checked = verify(payload(), sig.value(), keys.publicKey);
        QVERIFY2(checked, qPrintable(checked.message()));
        QCOMPARE(checked.value().trustedComment, trusted);
        QCOMPARE(checked.value().algorithm, QByteArray("ED"));
    }

    void publicKeyFileRoundTrip()
    {
        const KeyPair keys = makeKeys();
        const QByteArray file = Minisign::publicKeyFile(keys.publicKey);
        QVERIFY(file.startsWith("untrusted comment: minisign public key " + keys.publicKey.keyIdText().toLatin1()));
        QCOMPARE(keys.publicKey.keyIdText().size(), 16);
        auto parsed = Minisign::parsePublicKey(file);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed.value().key, keys.publicKey.key);
        QCOMPARE(parsed.value().keyId, keys.publicKey.keyId);
        QCOMPARE(Minisign::parsePublicKey("hello\nworld\n").code(), Error::Code::UnknownFormat);
    }

    void everyKindOfDamageHasItsOwnError()
    {
        const KeyPair keys = makeKeys();
        const QByteArray data = payload();
        const QByteArray sig = sign(data, keys).value();

        QByteArray tampered = data;
        tampered[12345] = char(tampered[12345] ^ 1);
        auto r = verify(tampered, sig, keys.publicKey);
        QCOMPARE(r.code(), Error::Code::BadSignature);
        QVERIFY(r.message().contains(QStringLiteral("changed or is incomplete")));

        r = verify(data.left(data.size() - 1000), sig, keys.publicKey);
        QCOMPARE(r.code(), Error::Code::BadSignature);

        const KeyPair other = makeKeys();
        r = verify(data, sig, other.publicKey);
        QCOMPARE(r.code(), Error::Code::WrongKey);
        QVERIFY(r.message().contains(keys.publicKey.keyIdText()));
        QVERIFY(r.message().contains(other.publicKey.keyIdText()));

        // Same key id, other key: the signature itself must fail.
        MinisignPublicKey impostor = other.publicKey;
        impostor.keyId = keys.publicKey.keyId;
        QCOMPARE(verify(data, sig, impostor).code(), Error::Code::BadSignature);

        QByteArray changedComment = sig;
        changedComment.replace("trusted comment: t\n", "trusted comment: u\n");
        r = verify(data, changedComment, keys.publicKey);
        QCOMPARE(r.code(), Error::Code::BadSignature);
        QVERIFY(r.message().contains(QStringLiteral("trusted comment")));

        QCOMPARE(verify(data, sig.left(sig.size() / 2), keys.publicKey).code(), Error::Code::UnknownFormat);
        QCOMPARE(verify(data, "not a signature", keys.publicKey).code(), Error::Code::UnknownFormat);
    }

    void refusesMultiLineComments()
    {
        const KeyPair keys = makeKeys();
        QCOMPARE(sign("x", keys, QStringLiteral("two\nlines")).code(), Error::Code::InvalidInput);
    }

    void debianMinisignVerifiesOurSignature()
    {
        const QString minisign = findTool(QStringLiteral("minisign"));
        if (minisign.isEmpty())
            QSKIP("minisign is not installed (packaging/debian/install-deps.sh installs it)");
        QTemporaryDir dir;
        const KeyPair keys = makeKeys();
        const QString file = dir.filePath(QStringLiteral("data.bin"));
        const QString pub = dir.filePath(QStringLiteral("inbeeld.pub"));
        QVERIFY(writeBytes(file, payload()));
        QVERIFY(writeBytes(pub, Minisign::publicKeyFile(keys.publicKey)));
        QVERIFY(writeBytes(file + QStringLiteral(".minisig"), sign(payload(), keys, QStringLiteral("id 42")).value()));
        // -H: minisign must see the prehashed algorithm.
        ToolRun run = runTool(
            minisign,
            {QStringLiteral("-V"), QStringLiteral("-H"), QStringLiteral("-m"), file, QStringLiteral("-p"), pub});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.contains("Trusted comment: id 42"));

        // And it refuses a changed file, as we do.
        QByteArray tampered = payload();
        tampered[5] = char(tampered[5] ^ 0x40);
        QVERIFY(writeBytes(file, tampered));
        run = runTool(minisign, {QStringLiteral("-V"), QStringLiteral("-m"), file, QStringLiteral("-p"), pub});
        QVERIFY2(!run.ok(), qPrintable(run.describe()));
    }

    void weVerifyDebianMinisignSignatures()
    {
        const QString minisign = findTool(QStringLiteral("minisign"));
        if (minisign.isEmpty())
            QSKIP("minisign is not installed (packaging/debian/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString pub = dir.filePath(QStringLiteral("m.pub"));
        const QString sec = dir.filePath(QStringLiteral("m.key"));
        ToolRun run = runTool(
            minisign,
            {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QString file = dir.filePath(QStringLiteral("data.bin"));
        QVERIFY(writeBytes(file, payload()));
        run = runTool(minisign,
                      {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), file,
                       QStringLiteral("-t"), QStringLiteral("made by minisign")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        auto key = Minisign::parsePublicKey(readBytes(pub));
        QVERIFY2(key, qPrintable(key.message()));
        const QByteArray sig = readBytes(file + QStringLiteral(".minisig"));
        auto checked = verify(payload(), sig, key.value());
        QVERIFY2(checked, qPrintable(checked.message()));
        QCOMPARE(checked.value().trustedComment, QStringLiteral("made by minisign"));

        QByteArray tampered = payload();
        tampered[199999] = char(tampered[199999] ^ 0x01);
        QCOMPARE(verify(tampered, sig, key.value()).code(), Error::Code::BadSignature);
    }
};

INBEELD_TEST_MAIN(TestMinisign)
#include "tst_minisign.moc"
