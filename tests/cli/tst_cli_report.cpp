// "report inspectie", "report register" and the --pdf options of compare, decisions show and
// snapshots report: every output written, anonymous where it must be, PDFs readable as text.

#include "tests/core/ImportFixtures.h"
#include "tests/support/PdfText.h"
#include "tests/support/TestMain.h"

#include <QFileInfo>
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
};

} // namespace

class TestCliReport : public QObject
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
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI chooses offscreen itself
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

    void import(const QString& side, const QString& peildatum, const QStringList& rows)
    {
        const QString list = path(QStringLiteral("lijst-%1-%2.csv").arg(side, peildatum));
        QStringList lines {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim;Startdatum verzuim")};
        lines << rows;
        QVERIFY(writeList(list, lines));
        const Run r
            = run({QStringLiteral("import"), list, QStringLiteral("--store"), m_store, QStringLiteral("--side"), side,
                   QStringLiteral("--source"), side == u"ours" ? QStringLiteral("Leerplicht") : QStringLiteral("SWV"),
                   QStringLiteral("--peildatum"), peildatum});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        m_store = path(QStringLiteral("swv.inbeeld"));
        const Run created
            = run({QStringLiteral("init"), QStringLiteral("--store"), m_store, QStringLiteral("--org-name"),
                   QStringLiteral("Test SWV"), QStringLiteral("--role"), QStringLiteral("swv")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        import(
            QStringLiteral("ours"), QStringLiteral("2026-09-30"),
            {QStringLiteral("%1;Vlietstra;Zwaantje;3-9-2012;Langdurig relatief verzuim;1-5-2026").arg(fictitiousBsn(0)),
             QStringLiteral("%1;Kwakernaak;Ijsbrand;14-2-2011;Absoluut verzuim;").arg(fictitiousBsn(1))});
        import(QStringLiteral("theirs"), QStringLiteral("2026-09-30"),
               {QStringLiteral("%1;Vlietstra;Zwaantje;3-9-2012;Langdurig relatief verzuim;1-5-2026")
                    .arg(fictitiousBsn(0))});
    }

    void inspectieInEveryFormat()
    {
        for (const QString& format :
             {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
            const QString out = path(QStringLiteral("inspectie.") + format);
            const Run r = run({QStringLiteral("report"), QStringLiteral("inspectie"), QStringLiteral("--store"),
                               m_store, QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                               QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(format + u' ' + r.out + r.err));
            QVERIFY(r.out.contains(QStringLiteral("2 children")));
            QVERIFY(QFileInfo(out).size() > 50);
            QByteArray bytes;
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes = format == u"pdf" ? pdfText(out).toUtf8() : f.readAll();
            for (const char* secret : {"Vlietstra", "Zwaantje", "Kwakernaak"})
                QVERIFY2(!bytes.contains(secret), secret);
            QVERIFY(!bytes.contains(fictitiousBsn(0).toUtf8()));
            if (format == u"json") {
                const QJsonObject root = QJsonDocument::fromJson(bytes).object();
                QCOMPARE(root.value(QStringLiteral("school_year")).toString(), QStringLiteral("2026-2027"));
                QCOMPARE(
                    root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("langdurig_gt_3m")).toInt(),
                    1);
            }
        }
        const Run bad = run({QStringLiteral("report"), QStringLiteral("inspectie"), QStringLiteral("--store"), m_store,
                             QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--format"),
                             QStringLiteral("xlsx"), QStringLiteral("--out"), path(QStringLiteral("x.xlsx")),
                             QStringLiteral("--peildatum"), QStringLiteral("2026-10-01")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("does not lie in quarter 2026Q3")), qPrintable(bad.err));
    }

    void processingRegister()
    {
        const QString json = path(QStringLiteral("register.json"));
        const Run r = run({QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--store"), m_store,
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const char* key : {"controller", "purposes", "legal_ground", "data_subjects", "data_categories",
                                "recipients", "retention", "security_measures", "figures"})
            QVERIFY2(root.contains(QLatin1String(key)), key);
        const QString pdf = path(QStringLiteral("register.pdf"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--store"), m_store,
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf})
                     .exitCode,
                 0);
        if (!findTool(QStringLiteral("pdftotext")).isEmpty())
            QVERIFY(pdfText(pdf).contains(QStringLiteral("GDPR art. 30")));
    }

    void pdfOptionsOfCompareAndSnapshotsReport()
    {
        const QString overview = path(QStringLiteral("compare.pdf"));
        const Run compared
            = run({QStringLiteral("compare"), QStringLiteral("--store"), m_store, QStringLiteral("--pdf"), overview});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QString report = path(QStringLiteral("import.pdf"));
        const Run reported
            = run({QStringLiteral("snapshots"), QStringLiteral("report"), QStringLiteral("--store"), m_store,
                   QStringLiteral("--snapshot"), QStringLiteral("1"), QStringLiteral("--pdf"), report});
        QVERIFY2(reported.exitCode == 0, qPrintable(reported.err));
        if (findTool(QStringLiteral("pdftotext")).isEmpty())
            return;
        const QString text = pdfText(overview);
        QVERIFY2(text.contains(QStringLiteral("Comparison overview")), qPrintable(text));
        QVERIFY(!text.contains(fictitiousBsn(0)));
        QVERIFY(pdfText(report).contains(QStringLiteral("Import report")));
    }
};

INBEELD_TEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
