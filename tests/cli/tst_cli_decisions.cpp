#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");
const QString Swv = QStringLiteral("swv-passend-wijs");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QJsonObject passingAnswers()
{
    QJsonObject o;
    o.insert(QStringLiteral("informed"), true);
    o.insert(QStringLiteral("informed_who"), QStringLiteral("parents"));
    o.insert(QStringLiteral("ground"), QStringLiteral("public_task"));
    o.insert(QStringLiteral("purpose"), QStringLiteral("suitable_place"));
    o.insert(QStringLiteral("subsidiarity_reason"),
             QStringLiteral("Anoniem bespreken is geprobeerd; zonder naam vindt niemand een plek."));
    return o;
}

} // namespace

/// "decide" and "decisions": the four-step check from the command line, with the same rules as
/// the wizard.
class TestCliDecisions : public QObject
{
    Q_OBJECT

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    Run run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProgram(m_cli);
        process.setArguments(arguments);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("INBEELD_PASSPHRASE"), Passphrase);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
#ifdef Q_OS_UNIX
        process.setChildProcessModifier([] { ::setsid(); });
#endif
        process.start();
        Run result;
        if (process.waitForStarted(30000) && !input.isEmpty())
            process.write(input);
        if (process.state() == QProcess::NotRunning
            || (process.closeWriteChannel(), !process.waitForFinished(300000))) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString answersFile(const QJsonObject& answers, const QString& name = QStringLiteral("answers.json")) const
    {
        const QString p = path(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(answers).toJson());
        return p;
    }

    Run decide(const QString& bsn, const QString& to, const QJsonObject& answers, bool json = true) const
    {
        QStringList args {QStringLiteral("decide"),
                          QStringLiteral("--store"),
                          m_store,
                          QStringLiteral("--bsn"),
                          bsn,
                          QStringLiteral("--to"),
                          to,
                          QStringLiteral("--answers"),
                          answersFile(answers)};
        if (json)
            args << QStringLiteral("--json");
        return run(args);
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = path(QStringLiteral("rbl.inbeeld"));
        const Run created
            = run({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--org-name"),
                   QStringLiteral("Test RBL"), QStringLiteral("--role"), QStringLiteral("rbl")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString list = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(list,
                          {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim;Reden verzuim;School"),
                           QStringLiteral("%1;Özdemir;Anaïs;3-9-2012;Langdurig relatief verzuim;autisme;Rijnpoort")
                               .arg(fictitiousBsn(0)),
                           QStringLiteral("%1;Çelik;Elif;14-2-2011;Absoluut verzuim;;").arg(fictitiousBsn(1))}));
        const Run imported = run({QStringLiteral("import"), list, QStringLiteral("--store"), m_store});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
    }

    void cleanup()
    {
        m_dir.reset();
    }

    void decideRecordsListsShowsAndWithdraws()
    {
        const Run decided = decide(fictitiousBsn(1), Swv, passingAnswers());
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        const QJsonObject d = decided.json().object();
        QCOMPARE(d.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(d.value(QStringLiteral("recipient")).toString(), Swv);
        QCOMPARE(d.value(QStringLiteral("outcome")).toString(), QStringLiteral("share"));
        QVERIFY(d.value(QStringLiteral("in_force")).toBool());
        const QJsonObject child = d.value(QStringLiteral("child")).toObject();
        QCOMPARE(child.value(QStringLiteral("key")).toString(), QStringLiteral("bsn:") + fictitiousBsn(1));
        QCOMPARE(child.value(QStringLiteral("category")).toString(), QStringLiteral("absoluut"));
        QCOMPARE(child.value(QStringLiteral("snapshot")).toInt(), 1);
        // Without "fields" in the answers, the minimum for the category is shared.
        QCOMPARE(d.value(QStringLiteral("answers")).toObject().value(QStringLiteral("fields")).toArray().size(), 3);
        const QDateTime decidedAt
            = QDateTime::fromString(d.value(QStringLiteral("decided_at")).toString(), Qt::ISODate);
        const QDateTime expiresAt
            = QDateTime::fromString(d.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QCOMPARE(decidedAt.daysTo(expiresAt), 30);

        const Run listed
            = run({QStringLiteral("decisions"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().array().size(), 1);
        const Run text = run({QStringLiteral("decisions"), QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QVERIFY2(text.out.contains(QStringLiteral("in force")), qPrintable(text.out));
        const Run shown = run({QStringLiteral("decisions"), QStringLiteral("show"), QStringLiteral("1"),
                               QStringLiteral("--store"), m_store});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("Samenwerkingsverband Passend Wijs")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("Leerplichtwet 1969, art. 16")));

        const Run withdrawn = run({QStringLiteral("decisions"), QStringLiteral("withdraw"), QStringLiteral("1"),
                                   QStringLiteral("--store"), m_store, QStringLiteral("--reason"),
                                   QStringLiteral("ouders maakten bezwaar")});
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
        const Run after
            = run({QStringLiteral("decisions"), QStringLiteral("--store"), m_store, QStringLiteral("--json")});
        const QJsonObject w = after.json().array().first().toObject();
        QVERIFY(!w.value(QStringLiteral("in_force")).toBool());
        QCOMPARE(w.value(QStringLiteral("withdraw_reason")).toString(), QStringLiteral("ouders maakten bezwaar"));
        QCOMPARE(run({QStringLiteral("decisions"), QStringLiteral("withdraw"), QStringLiteral("1"),
                      QStringLiteral("--store"), m_store})
                     .exitCode,
                 1);

        // The audit log names the decision, not the child.
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QVERIFY(audit.out.contains(QStringLiteral("decision.recorded")));
        QVERIFY(audit.out.contains(QStringLiteral("decision.withdrawn")));
        QVERIFY(!audit.out.contains(fictitiousBsn(1)));
    }

    // "--bsn -": the BSN comes from standard input and never shows in the process list.
    void decideReadsTheBsnFromStandardInput()
    {
        QStringList args {
            QStringLiteral("decide"),      QStringLiteral("--store"), m_store, QStringLiteral("--bsn"),
            QStringLiteral("-"),           QStringLiteral("--to"),    Swv,     QStringLiteral("--answers"),
            answersFile(passingAnswers()), QStringLiteral("--json")};
        const Run r = run(args, fictitiousBsn(1).toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("recipient")).toString(), Swv);
        const Run help = run({QStringLiteral("decide"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("standard input")), qPrintable(help.out));
    }

    void decideBlocksSpecialCategoriesInFreeText()
    {
        QJsonObject a = passingAnswers();
        a.insert(QStringLiteral("fields"), QJsonArray {QStringLiteral("bsn"), QStringLiteral("absence_reason")});
        a.insert(QStringLiteral("justifications"),
                 QJsonObject {{QStringLiteral("absence_reason"), QStringLiteral("Om de juiste hulp te kiezen.")}});
        const Run blocked = decide(fictitiousBsn(0), Swv, a);
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(QStringLiteral("autisme")), qPrintable(blocked.err));
        QVERIFY(blocked.out.isEmpty());
        QCOMPARE(run({QStringLiteral("decisions"), QStringLiteral("--store"), m_store, QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);

        a.insert(QStringLiteral("texts"),
                 QJsonObject {{QStringLiteral("absence_reason"), QStringLiteral("medische redenen")}});
        const Run rephrased = decide(fictitiousBsn(0), Swv, a);
        QVERIFY2(rephrased.exitCode == 0, qPrintable(rephrased.err));
        QCOMPARE(rephrased.json()
                     .object()
                     .value(QStringLiteral("answers"))
                     .toObject()
                     .value(QStringLiteral("texts"))
                     .toObject()
                     .value(QStringLiteral("absence_reason"))
                     .toString(),
                 QStringLiteral("medische redenen"));
    }

    void decideRefusesIncompleteAnswers_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QString>("message");
        QJsonObject a = passingAnswers();
        a.insert(QStringLiteral("informed"), false);
        QTest::newRow("not informed without reason") << a << QStringLiteral("not informed");
        a = passingAnswers();
        a.remove(QStringLiteral("subsidiarity_reason"));
        QTest::newRow("no subsidiarity reason") << a << QStringLiteral("less intrusive ways");
        a = passingAnswers();
        a.insert(QStringLiteral("fields"), QJsonArray {QStringLiteral("bsn"), QStringLiteral("absence_reason")});
        a.insert(QStringLiteral("justifications"),
                 QJsonObject {{QStringLiteral("absence_reason"), QStringLiteral("Een goede reden hier.")}});
        QTest::newRow("field outside the table") << a << QStringLiteral("does not allow");
        a = passingAnswers();
        a.insert(QStringLiteral("fields"), QJsonArray {QStringLiteral("bsn"), QStringLiteral("last_school")});
        QTest::newRow("no justification") << a << QStringLiteral("more than the minimum");
        a = passingAnswers();
        a.insert(QStringLiteral("grond"), QStringLiteral("public_task"));
        QTest::newRow("typo in a key") << a << QStringLiteral("grond");
    }
    void decideRefusesIncompleteAnswers()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QString, message);
        const Run r = decide(fictitiousBsn(1), Swv, answers); // absoluut: no reason for absence allowed
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void decideChecksTheChildAndTheParty()
    {
        const Run party = decide(fictitiousBsn(1), QStringLiteral("sportclub"), passingAnswers());
        QCOMPARE(party.exitCode, 2);
        QVERIFY2(party.err.contains(QStringLiteral("swv-de-liemers")), qPrintable(party.err));
        const Run unknown = decide(fictitiousBsn(5), Swv, passingAnswers());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("newest lists")), qPrintable(unknown.err));
        QCOMPARE(decide(failingBsn(1), Swv, passingAnswers()).exitCode, 2);
    }

    void choosingAnAlternativeRecordsThatNothingIsShared()
    {
        QJsonObject a = passingAnswers();
        a.insert(QStringLiteral("alternative"), QStringLiteral("ask_directly"));
        const Run r = decide(fictitiousBsn(1), Swv, a, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("less intrusive")), qPrintable(r.out));
        const QJsonObject d
            = run({QStringLiteral("decisions"), QStringLiteral("--store"), m_store, QStringLiteral("--json")})
                  .json()
                  .array()
                  .first()
                  .toObject();
        QCOMPARE(d.value(QStringLiteral("outcome")).toString(), QStringLiteral("alternative"));
        QVERIFY(!d.value(QStringLiteral("in_force")).toBool());
    }

    void standingDecisionOncePerAgreement()
    {
        const Run first = run({QStringLiteral("decisions"), QStringLiteral("standing"), QStringLiteral("--store"),
                               m_store, QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject d = first.json().object();
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("standing"));
        QVERIFY(d.value(QStringLiteral("fields_by_category")).toObject().contains(QStringLiteral("vrijstelling_5a")));
        const Run again = run({QStringLiteral("decisions"), QStringLiteral("standing"), QStringLiteral("--store"),
                               m_store, QStringLiteral("--json")});
        QCOMPARE(again.json().object().value(QStringLiteral("id")), d.value(QStringLiteral("id")));
        QCOMPARE(run({QStringLiteral("decisions"), QStringLiteral("--store"), m_store, QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 1);
    }

    void commandsHaveHelp()
    {
        for (const QStringList& args :
             {QStringList {QStringLiteral("decide"), QStringLiteral("--help")},
              QStringList {QStringLiteral("decisions"), QStringLiteral("--help")},
              QStringList {QStringLiteral("decisions"), QStringLiteral("withdraw"), QStringLiteral("--help")}}) {
            const Run help = run(args);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: inbeeld-cli ") + args.first()), qPrintable(help.out));
            QVERIFY(help.out.contains(QStringLiteral("Exit codes:")));
        }
        QCOMPARE(run({QStringLiteral("decisions"), QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

INBEELD_TEST_MAIN(TestCliDecisions)
#include "tst_cli_decisions.moc"
