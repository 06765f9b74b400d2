// inbeeld-cli identity and partner commands, run as a separate process; the exported keys are
// checked with Debian's minisign and age.

#include "core/exchange/AgeEncryption.h"
#include "core/exchange/Identity.h"
#include "core/exchange/Minisign.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("exchange cli passphrase 5517");
const QString ConfirmSecret = QStringLiteral("--i-understand-this-exports-a-secret-key");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(exitCode).arg(out, err); }
};

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;
    QString m_rbl;
    QString m_swv;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("INBEELD_PASSPHRASE"), Passphrase);
        QProcess process;
        process.setProgram(m_cli);
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
#ifdef Q_OS_UNIX
        process.setChildProcessModifier([] { ::setsid(); });
#endif
        process.start();
        Run result;
        if (!process.waitForStarted(30000) || !process.waitForFinished(300000)) {
            result.err = QStringLiteral("did not run");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// The store's identity, loaded in this process (the store is closed again on return).
    template<typename Fn>
    void withIdentity(const QString& store, Fn fn)
    {
        auto opened = Store::open(store, passphrase(Passphrase));
        QVERIFY2(opened, qPrintable(opened.message()));
        auto id = Identity::load(*opened.value());
        QVERIFY2(id, qPrintable(id.message()));
        fn(id.value());
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        m_rbl = path(QStringLiteral("rbl.inbeeld"));
        m_swv = path(QStringLiteral("swv.inbeeld"));
        QVERIFY(createTestStore(m_rbl, Passphrase, testOrganisation(Role::Rbl, QStringLiteral("RBL Oost"))));
        QVERIFY(createTestStore(m_swv, Passphrase, testOrganisation(Role::Swv, QStringLiteral("SWV Zuid"))));
    }

    void identityShowPrintsTheFingerprint()
    {
        QString fingerprint;
        withIdentity(m_rbl, [&](const Identity& id) { fingerprint = id.fingerprint(); });
        Run r = run({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("Fingerprint:")));
        QVERIFY(r.out.contains(fingerprint));
        QVERIFY(r.out.contains(QStringLiteral("age1")));
        r = run({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), fingerprint);
        QCOMPARE(o.value(QStringLiteral("organisation")).toString(), QStringLiteral("RBL Oost"));
        // Nothing secret is shown.
        QVERIFY(!r.out.contains(QStringLiteral("AGE-SECRET-KEY")));
    }

    void exportedCardIsAddedAsPartner()
    {
        const QString card = path(QStringLiteral("swv-card.json"));
        Run r = run({QStringLiteral("identity"), QStringLiteral("export"), card, QStringLiteral("--store"), m_swv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo::exists(card));
        r = run({QStringLiteral("identity"), QStringLiteral("export"), card, QStringLiteral("--store"), m_swv});
        QCOMPARE(r.exitCode, 1); // never overwritten
        QVERIFY(r.err.contains(QStringLiteral("already a file")));

        const QString fingerprint
            = QJsonDocument::fromJson(readBytes(card)).object().value(QStringLiteral("fingerprint")).toString();
        r = run({QStringLiteral("partner"), QStringLiteral("add"), card, QStringLiteral("--fingerprint"),
                 QStringLiteral("AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"), QStringLiteral("--store"), m_rbl});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not match")), qPrintable(r.err));

        r = run({QStringLiteral("partner"), QStringLiteral("add"), card, QStringLiteral("--fingerprint"),
                 fingerprint.toLower(), QStringLiteral("--confirmed-by"), QStringLiteral("Petra"),
                 QStringLiteral("--confirmed-how"), QStringLiteral("phone"), QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(QStringLiteral("Partner added: SWV Zuid")));

        r = run({QStringLiteral("partner"), QStringLiteral("list"), QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList fields = r.out.trimmed().split(QLatin1Char('\t'));
        QCOMPARE(fields.value(1), QStringLiteral("SWV Zuid"));
        QCOMPARE(fields.value(3), fingerprint);
        QCOMPARE(fields.value(4), QStringLiteral("Petra"));
        QCOMPARE(fields.value(5), QStringLiteral("phone"));

        r = run({QStringLiteral("partner"), QStringLiteral("list"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("fingerprint")).toString(), fingerprint);
    }

    void forgedCardForKnownPartnerIsRefused()
    {
        const QString forgedStore = path(QStringLiteral("forged.inbeeld"));
        QVERIFY(createTestStore(forgedStore, Passphrase, testOrganisation(Role::Swv, QStringLiteral("SWV Zuid"))));
        const QString card = path(QStringLiteral("forged-card.json"));
        Run r
            = run({QStringLiteral("identity"), QStringLiteral("export"), card, QStringLiteral("--store"), forgedStore});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString fingerprint
            = QJsonDocument::fromJson(readBytes(card)).object().value(QStringLiteral("fingerprint")).toString();
        r = run({QStringLiteral("partner"), QStringLiteral("add"), card, QStringLiteral("--fingerprint"), fingerprint,
                 QStringLiteral("--store"), m_rbl});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("WARNING")) && r.err.contains(QStringLiteral("impersonating")),
                 qPrintable(r.err));
    }

    void foreignFileIsNotACard()
    {
        const QString file = path(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(file, "just some notes\n"));
        const Run r
            = run({QStringLiteral("partner"), QStringLiteral("add"), file, QStringLiteral("--fingerprint"),
                   QStringLiteral("AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"), QStringLiteral("--store"), m_rbl});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not an InBeeld identity card")));
    }

    void minisignVerifiesWithTheExportedKey()
    {
        const QString minisign = findTool(QStringLiteral("minisign"));
        if (minisign.isEmpty())
            QSKIP("minisign is not installed (packaging/debian/install-deps.sh installs it)");
        const QString pub = path(QStringLiteral("rbl.pub"));
        Run r = run({QStringLiteral("identity"), QStringLiteral("export-public"), QStringLiteral("--minisign"), pub,
                     QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        const QString file = path(QStringLiteral("signed.bin"));
        const QByteArray data(300000, 'd');
        QVERIFY(writeBytes(file, data));
        withIdentity(m_rbl, [&](const Identity& id) {
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            auto sig = Minisign::sign(buffer, id.signingSecretKey(), id.minisignKey().keyId,
                                      QStringLiteral("package test"), QStringLiteral("InBeeld"));
            QVERIFY(sig);
            QVERIFY(writeBytes(file + QStringLiteral(".minisig"), sig.value()));
        });
        const ToolRun verified
            = runTool(minisign, {QStringLiteral("-V"), QStringLiteral("-m"), file, QStringLiteral("-p"), pub});
        QVERIFY2(verified.ok(), qPrintable(verified.describe()));
        QVERIFY(verified.out.contains("Trusted comment: package test"));
    }

    void ageUsesTheExportedKeys()
    {
        const QString age = findTool(QStringLiteral("age"));
        if (age.isEmpty())
            QSKIP("age is not installed (packaging/debian/install-deps.sh installs it)");
        const QString recipients = path(QStringLiteral("rbl.age-recipient"));
        const QString secret = path(QStringLiteral("rbl.age-key"));
        Run r = run({QStringLiteral("identity"), QStringLiteral("export-public"), QStringLiteral("--age"), recipients,
                     QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The secret key only with the explicit flag; nothing is written without it.
        r = run({QStringLiteral("identity"), QStringLiteral("export-secret"), QStringLiteral("--age"), secret,
                 QStringLiteral("--store"), m_rbl});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(ConfirmSecret));
        QVERIFY(!QFileInfo::exists(secret));
        r = run({QStringLiteral("identity"), QStringLiteral("export-secret"), QStringLiteral("--age"), secret,
                 ConfirmSecret, QStringLiteral("--store"), m_rbl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QStringLiteral("WARNING")));
        QVERIFY(!r.out.contains(QStringLiteral("AGE-SECRET-KEY")));
        QCOMPARE(QFileInfo(secret).permissions()
                     & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());

        // age encrypts to the exported recipient; we decrypt with the store's key.
        const QString plain = path(QStringLiteral("plain.txt"));
        const QString sealed = path(QStringLiteral("plain.txt.age"));
        QVERIFY(writeBytes(plain, "for RBL Oost only\n"));
        ToolRun tool = runTool(age, {QStringLiteral("-R"), recipients, QStringLiteral("-o"), sealed, plain});
        QVERIFY2(tool.ok(), qPrintable(tool.describe()));
        QByteArray ours;
        withIdentity(m_rbl, [&](const Identity& id) {
            QFile in(sealed);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            auto done = AgeEncryption::decrypt(in, out, id.encryptionSecretKey());
            QVERIFY2(done, qPrintable(done.message()));
            ours = out.data();

            // And age decrypts what we encrypt, with the exported secret key.
            QBuffer source;
            source.setData("made by InBeeld\n");
            source.open(QIODevice::ReadOnly);
            QFile target(path(QStringLiteral("ours.age")));
            QVERIFY(target.open(QIODevice::WriteOnly));
            QVERIFY(AgeEncryption::encrypt(source, target, {id.encryptionPublicKey()}));
        });
        QCOMPARE(ours, QByteArray("for RBL Oost only\n"));
        tool = runTool(age, {QStringLiteral("-d"), QStringLiteral("-i"), secret, path(QStringLiteral("ours.age"))});
        QVERIFY2(tool.ok(), qPrintable(tool.describe()));
        QCOMPARE(tool.out, QByteArray("made by InBeeld\n"));
    }
};

INBEELD_TEST_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
