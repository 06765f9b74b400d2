// inbeeld-cli package export and open, run as a separate process between an RBL and an SWV store
// that pinned each other's cards.

#include "core/domain/Agreement.h"
#include "core/exchange/Identity.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/Importer.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Snapshots.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("package cli passphrase 8821");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n%2\n%3").arg(exitCode).arg(out, err); }
};

} // namespace

class TestCliPackage : public QObject
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

    static void pin(Store& at, Store& partner)
    {
        const IdentityCard card = Identity::load(partner).value().card(partner.organisation());
        auto added = PartnerTrust(at).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY2(added, qPrintable(added.message()));
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        m_rbl = path(QStringLiteral("rbl.inbeeld"));
        m_swv = path(QStringLiteral("swv.inbeeld"));
        auto rbl = createTestStore(m_rbl, Passphrase, testOrganisation(Role::Rbl, QStringLiteral("RBL Oost")));
        auto swv = createTestStore(m_swv, Passphrase, testOrganisation(Role::Swv, QStringLiteral("SWV De Verbinding")));
        QVERIFY(rbl && swv);
        pin(*rbl, *swv);
        pin(*swv, *rbl);
        const QString list = path(QStringLiteral("lijst.csv"));
        QStringList lines {QStringLiteral("BSN;Achternaam;Geboortedatum;Woonplaats;Soort verzuim")};
        for (int n = 1; n <= 3; ++n)
            lines
                << QStringLiteral("%1;Berg%2;3-9-2012;Arnhem;Langdurig relatief verzuim").arg(fictitiousBsn(n)).arg(n);
        QVERIFY(writeList(list, lines));
        ImportOptions o;
        o.peildatum = QDate(2026, 9, 30);
        auto report = Importer(*rbl).run(list, o);
        QVERIFY2(report, qPrintable(report.message()));
        auto agreement = AgreementCatalog::builtIn(rbl->organisation().agreementId);
        QVERIFY(DecisionStore(*rbl).recordStanding(agreement.value(), Role::Rbl, QDateTime::currentDateTimeUtc()));
    }

    void exportThenOpen()
    {
        const QString file = path(QStringLiteral("2026Q3.inbeeld"));
        Run r = run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--store"), m_rbl,
                     QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--quarter"),
                     QStringLiteral("2026Q3"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Sequence: 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("3 langdurig")), qPrintable(r.out));
        QVERIFY(!r.out.contains(fictitiousBsn(1)));
        QVERIFY(QFileInfo::exists(file));

        r = run({QStringLiteral("package"), QStringLiteral("open"), QStringLiteral("--store"), m_swv, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Package accepted from: RBL Oost")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Stored as snapshot 1")), qPrintable(r.out));

        // The same package again: refused, with the reason, non-zero.
        r = run({QStringLiteral("package"), QStringLiteral("open"), QStringLiteral("--store"), m_swv, file});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("already opened on")), qPrintable(r.describe()));
    }

    void createAndOpenAsJson()
    {
        const QString file = path(QStringLiteral("2026Q4.inbeeld"));
        Run r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                     QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--kind"),
                     QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2026Q4"),
                     QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("kind")).toString(), QStringLiteral("quarterly"));
        QCOMPARE(created.value(QStringLiteral("quarter")).toString(), QStringLiteral("2026Q4"));
        QCOMPARE(created.value(QStringLiteral("counts")).toObject().value(QStringLiteral("langdurig")).toInt(), 3);
        const QString id = created.value(QStringLiteral("package_id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!r.out.contains(fictitiousBsn(1)));

        r = run({QStringLiteral("package"), QStringLiteral("open"), file, QStringLiteral("--store"), m_swv,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject opened = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(opened.value(QStringLiteral("package_id")).toString(), id);
        QVERIFY(opened.value(QStringLiteral("snapshot")).toInteger() > 0);
        QCOMPARE(opened.value(QStringLiteral("sender")).toObject().value(QStringLiteral("organisation")).toString(),
                 QStringLiteral("RBL Oost"));
        QVERIFY(opened.value(QStringLiteral("inspectie")).isObject());

        // Refused again, and a script can tell why.
        r = run({QStringLiteral("package"), QStringLiteral("open"), file, QStringLiteral("--store"), m_swv,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonObject refused = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(refused.value(QStringLiteral("reason")).toString(), QStringLiteral("replayed"));
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("already opened on")));
    }

    // A package that skips a number opens, and says which number never arrived.
    void skippedSequenceIsNamed()
    {
        QList<qint64> sequences;
        QStringList files;
        for (const QString& name : {QStringLiteral("skip-a.inbeeld"), QStringLiteral("skip-b.inbeeld")}) {
            const QString file = path(name);
            Run r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                         QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--out"), file,
                         QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            sequences << QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sequence")).toInteger();
            files << file;
        }
        Run r = run({QStringLiteral("package"), QStringLiteral("open"), files[1], QStringLiteral("--store"), m_swv,
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject opened = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(opened.value(QStringLiteral("missing_sequences")).toArray().contains(QJsonValue(sequences[0])),
                 qPrintable(r.out));
    }

    void caseWithoutDecisionIsRefused()
    {
        const QString file = path(QStringLiteral("casus.inbeeld"));
        Run r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                     QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--kind"),
                     QStringLiteral("case"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 2); // --bsn is required for a case
        QVERIFY2(r.err.contains(QStringLiteral("--bsn")), qPrintable(r.describe()));
        r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--kind"),
                 QStringLiteral("case"), QStringLiteral("--bsn"), fictitiousBsn(1), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(file));
    }

    void unknownPartnerIsRefused()
    {
        const QString file = path(QStringLiteral("nobody.inbeeld"));
        const Run r = run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--store"), m_rbl,
                           QStringLiteral("--to"), QStringLiteral("SWV Nergens"), file});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("not a pinned partner")), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(file));
    }

    void partnersAreEditedRotatedAndRemoved()
    {
        Run r = run({QStringLiteral("partner"), QStringLiteral("edit"), QStringLiteral("Verbinding"),
                     QStringLiteral("--store"), m_rbl, QStringLiteral("--mail"), QStringLiteral("lpl@verbinding.test"),
                     QStringLiteral("--contact"), QStringLiteral("J. de Vries")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("lpl@verbinding.test")), qPrintable(r.out));
        r = run({QStringLiteral("partner"), QStringLiteral("edit"), QStringLiteral("SWV De Verbinding"),
                 QStringLiteral("--store"), m_rbl, QStringLiteral("--mail"), QStringLiteral("geen adres")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));

        // Two partners match "SWV": refused, and both are named.
        {
            auto rbl = Store::open(m_rbl, passphrase(Passphrase));
            QVERIFY(rbl);
            auto liemers = createTestStore(path(QStringLiteral("liemers.inbeeld")), Passphrase,
                                           testOrganisation(Role::Swv, QStringLiteral("SWV De Liemers")));
            QVERIFY(liemers);
            pin(*rbl.value(), *liemers);
        }
        const QString ambiguous = path(QStringLiteral("ambiguous.inbeeldpakket"));
        r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--to"), QStringLiteral("SWV"), QStringLiteral("--out"), ambiguous});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("SWV De Liemers"))
                     && r.err.contains(QStringLiteral("SWV De Verbinding")),
                 qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(ambiguous));

        // Our own keys rotate; the partner accepts the new card, and the numbering goes on.
        const QString card = path(QStringLiteral("rbl-nieuw.json"));
        r = run({QStringLiteral("identity"), QStringLiteral("rotate"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--out"), card, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        {
            auto swv = Store::open(m_swv, passphrase(Passphrase));
            QVERIFY(swv);
            const IdentityCard newCard = IdentityCard::readFile(card).value();
            auto accepted
                = PartnerTrust(*swv.value())
                      .add(newCard, {newCard.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
            QVERIFY2(accepted && accepted.value().viaRotation, qPrintable(accepted.message()));
        }
        const QString after = path(QStringLiteral("na-rotatie.inbeeldpakket"));
        r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--out"), after,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const int sequence = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sequence")).toInt();
        QVERIFY2(sequence > 1, qPrintable(r.out));
        r = run({QStringLiteral("package"), QStringLiteral("open"), QStringLiteral("--store"), m_swv, after});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The SWV removes the RBL: its next package is refused as from an unknown sender.
        r = run({QStringLiteral("partner"), QStringLiteral("remove"), QStringLiteral("RBL Oost"),
                 QStringLiteral("--store"), m_swv});
        QVERIFY2(r.exitCode != 0, "removal without --yes");
        r = run({QStringLiteral("partner"), QStringLiteral("remove"), QStringLiteral("RBL Oost"),
                 QStringLiteral("--store"), m_swv, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString later = path(QStringLiteral("later.inbeeldpakket"));
        r = run({QStringLiteral("package"), QStringLiteral("create"), QStringLiteral("--store"), m_rbl,
                 QStringLiteral("--to"), QStringLiteral("SWV De Verbinding"), QStringLiteral("--out"), later});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = run({QStringLiteral("package"), QStringLiteral("open"), QStringLiteral("--store"), m_swv, later,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("unknown-sender"));
    }
};

INBEELD_TEST_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
