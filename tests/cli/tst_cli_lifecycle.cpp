// "case", "retention", "subject", "breach" and "snapshots delete" from the command line: the exit
// codes, the --json a script reads, the files written for a data subject, and the group help.

#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

} // namespace

class TestCliLifecycle : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("INBEELD_PASSPHRASE"), Passphrase);
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(m_cli, arguments);
        Run result;
        if (!process.waitForStarted(30000) || (process.closeWriteChannel(), !process.waitForFinished(300000))) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// The command words and options, with --store added.
    Run inStore(QStringList arguments) const
    {
        arguments << QStringLiteral("--store") << m_store;
        return run(arguments);
    }

    static QStringList words(const char* text) { return QString::fromLatin1(text).split(u' '); }

    void import(const QString& side, const QStringList& rows)
    {
        const QString list = path(QStringLiteral("lijst-%1.csv").arg(side));
        QStringList lines {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim;Startdatum verzuim")};
        lines << rows;
        QVERIFY(writeList(list, lines));
        const Run r
            = inStore({QStringLiteral("import"), list, QStringLiteral("--side"), side, QStringLiteral("--source"),
                       side == u"ours" ? QStringLiteral("Leerplicht") : QStringLiteral("SWV"),
                       QStringLiteral("--peildatum"), QStringLiteral("2026-09-30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        m_store = path(QStringLiteral("rbl.inbeeld"));
        const Run created
            = run({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--org-name"),
                   QStringLiteral("Test RBL"), QStringLiteral("--role"), QStringLiteral("rbl")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        import(QStringLiteral("ours"),
               {QStringLiteral("%1;Vlietstra;Zwaantje;3-9-2012;Absoluut verzuim;1-5-2026").arg(fictitiousBsn(0)),
                QStringLiteral("%1;Kwakernaak;Ijsbrand;14-2-2011;Absoluut verzuim;").arg(fictitiousBsn(1))});
        import(QStringLiteral("theirs"),
               {QStringLiteral("%1;Vlietstra;Zwaantje;3-9-2012;Absoluut verzuim;1-5-2026").arg(fictitiousBsn(0))});
    }

    void groupsHelpAndRefuseUnknownCommands()
    {
        for (const char* group : {"case", "retention", "subject", "subject requests", "breach", "report"}) {
            const Run help = run(words(group) << QStringLiteral("--help"));
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: inbeeld-cli ") + QLatin1String(group)),
                     qPrintable(help.out));
            const Run unknown = run(words(group) << QStringLiteral("frobnicate"));
            QCOMPARE(unknown.exitCode, 2);
            QVERIFY2(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(unknown.err));
        }
        for (const char* command :
             {"case close", "case list", "retention purge", "subject access", "subject erase", "subject requests add",
              "breach report", "snapshots delete", "report inspectie", "report register"}) {
            const Run help = run(words(command) << QStringLiteral("--help"));
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: inbeeld-cli ") + QLatin1String(command)),
                     qPrintable(help.out));
            QVERIFY(help.out.contains(QStringLiteral("--passphrase-file")));
            QVERIFY(help.out.contains(QStringLiteral("Exit codes:")));
        }
        QCOMPARE(run(words("case")).exitCode, 2);
    }

    void closeHoldReleaseReopen()
    {
        const QString bsn = fictitiousBsn(1);
        QCOMPARE(inStore(words("case close --bsn") << bsn << words("--reason gone")).exitCode, 2);
        QCOMPARE(inStore(words("case close --bsn 123 --reason moved_out")).exitCode, 2);
        QCOMPARE(inStore(words("case close --reason moved_out")).exitCode, 2);
        const Run closed
            = inStore(words("case close --bsn") << bsn << words("--reason moved_out --date 2026-10-01 --json"));
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
        QCOMPARE(closed.object().value(QStringLiteral("child")).toString(), QStringLiteral("bsn:") + bsn);
        QCOMPARE(closed.object().value(QStringLiteral("reason")).toString(), QStringLiteral("moved_out"));
        QCOMPARE(closed.object().value(QStringLiteral("closed_on")).toString(), QStringLiteral("2026-10-01"));

        const Run held = inStore(words("case hold --bsn") << bsn << words("--reason complaint --json"));
        QVERIFY2(held.exitCode == 0, qPrintable(held.err));
        QCOMPARE(held.object().value(QStringLiteral("hold")).toBool(), true);

        const Run list = inStore(words("case list --json"));
        QCOMPARE(list.exitCode, 0);
        QStringList states;
        for (const QJsonValue& v : list.array())
            states << v.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states, (QStringList {QStringLiteral("closed"), QStringLiteral("hold")}));
        QCOMPARE(inStore(words("case list --closed --json")).array().size(), 1);

        const Run text = inStore(words("case list"));
        QVERIFY2(text.out.contains(QStringLiteral("legal hold: complaint")), qPrintable(text.out));

        QCOMPARE(inStore(words("case release --bsn") << bsn << QStringLiteral("--json"))
                     .object()
                     .value(QStringLiteral("hold")),
                 QJsonValue(false));
        const Run reopened = inStore(words("case reopen --child") << (QStringLiteral("bsn:") + bsn));
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
        QCOMPARE(reopened.out.trimmed(), QStringLiteral("Reopened."));
        QVERIFY(inStore(words("case list --json")).array().isEmpty());
    }

    void retentionStatusAndDryRun()
    {
        const Run status = inStore(words("retention status --json"));
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        for (const char* key : {"rules", "items", "rows", "held_children", "next_due"})
            QVERIFY2(status.object().contains(QLatin1String(key)), key);
        const Run dry = inStore(words("retention purge --dry-run --json"));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.object().value(QStringLiteral("dry_run")).toBool(), true);
        const Run text = inStore(words("retention purge --dry-run"));
        QVERIFY2(text.out.startsWith(QStringLiteral("Would purge:")), qPrintable(text.out));
    }

    void subjectRestrictionAndRequests()
    {
        const QString bsn = fictitiousBsn(0);
        const Run restricted = inStore(words("subject restrict --bsn") << bsn << words("--reason art18 --json"));
        QVERIFY2(restricted.exitCode == 0, qPrintable(restricted.err));
        QCOMPARE(restricted.object().value(QStringLiteral("restricted")).toBool(), true);
        const Run lifted = inStore(words("subject lift-restriction --bsn") << bsn << QStringLiteral("--json"));
        QCOMPARE(lifted.object().value(QStringLiteral("restricted")), QJsonValue(false));

        const Run added = inStore(words("subject requests add --type access --bsn")
                                  << bsn
                                  << words("--received 2026-10-01 --requester parent --identity passport "
                                           "--verified-by Jansen --json"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.object().value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-11-01"));
        const qint64 id = added.object().value(QStringLiteral("id")).toInteger();
        // Without a sub-command "subject requests" lists them.
        const Run list = inStore(words("subject requests --json"));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.array().size(), 1);
        QVERIFY(list.array().at(0).toObject().contains(QStringLiteral("deadline_near")));
        const Run closed = inStore(words("subject requests close --id")
                                   << QString::number(id) << words("--outcome answered --json"));
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
        QCOMPARE(closed.object().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(inStore(words("subject requests list --open --json")).array().size(), 0);

        const Run rectified = inStore(words("subject rectify --bsn")
                                      << bsn << words("--field postcode --value 6811AB --reason request --json"));
        QVERIFY2(rectified.exitCode == 0, qPrintable(rectified.err));
        QCOMPARE(rectified.object().value(QStringLiteral("field")).toString(), QStringLiteral("postcode"));
        QCOMPARE(inStore(words("subject rectify --bsn") << bsn << words("--field bsn --value 1 --reason x")).exitCode,
                 1);
        const Run refused = inStore(words("subject erase --bsn") << bsn << words("--reason public-task --json"));
        QVERIFY2(refused.exitCode == 0, qPrintable(refused.err));
        QCOMPARE(refused.object().value(QStringLiteral("granted")).toBool(), false);
    }

    void accessExportAndBreachReportArePrivateFiles()
    {
        const QString out = path(QStringLiteral("inzage.json"));
        const Run access = inStore(words("subject access --format json --bsn")
                                   << fictitiousBsn(0) << QStringLiteral("--out") << out << QStringLiteral("--json"));
        QVERIFY2(access.exitCode == 0, qPrintable(access.err));
        QCOMPARE(access.object().value(QStringLiteral("format")).toString(), QStringLiteral("json"));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!QJsonDocument::fromJson([&] {
                     QFile f(out);
                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                 }())
                     .object()
                     .isEmpty());
        QCOMPARE(
            inStore(words("subject access --format xml --bsn") << fictitiousBsn(0) << QStringLiteral("--out") << out)
                .exitCode,
            2);
        const QString breach = path(QStringLiteral("breach.json"));
        const Run report
            = inStore(words("breach report --from 2026-01-01 --to 2026-12-31 --format json --out") << breach);
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY2(report.out.contains(QStringLiteral("readable only by you")), qPrintable(report.out));
        QVERIFY(QFileInfo::exists(breach));
    }

    void snapshotsDeleteAsksForYes()
    {
        QCOMPARE(inStore(words("snapshots delete --snapshot x")).exitCode, 2);
        const Run asked = inStore(words("snapshots delete --snapshot 2"));
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.err.contains(QStringLiteral("add --yes")), qPrintable(asked.err));
        const Run deleted = inStore(words("snapshots delete --snapshot 2 --yes --json"));
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QCOMPARE(deleted.object().value(QStringLiteral("snapshot")).toInteger(), 2);
        QCOMPARE(deleted.object().value(QStringLiteral("records")).toInteger(), 1);
        QCOMPARE(inStore(words("snapshots list --json")).array().size(), 1);
    }

    void wrongPassphraseIsExitFive()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("INBEELD_PASSPHRASE"), QStringLiteral("not the passphrase at all"));
        process.setProcessEnvironment(env);
        process.start(m_cli, words("retention status --store") << m_store);
        QVERIFY(process.waitForFinished(300000));
        QCOMPARE(process.exitCode(), 5);
    }
};

INBEELD_TEST_MAIN(TestCliLifecycle)

#include "tst_cli_lifecycle.moc"
