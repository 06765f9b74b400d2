// Encryption in age's format: round trips at chunk boundaries, Debian's age decrypting ours and we
// decrypting age's, and each kind of damage (changed byte, cut-off file, appended data, wrong key)
// refused with its own error.

#include "core/exchange/AgeEncryption.h"
#include "core/exchange/AgeKeys.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

constexpr int Chunk = int(AgeEncryption::ChunkSize);

QByteArray data(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        out[i] = char((i * 31) ^ (i >> 9));
    return out;
}

Result<QByteArray> encrypt(const QByteArray& plain, const QList<QByteArray>& recipients)
{
    QBuffer in;
    in.setData(plain);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto done = AgeEncryption::encrypt(in, out, recipients);
    if (!done)
        return done.error();
    return out.data();
}

Result<QByteArray> decrypt(const QByteArray& sealed, const SecretBytes& key)
{
    QBuffer in;
    in.setData(sealed);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto done = AgeEncryption::decrypt(in, out, key);
    if (!done)
        return done.error();
    return out.data();
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Where the binary payload starts (after the header's "--- …" line).
int payloadOffset(const QByteArray& sealed)
{
    const qsizetype macLine = sealed.indexOf("\n--- ");
    return int(sealed.indexOf('\n', macLine + 1)) + 1;
}

} // namespace

class TestAgeEncryption : public QObject
{
    Q_OBJECT

private:
    SecretBytes m_key = SecretBytes::random(32);
    QByteArray m_recipient = AgeKeys::publicKeyOf(m_key);

private slots:
    void roundTripAtChunkBoundaries_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, 1000, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, 3 * Chunk + 17})
            QTest::addRow("%d bytes", size) << size;
    }

    void roundTripAtChunkBoundaries()
    {
        QFETCH(int, size);
        const QByteArray plain = data(size);
        auto sealed = encrypt(plain, {m_recipient});
        QVERIFY2(sealed, qPrintable(sealed.message()));
        QVERIFY(sealed.value().startsWith("age-encryption.org/v1\n-> X25519 "));
        // Header, 16-byte nonce, and 16 bytes of tag per chunk (at least one chunk).
        const int chunks = size == 0 ? 1 : (size + Chunk - 1) / Chunk;
        QCOMPARE(sealed.value().size() - payloadOffset(sealed.value()), 16 + size + 16 * chunks);
        auto opened = decrypt(sealed.value(), m_key);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value(), plain);
    }

    void everyRecipientCanDecrypt()
    {
        const SecretBytes other = SecretBytes::random(32);
        auto sealed = encrypt(data(5000), {AgeKeys::publicKeyOf(other), m_recipient});
        QVERIFY(sealed);
        QCOMPARE(decrypt(sealed.value(), m_key).value(), data(5000));
        QCOMPARE(decrypt(sealed.value(), other).value(), data(5000));
    }

    void wrongKeyIsRefused()
    {
        auto sealed = encrypt(data(100), {m_recipient});
        const auto r = decrypt(sealed.value(), SecretBytes::random(32));
        QCOMPARE(r.code(), Error::Code::WrongKey);
        QVERIFY(r.message().contains(QStringLiteral("not encrypted for this organisation's key")));
    }

    void changedByteIsRefused_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("expectedCode");
        // A changed stanza no longer unwraps with our key: indistinguishable from a file for someone else.
        QTest::newRow("header stanza body") << QStringLiteral("body") << int(Error::Code::WrongKey);
        QTest::newRow("header mac") << QStringLiteral("mac") << int(Error::Code::Damaged);
        QTest::newRow("payload nonce") << QStringLiteral("nonce") << int(Error::Code::Damaged);
        QTest::newRow("first chunk") << QStringLiteral("first") << int(Error::Code::Damaged);
        QTest::newRow("last chunk") << QStringLiteral("last") << int(Error::Code::Damaged);
    }

    void changedByteIsRefused()
    {
        QFETCH(QString, where);
        QFETCH(int, expectedCode);
        const QByteArray sealed = encrypt(data(2 * Chunk + 100), {m_recipient}).value();
        const int payload = payloadOffset(sealed);
        int offset = 0;
        if (where == QLatin1String("body"))
            offset = int(sealed.indexOf('\n', sealed.indexOf("-> X25519"))) + 5;
        else if (where == QLatin1String("mac"))
            offset = payload - 5;
        else if (where == QLatin1String("nonce"))
            offset = payload + 3;
        else if (where == QLatin1String("first"))
            offset = payload + 16 + 1000;
        else
            offset = sealed.size() - 20;
        QByteArray changed = sealed;
        // In base64 text, swap to another valid character so the change is not a parse error.
        changed[offset] = changed[offset] == 'A' ? 'B' : (offset < payload ? 'A' : char(changed[offset] ^ 0x01));
        const auto r = decrypt(changed, m_key);
        QVERIFY(!r);
        QCOMPARE(int(r.code()), expectedCode);
        if (where == QLatin1String("first"))
            QVERIFY2(r.message().contains(QStringLiteral("Part 1 ")), qPrintable(r.message()));
    }

    void truncatedFileIsRefused()
    {
        const QByteArray sealed = encrypt(data(2 * Chunk + 100), {m_recipient}).value();
        const int payload = payloadOffset(sealed);
        const int firstChunkEnd = payload + 16 + Chunk + 16;
        const int secondChunkEnd = firstChunkEnd + Chunk + 16;

        // Cut exactly after a complete chunk: the missing rest is recognised as such.
        auto r = decrypt(sealed.left(secondChunkEnd), m_key);
        QCOMPARE(r.code(), Error::Code::Truncated);
        QVERIFY2(r.message().contains(QStringLiteral("ends early after part 2")), qPrintable(r.message()));
        r = decrypt(sealed.left(firstChunkEnd), m_key);
        QCOMPARE(r.code(), Error::Code::Truncated);

        // Cut inside the header, in the nonce, and right after it.
        QCOMPARE(decrypt(sealed.left(30), m_key).code(), Error::Code::Truncated);
        QCOMPARE(decrypt(sealed.left(payload + 8), m_key).code(), Error::Code::Truncated);
        QCOMPARE(decrypt(sealed.left(payload + 16), m_key).code(), Error::Code::Truncated);
        QCOMPARE(decrypt(sealed.left(payload + 16 + 10), m_key).code(), Error::Code::Truncated);

        // Cut inside a chunk: incomplete or changed cannot be told apart; the message says both.
        r = decrypt(sealed.left(firstChunkEnd + 5000), m_key);
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY(r.message().contains(QStringLiteral("incomplete")));
        QCOMPARE(decrypt(sealed.left(sealed.size() - 1), m_key).code(), Error::Code::Damaged);
        QCOMPARE(decrypt(QByteArray(), m_key).code(), Error::Code::Truncated);
    }

    void appendedDataIsRefused()
    {
        const QByteArray sealed = encrypt(data(Chunk), {m_recipient}).value();
        const auto r = decrypt(sealed + QByteArray(40, 'x'), m_key);
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY2(r.message().contains(QStringLiteral("appended")), qPrintable(r.message()));
        QCOMPARE(decrypt(encrypt(data(10), {m_recipient}).value() + "x", m_key).code(), Error::Code::Damaged);
    }

    void foreignFilesAreNotAgeFiles()
    {
        QCOMPARE(decrypt("PK\x03\x04 some zip", m_key).code(), Error::Code::UnknownFormat);
        QCOMPARE(decrypt("age-encryption.org/v2\n", m_key).code(), Error::Code::UnknownFormat);
        QCOMPARE(decrypt("-----BEGIN AGE ENCRYPTED FILE-----\n", m_key).code(), Error::Code::UnknownFormat);
    }

    void debianAgeDecryptsOurFile()
    {
        const QString age = findTool(QStringLiteral("age"));
        if (age.isEmpty())
            QSKIP("age is not installed (packaging/debian/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.txt"));
        const SecretBytes identity = AgeKeys::identityFile(m_key, QDateTime::currentDateTimeUtc());
        QVERIFY(writeBytes(keyFile, QByteArray(identity.chars(), qsizetype(identity.size()))));
        const QByteArray plain = data(3 * Chunk + 17);
        const QString sealedFile = dir.filePath(QStringLiteral("data.age"));
        QVERIFY(writeBytes(sealedFile,
                           encrypt(plain, {AgeKeys::publicKeyOf(SecretBytes::random(32)), m_recipient}).value()));
        const QString outFile = dir.filePath(QStringLiteral("data.out"));
        ToolRun run = runTool(
            age, {QStringLiteral("-d"), QStringLiteral("-i"), keyFile, QStringLiteral("-o"), outFile, sealedFile});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(readBytes(outFile), plain);

        // An empty file too (one empty last chunk).
        QVERIFY(writeBytes(sealedFile, encrypt(QByteArray(), {m_recipient}).value()));
        run = runTool(age, {QStringLiteral("-d"), QStringLiteral("-i"), keyFile, sealedFile});
        QVERIFY2(run.ok() && run.out.isEmpty(), qPrintable(run.describe()));
    }

    void weDecryptDebianAgeFiles_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {0, 5, Chunk, Chunk + 1, 3 * Chunk})
            QTest::addRow("%d bytes", size) << size;
    }

    void weDecryptDebianAgeFiles()
    {
        QFETCH(int, size);
        const QString age = findTool(QStringLiteral("age"));
        if (age.isEmpty())
            QSKIP("age is not installed (packaging/debian/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString plainFile = dir.filePath(QStringLiteral("plain.bin"));
        const QString sealedFile = dir.filePath(QStringLiteral("plain.age"));
        const QByteArray plain = data(size);
        QVERIFY(writeBytes(plainFile, plain));
        const QString otherRecipient = AgeKeys::recipient(AgeKeys::publicKeyOf(SecretBytes::random(32)));
        ToolRun run = runTool(age,
                              {QStringLiteral("-r"), otherRecipient, QStringLiteral("-r"),
                               AgeKeys::recipient(m_recipient), QStringLiteral("-o"), sealedFile, plainFile});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QByteArray sealed = readBytes(sealedFile);
        auto opened = decrypt(sealed, m_key);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value(), plain);
        QCOMPARE(decrypt(sealed, SecretBytes::random(32)).code(), Error::Code::WrongKey);
    }
};

INBEELD_TEST_MAIN(TestAgeEncryption)
#include "tst_ageencryption.moc"
