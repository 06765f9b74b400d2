// age's key notations: our "age1…" and "AGE-SECRET-KEY-1…" must be what age-keygen writes.

#include "core/exchange/AgeKeys.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"

#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
SecretBytes secret(const QByteArray& text)
{
    QByteArray copy = text;
    return SecretBytes::fromByteArray(copy);
}
} // namespace

class TestAgeKeys : public QObject
{
    Q_OBJECT

private slots:
    void recipientRoundTrip()
    {
        const SecretBytes sk = SecretBytes::random(32);
        const QByteArray pk = AgeKeys::publicKeyOf(sk);
        const QString recipient = AgeKeys::recipient(pk);
        QVERIFY(recipient.startsWith(QStringLiteral("age1")));
        QCOMPARE(recipient.size(), 62);
        const auto parsed = AgeKeys::parseRecipient(recipient);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed.value(), pk);
    }

    void identityRoundTrip()
    {
        const SecretBytes sk = SecretBytes::random(32);
        const SecretBytes id = AgeKeys::identity(sk);
        QVERIFY(QByteArray(id.chars(), 16) == "AGE-SECRET-KEY-1");
        auto parsed = AgeKeys::parseIdentity(id);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QVERIFY(parsed.value().equals(sk));
    }

    void wrongNotationsAreRefused()
    {
        const SecretBytes sk = SecretBytes::random(32);
        const QString recipient = AgeKeys::recipient(AgeKeys::publicKeyOf(sk));
        QCOMPARE(AgeKeys::parseRecipient(recipient.toUpper()).code(), Error::Code::UnknownFormat);
        // A changed last character breaks the checksum (change it to another letter than it was).
        const QChar last = recipient.back() == u'q' ? QLatin1Char('p') : QLatin1Char('q');
        QCOMPARE(AgeKeys::parseRecipient(recipient.chopped(1) + last).code(), Error::Code::UnknownFormat);
        const SecretBytes id = AgeKeys::identity(sk);
        // A recipient is not an identity, and an identity in lower case is not accepted.
        QCOMPARE(AgeKeys::parseIdentity(secret(recipient.toLatin1())).code(), Error::Code::UnknownFormat);
        QCOMPARE(AgeKeys::parseIdentity(secret(QByteArray(id.chars(), qsizetype(id.size())).toLower())).code(),
                 Error::Code::UnknownFormat);
        QVERIFY(AgeKeys::parseRecipient(QStringLiteral("not a key")).message().contains(QStringLiteral("age1")));
    }

    void identityFileNamesThePublicKey()
    {
        const SecretBytes sk = SecretBytes::random(32);
        const SecretBytes file = AgeKeys::identityFile(sk, QDateTime::currentDateTimeUtc());
        const QByteArray text(file.chars(), qsizetype(file.size()));
        QVERIFY(text.startsWith("# created: "));
        QVERIFY(text.contains("# public key: " + AgeKeys::recipient(AgeKeys::publicKeyOf(sk)).toLatin1() + '\n'));
        auto parsed = AgeKeys::parseIdentityFile(file);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QVERIFY(parsed.value().equals(sk));
    }

    void readsWhatAgeKeygenWrites()
    {
        const QString keygen = findTool(QStringLiteral("age-keygen"));
        if (keygen.isEmpty())
            QSKIP("age-keygen is not installed (packaging/debian/install-deps.sh installs it)");
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.txt"));
        const ToolRun run = runTool(keygen, {QStringLiteral("-o"), keyFile});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QByteArray contents = readBytes(keyFile);
        QString publicLine;
        for (const QByteArray& line : contents.split('\n')) {
            if (line.startsWith("# public key: "))
                publicLine = QString::fromLatin1(line.mid(14));
        }
        auto sk = AgeKeys::parseIdentityFile(SecretBytes::fromByteArray(contents));
        QVERIFY2(sk, qPrintable(sk.message()));
        QCOMPARE(AgeKeys::recipient(AgeKeys::publicKeyOf(sk.value())), publicLine);
    }

private:
    static QByteArray readBytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

INBEELD_TEST_MAIN(TestAgeKeys)
#include "tst_agekeys.moc"
