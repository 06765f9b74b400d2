// inbeeld-cli, run as a separate process: exit codes, messages, and what happens to the store.

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace inbeeld;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");
const QString OtherPassphrase = QStringLiteral("violet lantern over quiet harbour");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    /// The environment of a run: English messages, a passphrase (none when empty), nothing else
    /// that could supply one.
    static QProcessEnvironment environment(const QString& passphrase = Passphrase)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("INBEELD_PASSPHRASE"));
        env.remove(QStringLiteral("INBEELD_NEW_PASSPHRASE"));
        if (!passphrase.isEmpty())
            env.insert(QStringLiteral("INBEELD_PASSPHRASE"), passphrase);
        return env;
    }

    Run run(const QStringList& arguments, const QProcessEnvironment& env = environment()) const
    {
        QProcess process;
        process.setProgram(m_cli);
        process.setArguments(arguments);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
#ifdef Q_OS_UNIX
        // A new session has no controlling terminal, so the program can never wait at a prompt,
        // even when the tests are started from a terminal.
        process.setChildProcessModifier([] { ::setsid(); });
#endif
        process.start();
        Run result;
        if (!process.waitForStarted(30000)) {
            result.err = process.errorString();
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(300000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    Run init(const QString& store, const QProcessEnvironment& env = environment()) const
    {
        return run({QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--org-name"),
                    QStringLiteral("Test SWV De Liemers"), QStringLiteral("--role"), QStringLiteral("swv")},
                   env);
    }

    QJsonObject infoJson(const QString& store, const QProcessEnvironment& env = environment()) const
    {
        const Run info = run({QStringLiteral("info"), QStringLiteral("--store"), store, QStringLiteral("--json")}, env);
        if (info.exitCode != 0) {
            qWarning().noquote() << "info failed:" << info.exitCode << info.err;
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(info.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning().noquote() << "info --json is not JSON:" << error.errorString() << info.out;
        return document.object();
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(!m_cli.isEmpty(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_dir.reset();
    }

    void initThenInfoRoundTrip()
    {
        const QString store = path(QStringLiteral("liemers.inbeeld"));
        const Run created = init(store);
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
        QCOMPARE(created.out.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(QFileInfo::exists(store));

        const QByteArray bytes = readAll(store);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("De Liemers"));

        const QJsonObject info = infoJson(store);
        QCOMPARE(info.value(QStringLiteral("organisation")).toString(), QStringLiteral("Test SWV De Liemers"));
        QCOMPARE(info.value(QStringLiteral("role")).toString(), QStringLiteral("swv"));
        QCOMPARE(info.value(QStringLiteral("agreement")).toString(), QStringLiteral("convenant-rbl-midden-gelre"));
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), Store::CurrentSchemaVersion);
        QVERIFY(!info.value(QStringLiteral("store_id")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(info.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
        QVERIFY(!info.value(QStringLiteral("cipher_version")).toString().isEmpty());
        QVERIFY(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audit_entries")).toInt() >= 1);

        // init never overwrites (no key derivation needed to find out).
        const Run again = init(store);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.startsWith(QStringLiteral("inbeeld-cli: ")));
    }

    void initValidatesItsOptions()
    {
        const QString store = path(QStringLiteral("invalid.inbeeld"));
        const QStringList base = {QStringLiteral("init"), QStringLiteral("--store"), store,
                                  QStringLiteral("--org-name"), QStringLiteral("Test RBL")};

        const Run badRole = run(base + QStringList {QStringLiteral("--role"), QStringLiteral("school")});
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY2(badRole.err.contains(QStringLiteral("rbl")), qPrintable(badRole.err));

        const Run badAgreement = run(base
                                     + QStringList {QStringLiteral("--role"), QStringLiteral("rbl"),
                                                    QStringLiteral("--agreement"), QStringLiteral("no-such")});
        QCOMPARE(badAgreement.exitCode, 2);
        QVERIFY2(badAgreement.err.contains(QStringLiteral("convenant-rbl-midden-gelre")), qPrintable(badAgreement.err));

        const Run shortPassphrase = run(base + QStringList {QStringLiteral("--role"), QStringLiteral("rbl")},
                                        environment(QStringLiteral("tiny-pw")));
        QCOMPARE(shortPassphrase.exitCode, 1);
        QVERIFY2(shortPassphrase.err.contains(QStringLiteral("12")), qPrintable(shortPassphrase.err));
        QVERIFY(!shortPassphrase.err.contains(QStringLiteral("tiny-pw")));

        // Long enough but a common Dutch password: refused with advice, nothing created.
        const Run weak = run(base + QStringList {QStringLiteral("--role"), QStringLiteral("rbl")},
                             environment(QStringLiteral("Welkom2026!!")));
        QCOMPARE(weak.exitCode, 1);
        QVERIFY2(weak.err.contains(QStringLiteral("four or more random words")), qPrintable(weak.err));

        QVERIFY(!QFileInfo::exists(store));
    }

    void passphraseOnCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        const QString secret = QStringLiteral("s3cret-on-argv-value");
        QTest::newRow("--passphrase x") << QStringList {QStringLiteral("--passphrase"), secret};
        QTest::newRow("--passphrase=x") << QStringList {QStringLiteral("--passphrase=") + secret};
        QTest::newRow("--password x") << QStringList {QStringLiteral("--password"), secret};
        QTest::newRow("--key=x") << QStringList {QStringLiteral("--key=") + secret};
        QTest::newRow("-p x") << QStringList {QStringLiteral("-p"), secret};
        QTest::newRow("-px") << QStringList {QStringLiteral("-p") + secret};
        QTest::newRow("--new-passphrase=x") << QStringList {QStringLiteral("--new-passphrase=") + secret};
    }

    void passphraseOnCommandLineIsRefused()
    {
        QFETCH(QStringList, extra);
        const QString store = path(QStringLiteral("argv.inbeeld"));
        const Run refused
            = run(QStringList {QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--org-name"),
                               QStringLiteral("Test RBL"), QStringLiteral("--role"), QStringLiteral("rbl")}
                  + extra);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFileInfo::exists(store));
        QVERIFY2(refused.err.contains(QStringLiteral("never taken from the command line")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(refused.err.contains(QStringLiteral("INBEELD_PASSPHRASE")));
        QVERIFY(!refused.err.contains(QStringLiteral("s3cret")));
        QVERIFY(!refused.out.contains(QStringLiteral("s3cret")));
    }

    void wrongPassphraseLeavesStoreUntouched()
    {
        const QString store = path(QStringLiteral("wrong.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QByteArray before = readAll(store);

        const Run wrong = run({QStringLiteral("info"), QStringLiteral("--store"), store}, environment(OtherPassphrase));
        QCOMPARE(wrong.exitCode, 5);
        // One line of ours (libraries may log more).
        const QStringList ours
            = wrong.err.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^inbeeld-cli: ")));
        QCOMPARE(ours.size(), 1);
        QVERIFY(!wrong.err.contains(OtherPassphrase));
        QVERIFY(!wrong.err.contains(Passphrase));
        QVERIFY(readAll(store) == before);
    }

    void passphraseFile()
    {
        const QString store = path(QStringLiteral("file.inbeeld"));
        const QString file = path(QStringLiteral("passphrase.txt"));
        QVERIFY(writeFile(file, Passphrase.toUtf8() + "\r\nsecond line is ignored\n"));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const QProcessEnvironment none = environment(QString());
        const Run created = run({QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--org-name"),
                                 QStringLiteral("Test RBL"), QStringLiteral("--role"), QStringLiteral("rbl"),
                                 QStringLiteral("--passphrase-file"), file},
                                none);
        QCOMPARE(created.exitCode, 0);

        // The file comes before the environment.
        const Run info
            = run({QStringLiteral("info"), QStringLiteral("--store"), store, QStringLiteral("--passphrase-file"), file},
                  environment(OtherPassphrase));
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("Test RBL")));

        // The same passphrase from the environment opens it too.
        QCOMPARE(infoJson(store).value(QStringLiteral("organisation")).toString(), QStringLiteral("Test RBL"));

        const Run missing = run({QStringLiteral("info"), QStringLiteral("--store"), store,
                                 QStringLiteral("--passphrase-file"), path(QStringLiteral("absent.txt"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("absent.txt")));
    }

    void passwdChangesThePassphrase()
    {
        const QString store = path(QStringLiteral("passwd.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);

        QProcessEnvironment tooShort = environment();
        tooShort.insert(QStringLiteral("INBEELD_NEW_PASSPHRASE"), QStringLiteral("short"));
        const QByteArray before = readAll(store);
        const Run refused = run({QStringLiteral("passwd"), QStringLiteral("--store"), store}, tooShort);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("12")));
        // The current passphrase is asked first (the unlock is audited); a refused new one leaves
        // the current one in force. Too easy to guess is judged with the organisation's name.
        QVERIFY(!infoJson(store).isEmpty()); // the current passphrase still opens it
        QProcessEnvironment weak = environment();
        weak.insert(QStringLiteral("INBEELD_NEW_PASSPHRASE"), QStringLiteral("Wachtwoord1!"));
        const Run weakRefused = run({QStringLiteral("passwd"), QStringLiteral("--store"), store}, weak);
        QCOMPARE(weakRefused.exitCode, 1);
        QVERIFY2(weakRefused.err.contains(QStringLiteral("four or more")), qPrintable(weakRefused.err));
        QVERIFY(!infoJson(store).isEmpty()); // the current passphrase still opens it

        QProcessEnvironment change = environment();
        change.insert(QStringLiteral("INBEELD_NEW_PASSPHRASE"), OtherPassphrase);
        const Run changed = run({QStringLiteral("passwd"), QStringLiteral("--store"), store}, change);
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(!changed.out.contains(OtherPassphrase));
        QVERIFY(readAll(store) != before);

        const Run old = run({QStringLiteral("info"), QStringLiteral("--store"), store}, environment(Passphrase));
        QCOMPARE(old.exitCode, 5);
        QCOMPARE(infoJson(store, environment(OtherPassphrase)).value(QStringLiteral("role")).toString(),
                 QStringLiteral("swv"));
    }

    void backupAndRestore()
    {
        const QString store = path(QStringLiteral("main.inbeeld"));
        const QString backup = path(QStringLiteral("main-backup.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);

        const Run written
            = run({QStringLiteral("backup"), QStringLiteral("--store"), store, QStringLiteral("--output"), backup});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(!readAll(backup).startsWith("SQLite format 3"));

        const QJsonObject original = infoJson(store);
        const QJsonObject copy = infoJson(backup);
        QCOMPARE(copy.value(QStringLiteral("organisation")).toString(), QStringLiteral("Test SWV De Liemers"));
        QCOMPARE(copy.value(QStringLiteral("store_id")).toString(),
                 original.value(QStringLiteral("store_id")).toString());

        // Never overwrites an existing file.
        const Run again
            = run({QStringLiteral("backup"), QStringLiteral("--store"), store, QStringLiteral("--output"), backup});
        QCOMPARE(again.exitCode, 1);

        const Run restored
            = run({QStringLiteral("restore"), QStringLiteral("--store"), store, QStringLiteral("--input"), backup});
        QCOMPARE(restored.exitCode, 0);
        const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(infoJson(store).value(QStringLiteral("store_id")).toString(),
                 original.value(QStringLiteral("store_id")).toString());
    }

    void storeInUse()
    {
        const QString store = path(QStringLiteral("busy.inbeeld"));
        const QString backup = path(QStringLiteral("busy-backup.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--store"), store, QStringLiteral("--output"), backup})
                     .exitCode,
                 0);

        // This test process holds the store open, as the GUI would.
        SqlCipherDriver::registerDriver();
        const SecretBytes passphrase = SecretBytes::fromUtf8(Passphrase);
        Result<std::unique_ptr<Store>> open = Store::open(store, passphrase);
        QVERIFY2(open.ok(), qPrintable(open.message()));

        const Run info = run({QStringLiteral("info"), QStringLiteral("--store"), store});
        QCOMPARE(info.exitCode, 4);
        const Run restore
            = run({QStringLiteral("restore"), QStringLiteral("--store"), store, QStringLiteral("--input"), backup});
        QCOMPARE(restore.exitCode, 4);
    }

    void auditVerifyAndList()
    {
        const QString store = path(QStringLiteral("audit.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);

        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store});
        QCOMPARE(verified.exitCode, 0);
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^audit log intact: (\\d+) entries$")).match(verified.out.trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(verified.out));
        QVERIFY(match.captured(1).toInt() >= 1);

        const Run listed = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"), store});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
        bool created = false;
        for (const QString& line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            QVERIFY(fields.at(0).toLongLong() > 0);
            QVERIFY2(QDateTime::fromString(fields.at(1), Qt::ISODate).isValid(), qPrintable(fields.at(1)));
            created = created || fields.at(3) == QStringLiteral("store.created");
        }
        QVERIFY2(created, qPrintable(listed.out));

        const Run badLimit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"), store,
                                  QStringLiteral("--limit"), QStringLiteral("many")});
        QCOMPARE(badLimit.exitCode, 2);
    }

    void auditAnchorShowsACutLog()
    {
        const QString store = path(QStringLiteral("anchor.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const Run anchor = run({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--store"), store});
        QCOMPARE(anchor.exitCode, 0);
        const QString line = anchor.out.trimmed();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^inbeeld-audit-anchor 1 \\d+ [0-9a-f]{64}$")).match(line).hasMatch(),
            qPrintable(line));

        // Later entries (this unlock, a backup) keep the anchor valid.
        const QString backup = path(QStringLiteral("anchor-backup.inbeeld"));
        const Run backedUp
            = run({QStringLiteral("backup"), QStringLiteral("--store"), store, QStringLiteral("--output"), backup});
        QCOMPARE(backedUp.exitCode, 0);
        const QRegularExpressionMatch backupAnchor
            = QRegularExpression(QStringLiteral("(inbeeld-audit-anchor 1 \\d+ [0-9a-f]{64})")).match(backedUp.out);
        QVERIFY2(backupAnchor.hasMatch(), qPrintable(backedUp.out));
        const Run verified = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store,
                                  QStringLiteral("--anchor"), line});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));

        // The backup's anchor names an entry the live log holds as well.
        const Run fromBackup = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                                    backup, QStringLiteral("--anchor"), backupAnchor.captured(1)});
        QVERIFY2(fromBackup.exitCode == 0, qPrintable(fromBackup.err));

        // An anchor from a longer log than this one: the tail was cut.
        const QStringList parts = line.split(QLatin1Char(' '));
        const QString future
            = QStringList {parts.at(0), parts.at(1), QString::number(parts.at(2).toInt() + 100), parts.at(3)}.join(
                QLatin1Char(' '));
        const Run cut = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store,
                             QStringLiteral("--anchor"), future});
        QVERIFY(cut.exitCode != 0);
        QVERIFY2(cut.err.contains(QStringLiteral("removed from its end")), qPrintable(cut.err));

        const Run malformed = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store,
                                   QStringLiteral("--anchor"), QStringLiteral("not an anchor")});
        QVERIFY(malformed.exitCode != 0);
        QVERIFY2(malformed.err.contains(QStringLiteral("not an audit anchor")), qPrintable(malformed.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // part of stderr
        QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown subcommand")
            << QStringList {QStringLiteral("audit"), QStringLiteral("frobnicate")}
            << QStringLiteral("audit: unknown command 'frobnicate': use verify, anchor, anchors or list");
        QTest::newRow("missing subcommand") << QStringList {QStringLiteral("package")}
                                            << QStringLiteral("package: missing command: create, open, export or send");
        QTest::newRow("init without --store")
            << QStringList {QStringLiteral("init"), QStringLiteral("--org-name"), QStringLiteral("X"),
                            QStringLiteral("--role"), QStringLiteral("rbl")}
            << QStringLiteral("--store");
        QTest::newRow("init without --role")
            << QStringList {QStringLiteral("init"), QStringLiteral("--store"), QStringLiteral("x.inbeeld"),
                            QStringLiteral("--org-name"), QStringLiteral("X")}
            << QStringLiteral("--role");
        QTest::newRow("info without --store") << QStringList {QStringLiteral("info")} << QStringLiteral("--store");
        QTest::newRow("backup without --output")
            << QStringList {QStringLiteral("backup"), QStringLiteral("--store"), QStringLiteral("x.inbeeld")}
            << QStringLiteral("--output");
        QTest::newRow("restore without --input")
            << QStringList {QStringLiteral("restore"), QStringLiteral("--store"), QStringLiteral("x.inbeeld")}
            << QStringLiteral("--input");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("info"), QStringLiteral("--frob")}
                                        << QStringLiteral("frob");
        QTest::newRow("missing value") << QStringList {QStringLiteral("info"), QStringLiteral("--store")}
                                       << QStringLiteral("--store");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("info"), QStringLiteral("--store"),
                                                        QStringLiteral("x"), QStringLiteral("stray")}
                                        << QStringLiteral("unexpected argument");
        QTest::newRow("empty value") << QStringList {QStringLiteral("info"), QStringLiteral("--store"),
                                                     QStringLiteral("x.inbeeld"), QStringLiteral("--passphrase-file=")}
                                     << QStringLiteral("--passphrase-file needs a value");
        QTest::newRow("audit without subcommand") << QStringList {QStringLiteral("audit")} << QStringLiteral("verify");
        QTest::newRow("audit unknown") << QStringList {QStringLiteral("audit"), QStringLiteral("erase")}
                                       << QStringLiteral("erase");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.inbeeld"))));
    }

    void missingStoreFails()
    {
        const Run result
            = run({QStringLiteral("info"), QStringLiteral("--store"), path(QStringLiteral("none.inbeeld"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("none.inbeeld")));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        const QStringList commands
            = {QStringLiteral("init"),           QStringLiteral("info"),           QStringLiteral("passwd"),
               QStringLiteral("backup"),         QStringLiteral("restore"),        QStringLiteral("audit"),
               QStringLiteral("audit verify"),   QStringLiteral("audit list"),     QStringLiteral("audit anchor"),
               QStringLiteral("audit anchors"),  QStringLiteral("import"),         QStringLiteral("snapshots"),
               QStringLiteral("snapshots list"), QStringLiteral("snapshots diff"), QStringLiteral("snapshots report"),
               QStringLiteral("compare")};
        for (const QString& command : commands) {
            const QStringList words = command.split(QLatin1Char(' '));
            QTest::newRow(qPrintable(command + QStringLiteral(" --help")))
                << (words + QStringList {QStringLiteral("--help")}) << (QStringLiteral("inbeeld-cli ") + command);
            QTest::newRow(qPrintable(QStringLiteral("help ") + command))
                << (QStringList {QStringLiteral("help")} + words) << (QStringLiteral("inbeeld-cli ") + command);
        }
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << QStringLiteral("inbeeld-cli <command>");
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << QStringLiteral("inbeeld-cli <command>");
    }

    void everyCommandHasHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Run help = run(arguments, environment(QString()));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: ") + usage), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(help.err.isEmpty());
    }

    void globalHelpListsCommands()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const QString& command :
             {QStringLiteral("init"), QStringLiteral("info"), QStringLiteral("passwd"), QStringLiteral("backup"),
              QStringLiteral("restore"), QStringLiteral("audit verify"), QStringLiteral("audit list"),
              QStringLiteral("import"), QStringLiteral("snapshots list"), QStringLiteral("snapshots diff"),
              QStringLiteral("snapshots report"), QStringLiteral("compare")})
            QVERIFY2(help.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')), qPrintable(command));
        QVERIFY(help.out.contains(QStringLiteral("INBEELD_PASSPHRASE")));
    }

    void noTerminalAndNoPassphrase()
    {
        const QString store = path(QStringLiteral("prompt.inbeeld"));
        const Run result = init(store, environment(QString()));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("INBEELD_PASSPHRASE")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(!QFileInfo::exists(store));
    }

    void dutchWhenAsked()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("nl"));
        const Run help = run({QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Afsluitcodes")), qPrintable(help.out));
        const Run refused = run({QStringLiteral("info"), QStringLiteral("--passphrase=x")}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("nooit")), qPrintable(refused.err));
    }
    /// Scenario 2: the quarter's list as the leerplicht package exports it (Windows-1252,
    /// semicolons, 3-9-2026 dates, title rows above the header), imported from the command line.
    void importRoundTripWindows1252()
    {
        const QString store = path(QStringLiteral("rbl.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QString list = path(QStringLiteral("thuiszitters Q3.csv"));
        QStringList lines = {QStringLiteral("Thuiszitters RBL;;;;;;;"), QStringLiteral("Peildatum: 30-9-2026;;;;;;;"),
                             QStringLiteral(";;;;;;;"),
                             QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Postcode;Soort verzuim;"
                                            "Startdatum verzuim;Reden verzuim")};
        const QStringList bsns = testing::fictitiousBsns(6);
        for (int i = 0; i < 5; ++i)
            lines << QStringLiteral("%1;Özdemir-van der Berg;Anaïs;3-9-2012;6811 ab;Langdurig relatief verzuim;"
                                    "3-9-2026;geen passende plek")
                         .arg(bsns[i]);
        lines
            << QStringLiteral("%1;Çelik;Elif;14-2-2011;6881AB;Absoluut verzuim;1-5-2026;medische redenen").arg(bsns[5]);
        lines << QStringLiteral("%1;Jansen;Jan;1-1-2013;;LRV;3-9-2026;").arg(testing::failingBsn(9));
        lines << QStringLiteral(";Bakker;Kees;5-5-2012;;LRV;3-9-2026;");
        QVERIFY(testing::writeList(list, lines));

        const QString rejected = path(QStringLiteral("afgekeurd.csv"));
        const Run imported = run({QStringLiteral("import"), list, QStringLiteral("--store"), store,
                                  QStringLiteral("--json"), QStringLiteral("--rejected-csv"), rejected});
        QCOMPARE(imported.exitCode, 3); // one row rejected, the valid ones stored
        QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
        const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(imported.out));
        QCOMPARE(report.value(QStringLiteral("snapshot")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 7);
        QCOMPARE(report.value(QStringLiteral("encoding")).toString(), QStringLiteral("Windows-1252"));
        QCOMPARE(report.value(QStringLiteral("peildatum")).toString(), QStringLiteral("2026-09-30"));
        const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("rows_read")).toInt(), 8);
        QCOMPARE(counts.value(QStringLiteral("accepted")).toInt(), 7);
        QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("warnings")).toInt(), 1);
        const QJsonArray rejections = report.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejections.size(), 1);
        const QJsonObject first = rejections.first().toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 11);
        QCOMPARE(first.value(QStringLiteral("column")).toString(), QStringLiteral("BSN"));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), testing::failingBsn(9));
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("identifier_invalid"));
        QVERIFY(first.value(QStringLiteral("reason")).toString().contains(QLatin1String("elfproef")));
        QCOMPARE(report.value(QStringLiteral("warnings")).toArray().first().toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("identifier_missing")));
        const QJsonArray dropped = report.value(QStringLiteral("dropped_columns")).toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("Reden verzuim"));
        QCOMPARE(dropped.first().toObject().value(QStringLiteral("category")).toString(), QStringLiteral("absoluut"));

        const QByteArray csv = readAll(rejected);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains(testing::failingBsn(9).toUtf8() + ";Jansen;Jan;1-1-2013;;LRV;3-9-2026;;11;"));

        // Names and dates arrived intact, in the encrypted store only.
        const QByteArray storeBytes = readAll(store);
        QVERIFY(!storeBytes.contains(bsns[0].toUtf8()));
        QVERIFY(!storeBytes.contains("Berg"));
        const QJsonObject info = infoJson(store);
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("snapshots")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("records")).toInt(), 7);

        // The partner's list, then what changed in our next list.
        const QString theirs = path(QStringLiteral("swv.csv"));
        QVERIFY(testing::writeList(theirs,
                                   {QStringLiteral("Burgerservicenummer;Naam leerling;Geb. datum;Categorie"),
                                    bsns[0] + QStringLiteral(";Berg, Anaïs van der;03-09-2012;LRV")},
                                   testing::FileEncoding::Utf8Bom));
        const Run partner = run({QStringLiteral("import"), QStringLiteral("--file"), theirs, QStringLiteral("--store"),
                                 store, QStringLiteral("--side"), QStringLiteral("theirs"), QStringLiteral("--source"),
                                 QStringLiteral("SWV De Liemers")});
        QCOMPARE(partner.exitCode, 0);
        QVERIFY2(partner.out.startsWith(QStringLiteral("Imported 1 of 1 rows from swv.csv as list 2 (partner's list, "
                                                       "source SWV De Liemers")),
                 qPrintable(partner.out));
        lines.removeLast();
        lines.removeLast();
        lines[4] = lines[4].replace(QStringLiteral("3-9-2026"), QStringLiteral("10-9-2026"));
        const QString next = path(QStringLiteral("thuiszitters Q4.csv"));
        QVERIFY(testing::writeList(next, lines));
        QCOMPARE(run({QStringLiteral("import"), next, QStringLiteral("--store"), store}).exitCode, 0);

        const Run listed = run({QStringLiteral("snapshots"), QStringLiteral("list"), QStringLiteral("--store"), store,
                                QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray snapshots = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(snapshots.size(), 3);
        QCOMPARE(snapshots[1].toObject().value(QStringLiteral("side")).toString(), QStringLiteral("theirs"));
        QCOMPARE(snapshots[2].toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("thuiszitters Q4.csv"));
        QCOMPARE(snapshots[2].toObject().value(QStringLiteral("file_sha256")).toString().size(), 64);

        const Run diff = run({QStringLiteral("snapshots"), QStringLiteral("diff"), QStringLiteral("--store"), store,
                              QStringLiteral("--snapshot"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(diff.exitCode, 0);
        const QJsonObject changes = QJsonDocument::fromJson(diff.out.toUtf8()).object();
        QCOMPARE(changes.value(QStringLiteral("previous")).toInt(), 1);
        const QJsonObject diffCounts = changes.value(QStringLiteral("counts")).toObject();
        QCOMPARE(diffCounts.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(diffCounts.value(QStringLiteral("removed")).toInt(), 1); // Kees Bakker, without BSN
        QCOMPARE(diffCounts.value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(diffCounts.value(QStringLiteral("unchanged")).toInt(), 5);
        const QJsonObject change = changes.value(QStringLiteral("changed"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("changes"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("absence_start"));
        QCOMPARE(change.value(QStringLiteral("before")).toString(), QStringLiteral("2026-09-03"));
        QCOMPARE(change.value(QStringLiteral("after")).toString(), QStringLiteral("2026-09-10"));
        const Run text = run({QStringLiteral("snapshots"), QStringLiteral("diff"), QStringLiteral("--store"), store,
                              QStringLiteral("--snapshot"), QStringLiteral("3")});
        QVERIFY2(text.out.startsWith(QStringLiteral("Since list 1 of 30-9-2026: 0 added, 1 removed, 1 changed, 5 "
                                                    "unchanged.")),
                 qPrintable(text.out));
    }

    void importExitCodes()
    {
        const QString store = path(QStringLiteral("codes.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QString bad = path(QStringLiteral("fout.csv"));
        QVERIFY(testing::writeList(
            bad, {QStringLiteral("BSN;Naam;Categorie"), testing::failingBsn(0) + QStringLiteral(";Jan Jansen;LRV")}));
        const Run nothing = run({QStringLiteral("import"), bad, QStringLiteral("--store"), store});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("nothing was imported")), qPrintable(nothing.err));
        QVERIFY(nothing.out.contains(QStringLiteral("elfproef")));

        const Run noSource = run({QStringLiteral("import"), bad, QStringLiteral("--store"), store,
                                  QStringLiteral("--side"), QStringLiteral("theirs")});
        QCOMPARE(noSource.exitCode, 2);
        const Run twoFiles
            = run({QStringLiteral("import"), bad, QStringLiteral("--file"), bad, QStringLiteral("--store"), store});
        QCOMPARE(twoFiles.exitCode, 2);
        const Run missing
            = run({QStringLiteral("import"), path(QStringLiteral("weg.csv")), QStringLiteral("--store"), store});
        QCOMPARE(missing.exitCode, 1);

        // Columns the program does not know: the mapping is shown, --map completes it.
        const QString own = path(QStringLiteral("eigen.csv"));
        QVERIFY(testing::writeList(
            own,
            {QStringLiteral("Nummer;Type;Leerling"), testing::fictitiousBsn(0) + QStringLiteral(";LRV;Jan Jansen")}));
        const Run incomplete = run({QStringLiteral("import"), own, QStringLiteral("--store"), store});
        QCOMPARE(incomplete.exitCode, 1);
        QVERIFY2(incomplete.err.contains(QStringLiteral("Nummer -> none")), qPrintable(incomplete.err));
        const Run badField = run({QStringLiteral("import"), own, QStringLiteral("--store"), store,
                                  QStringLiteral("--map"), QStringLiteral("Nummer=nummer")});
        QCOMPARE(badField.exitCode, 2);
        const Run dry = run({QStringLiteral("import"), own, QStringLiteral("--store"), store, QStringLiteral("--map"),
                             QStringLiteral("Nummer=bsn"), QStringLiteral("--map"), QStringLiteral("type=category"),
                             QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Nothing was stored (dry run)")), qPrintable(dry.out));
        QCOMPARE(infoJson(store).value(QStringLiteral("counts")).toObject().value(QStringLiteral("snapshots")).toInt(),
                 0);
        const Run saved = run({QStringLiteral("import"), own, QStringLiteral("--store"), store, QStringLiteral("--map"),
                               QStringLiteral("Nummer=bsn"), QStringLiteral("--map"), QStringLiteral("type=category"),
                               QStringLiteral("--save-profile"), QStringLiteral("Eigen lijst")});
        QCOMPARE(saved.exitCode, 0);
        // Next time the saved mapping applies by itself.
        const Run reused
            = run({QStringLiteral("import"), own, QStringLiteral("--store"), store, QStringLiteral("--json")});
        QCOMPARE(reused.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(reused.out.toUtf8()).object().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("Eigen lijst"));
    }

    /// The report of an import, asked for again later: the same rows rejected, for the same
    /// reasons, and the rejected rows exported to fix at the source.
    void storedReportLater()
    {
        const QString store = path(QStringLiteral("later.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QString list = path(QStringLiteral("lijst.csv"));
        const QStringList bsns = testing::fictitiousBsns(3);
        QVERIFY(
            testing::writeList(list,
                               {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim;Reden verzuim"),
                                bsns[0] + QStringLiteral(";Jansen;Jan;1-1-2013;LRV;geen plek"),
                                bsns[1] + QStringLiteral(";Bakker;Kees;5-5-2012;Absoluut verzuim;verhuisd"),
                                testing::failingBsn(7) + QStringLiteral(";Vries;Sanne;2-2-2012;LRV;ziek"),
                                bsns[2] + QStringLiteral(";Smit;Anna;3-3-2012;onbekend soort;")}));
        const Run imported = run({QStringLiteral("import"), list, QStringLiteral("--store"), store});
        QCOMPARE(imported.exitCode, 3);

        const QString rejected = path(QStringLiteral("later-afgewezen.csv"));
        const Run json = run({QStringLiteral("snapshots"), QStringLiteral("report"), QStringLiteral("--store"), store,
                              QStringLiteral("--snapshot"), QStringLiteral("1"), QStringLiteral("--json"),
                              QStringLiteral("--rejected-csv"), rejected});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY2(!report.isEmpty(), qPrintable(json.out));
        QCOMPARE(report.value(QStringLiteral("snapshot")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("file")).toString(), QStringLiteral("lijst.csv"));
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 2);
        const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("rows_read")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonArray rejections = report.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejections.size(), 2);
        QCOMPARE(rejections[0].toObject().value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(rejections[0].toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("identifier_invalid"));
        QCOMPARE(rejections[1].toObject().value(QStringLiteral("line")).toInt(), 5);
        QCOMPARE(rejections[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("category_unknown"));
        // Reden verzuim is not kept for absoluut verzuim.
        const QJsonArray dropped = report.value(QStringLiteral("dropped_columns")).toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("Reden verzuim"));

        const QByteArray csv = readAll(rejected);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csv.contains(testing::failingBsn(7).toUtf8() + ";Vries;Sanne;2-2-2012;LRV;ziek;4;"), csv.constData());
        QVERIFY(csv.contains(bsns[2].toUtf8() + ";Smit;Anna;3-3-2012;onbekend soort;;5;"));
        QVERIFY(!csv.contains("Jansen"));

        const Run text = run({QStringLiteral("snapshots"), QStringLiteral("report"), QStringLiteral("--store"), store,
                              QStringLiteral("--snapshot"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("Imported 2 of 4 rows from lijst.csv as list 1")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("elfproef")));
        QVERIFY(text.out.contains(QStringLiteral("onbekend soort")));

        // The export is in the audit log, without personal data.
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"), store});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.out.contains(QStringLiteral("snapshot=1 rows=2")), qPrintable(audit.out));
        QVERIFY(!audit.out.contains(testing::failingBsn(7)));

        const Run missing = run({QStringLiteral("snapshots"), QStringLiteral("report"), QStringLiteral("--store"),
                                 store, QStringLiteral("--snapshot"), QStringLiteral("9")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no list (snapshot) with number 9")), qPrintable(missing.err));
        const Run noNumber = run({QStringLiteral("snapshots"), QStringLiteral("report"), QStringLiteral("--store"),
                                  store, QStringLiteral("--snapshot"), QStringLiteral("drie")});
        QCOMPARE(noNumber.exitCode, 2);
    }

    /// The all-or-nothing property against a hard stop: the importing process is killed while its
    /// transaction is open; the store then opens as it was.
    void killedImportLeavesTheStoreAsItWas()
    {
        const QString store = path(QStringLiteral("kill.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QString list = path(QStringLiteral("groot.csv"));
        QStringList lines = {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim")};
        const QStringList bsns = testing::fictitiousBsns(9000);
        for (int round = 0; round < 12; ++round) {
            const QString category
                = QStringList {QStringLiteral("LRV"), QStringLiteral("AV"), QStringLiteral("5a")}.at(round % 3);
            for (const QString& bsn : bsns)
                lines << QStringLiteral("%1;Berg;Jan;3-9-2012;%2").arg(bsn, category);
        }
        QVERIFY(testing::writeList(list, lines));

        QProcess process;
        process.setProgram(m_cli);
        process.setArguments({QStringLiteral("import"), list, QStringLiteral("--store"), store});
        process.setProcessEnvironment(environment());
        process.start();
        QVERIFY(process.waitForStarted(30000));
        // The rollback journal exists from the first write of the import's transaction on.
        const QString journal = store + QStringLiteral("-journal");
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(journal) && process.state() == QProcess::Running && timer.elapsed() < 60000)
            QThread::msleep(2);
        QVERIFY2(QFileInfo::exists(journal), "the import never started writing");
        // The import writes changed pages into the store file while its transaction is open (so
        // that the commit has less to do): kill it once it has, so that opening the store must
        // undo them from the journal.
        const qint64 sizeBefore = QFileInfo(store).size();
        while (QFileInfo(store).size() <= sizeBefore && process.state() == QProcess::Running && timer.elapsed() < 60000)
            QThread::msleep(1);
        QVERIFY2(QFileInfo(store).size() > sizeBefore, "the import wrote no pages into the store before its commit");
        process.kill();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        SqlCipherDriver::registerDriver();
        auto reopened = Store::open(store, SecretBytes::fromUtf8(Passphrase));
        QVERIFY2(reopened, qPrintable(reopened.message()));
        QCOMPARE(reopened.value()->counts().snapshots, 0);
        QCOMPARE(reopened.value()->counts().records, 0);
        QSqlQuery q(reopened.value()->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(reopened.value()->audit().verify());
        QVERIFY(!QFileInfo::exists(journal)); // rolled back on opening
    }

    /// The RBL's list next to the SWV's, from the command line (the store belongs to the SWV).
    void compareListsPerCategory()
    {
        const QString store = path(QStringLiteral("compare.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const QStringList bsns = testing::fictitiousBsns(6);
        const QString header = QStringLiteral("BSN;Naam;Geboortedatum;School;Categorie;Startdatum verzuim");
        const QString ours = path(QStringLiteral("swv.csv"));
        QVERIFY(testing::writeList(
            ours,
            {header, QStringLiteral("%1;Daan de Vries;3-4-2012;Rijnpoort College;LRV;1-9-2026").arg(bsns[0]),
             QStringLiteral("%1;Emma Jansen;5-6-2013;Rijnpoort College;LRV;1-9-2026").arg(bsns[1]),
             QStringLiteral(";Sem van der Berg;7-8-2011;Betuwe Lyceum;LRV;1-9-2026"),
             QStringLiteral("%1;Noor Bakker;9-10-2012;SBO De Linde;LRV;1-9-2026").arg(bsns[2])}));
        const QString theirs = path(QStringLiteral("rbl.csv"));
        QVERIFY(testing::writeList(
            theirs,
            {header, QStringLiteral("%1;Vries, Daan de;03-04-2012;Rijnpoort College;LRV;01-09-2026").arg(bsns[0]),
             QStringLiteral("%1;Jansen, Emma;05-06-2013;VSO De Sprong;LRV;01-09-2026").arg(bsns[1]),
             QStringLiteral("%1;Berg v.d., Sem;07-08-2011;Betuwe Lyceum;LRV;01-09-2026").arg(bsns[3]),
             QStringLiteral("%1;Bos, Finn;11-12-2012;;Absoluut verzuim;01-05-2026").arg(bsns[4])}));
        QCOMPARE(run({QStringLiteral("import"), ours, QStringLiteral("--store"), store}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("import"), theirs, QStringLiteral("--store"), store, QStringLiteral("--side"),
                      QStringLiteral("theirs"), QStringLiteral("--source"), QStringLiteral("RBL Midden-Gelre")})
                     .exitCode,
                 0);

        const QString counts = path(QStringLiteral("counts.csv"));
        const Run json = run({QStringLiteral("compare"), QStringLiteral("--store"), store, QStringLiteral("--json"),
                              QStringLiteral("--counts-csv"), counts});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(
            summary.keys(),
            (QStringList {QStringLiteral("absoluut"), QStringLiteral("langdurig"), QStringLiteral("vrijstelling_5a")}));
        const QJsonObject langdurig = summary.value(QStringLiteral("langdurig")).toObject();
        QCOMPARE(langdurig.value(QStringLiteral("both")).toInt(), 1);
        QCOMPARE(langdurig.value(QStringLiteral("differs")).toInt(), 1);
        QCOMPARE(langdurig.value(QStringLiteral("only_ours")).toInt(), 1);
        QCOMPARE(langdurig.value(QStringLiteral("only_theirs")).toInt(), 0);
        QCOMPARE(langdurig.value(QStringLiteral("probable")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("absoluut")).toObject().value(QStringLiteral("only_theirs")).toInt(), 1);

        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 5);
        const QJsonObject differs = items[1].toObject();
        QCOMPARE(differs.value(QStringLiteral("status")).toString(), QStringLiteral("differs"));
        QCOMPARE(differs.value(QStringLiteral("bsn")).toString(), bsns[1]);
        QCOMPARE(differs.value(QStringLiteral("differences")).toArray(), QJsonArray {QStringLiteral("school")});
        const QJsonObject probable = items[2].toObject();
        QCOMPARE(probable.value(QStringLiteral("status")).toString(), QStringLiteral("probable"));
        QCOMPARE(probable.value(QStringLiteral("bsn")).toString(), bsns[3]); // only their list has it
        QCOMPARE(probable.value(QStringLiteral("score")).toDouble(), 1.0);
        QCOMPARE(items[3].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("only_ours"));
        const QJsonObject onlyTheirs = items[4].toObject();
        QCOMPARE(onlyTheirs.value(QStringLiteral("status")).toString(), QStringLiteral("only_theirs"));
        QCOMPARE(onlyTheirs.value(QStringLiteral("category_theirs")).toString(), QStringLiteral("absoluut"));
        QVERIFY(onlyTheirs.value(QStringLiteral("category_ours")).isNull());

        // The counts file holds numbers only.
        const QByteArray csv = readAll(counts);
        QVERIFY2(csv.startsWith("category,both,differs,only_ours,only_theirs,probable,total\r\n"), csv.constData());
        QVERIFY(csv.contains("langdurig,1,1,1,0,1,4\r\n"));
        QVERIFY(!csv.contains(bsns[0].toLatin1()));

        const Run text = run({QStringLiteral("compare"), QStringLiteral("--store"), store});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Category")) && text.out.contains(QStringLiteral("only_theirs")),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Last known school: Rijnpoort College (ours) / VSO De Sprong "
                                                 "(theirs)")));
        QVERIFY(text.out.contains(QStringLiteral("Sem van der Berg")));
        QVERIFY(text.out.contains(QStringLiteral("expected"))); // absoluut verzuim: the RBL's alone
        QVERIFY(!text.out.contains(QStringLiteral("Daan de Vries"))); // on both lists: only with --all
        const Run all = run({QStringLiteral("compare"), QStringLiteral("--store"), store, QStringLiteral("--all")});
        QVERIFY(all.out.contains(QStringLiteral("Daan de Vries")));

        const Run wrongSide = run({QStringLiteral("compare"), QStringLiteral("--store"), store,
                                   QStringLiteral("--ours"), QStringLiteral("2")});
        QCOMPARE(wrongSide.exitCode, 1);
        QVERIFY2(wrongSide.err.contains(QStringLiteral("partner's list")), qPrintable(wrongSide.err));
        QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("--store"), store, QStringLiteral("--theirs"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void compareNeedsBothLists()
    {
        const QString store = path(QStringLiteral("empty.inbeeld"));
        QCOMPARE(init(store).exitCode, 0);
        const Run result = run({QStringLiteral("compare"), QStringLiteral("--store"), store});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Import your list first")), qPrintable(result.err));
    }
};

INBEELD_TEST_MAIN(TestCli)
#include "tst_cli.moc"
