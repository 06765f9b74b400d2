// Exchange packages between two test stores (RBL and SWV that pinned each other's cards): the
// round trip, the refusals (each with its own message and nothing stored) and interoperability
// with Debian's minisign and age.

#include "core/audit/AuditLog.h"
#include "core/exchange/AgeKeys.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageLedger.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageRecords.h"
#include "core/exchange/PackageSeal.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/Importer.h"
#include "core/sharing/ChildFinder.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Snapshots.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/ExporterChecks.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("pakket wissel wachtwoord 4471");
const QString Quarter = QStringLiteral("2026Q3");
const QString ListHeader
    = QStringLiteral("BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;School;"
                     "Soort verzuim;Reden verzuim;Startdatum verzuim;Opmerking");
const QDateTime Now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);

QString row(int n, const QString& category)
{
    return QStringLiteral("%1;Anaïs;van der;Berg%2;3-9-2012;6811 AB;Arnhem;Rijnpoort College;%3;geen passende plek;"
                          "1-6-2026;vraag ouders")
        .arg(fictitiousBsn(n))
        .arg(n)
        .arg(category);
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_rbl;
    std::unique_ptr<Store> m_swv;
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<Store> newStore(Role role, const QString& name)
    {
        return createTestStore(path(QStringLiteral("s%1.inbeeld").arg(++m_counter)), Pass,
                               testOrganisation(role, name));
    }

    static Partner pin(Store& at, Store& partner)
    {
        const IdentityCard card = Identity::load(partner).value().card(partner.organisation());
        auto added = PartnerTrust(at).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        return added.value();
    }

    static Partner partnerIn(Store& at, const QString& organisation)
    {
        const QList<Partner> partners = PartnerTrust(at).partners().value();
        for (const Partner& p : partners) {
            if (p.organisation == organisation)
                return p;
        }
        return {};
    }

    void importOurList(Store& store)
    {
        const QString file = path(QStringLiteral("lijst%1.csv").arg(++m_counter));
        QStringList lines {ListHeader};
        for (int n = 1; n <= 4; ++n)
            lines << row(n, QStringLiteral("Langdurig relatief verzuim"));
        lines << row(5, QStringLiteral("Absoluut verzuim"));
        QVERIFY(writeList(file, lines));
        ImportOptions o;
        o.today = QDate(2026, 10, 15);
        o.peildatum = QDate(2026, 9, 30);
        auto report = Importer(store).run(file, o);
        QVERIFY2(report, qPrintable(report.message()));
    }

    void decideStanding(Store& store)
    {
        auto standing = DecisionStore(store).recordStanding(builtInAgreement(), store.organisation().role, Now);
        QVERIFY2(standing, qPrintable(standing.message()));
    }

    Result<PackageSummary> exportTo(Store& from, const QString& partner, const QString& file)
    {
        return PackageWriter(from).writeQuarterly(partnerIn(from, partner), Quarter, file, Now);
    }

    static int snapshotCount(Store& store) { return int(Snapshots::list(store).value().size()); }

    static QByteArray bytes(const QString& file) { return readFile(file); }

    // A package from the RBL written and checked; its path.
    QString rblPackage(const QString& name)
    {
        const QString file = path(name);
        auto written = exportTo(*m_rbl, QStringLiteral("SWV De Verbinding"), file);
        if (!written)
            qWarning("%s", qPrintable(written.message()));
        return written ? file : QString();
    }

    void expectRefused(const QString& file, Error::Code code, const QString& messagePart)
    {
        const int before = snapshotCount(*m_swv);
        auto opened = PackageReader(*m_swv).open(file, Now);
        QVERIFY2(!opened, "a bad package was accepted");
        QCOMPARE(opened.code(), code);
        QVERIFY2(opened.message().contains(messagePart), qPrintable(opened.message()));
        QCOMPARE(snapshotCount(*m_swv), before);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_rbl = newStore(Role::Rbl, QStringLiteral("RBL Oost"));
        m_swv = newStore(Role::Swv, QStringLiteral("SWV De Verbinding"));
        QVERIFY(m_rbl && m_swv);
        pin(*m_rbl, *m_swv);
        pin(*m_swv, *m_rbl);
        importOurList(*m_rbl);
    }

    void cleanup()
    {
        m_rbl.reset();
        m_swv.reset();
        m_dir.reset();
    }

    void roundTripBecomesThePartnersList()
    {
        decideStanding(*m_rbl);
        const QString file = path(QStringLiteral("q3.inbeeld"));
        auto written = exportTo(*m_rbl, QStringLiteral("SWV De Verbinding"), file);
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(written.value().manifest.sequence, quint64(1));
        QCOMPARE(written.value().counts.value(QStringLiteral("langdurig")), qint64(4));
        QCOMPARE(written.value().counts.value(QStringLiteral("absoluut")), qint64(1));
        // Nothing readable on the way.
        QVERIFY(!bytes(file).contains(fictitiousBsn(1).toUtf8()));
        QVERIFY(!bytes(file).contains("Rijnpoort"));

        auto opened = PackageReader(*m_swv).open(file, Now);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value().sender, QStringLiteral("RBL Oost"));
        QCOMPARE(opened.value().manifest.packageId, written.value().manifest.packageId);
        QCOMPARE(opened.value().records, qint64(5));
        const SnapshotInfo snapshot = Snapshots::get(*m_swv, opened.value().snapshotId).value();
        QCOMPARE(snapshot.side, SnapshotSide::Theirs);
        QCOMPARE(snapshot.origin, QStringLiteral("package"));
        QCOMPARE(snapshot.sourceName, QStringLiteral("RBL Oost"));
        const QList<CaseRecord> records = Snapshots::records(*m_swv, snapshot.id).value();
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.first().bsn, fictitiousBsn(1));
        QCOMPARE(records.first().surname, QStringLiteral("Berg1"));
        QCOMPARE(records.first().birthDate, QDate(2012, 9, 3));
        QVERIFY(!records.first().nameKey.isEmpty());
        QCOMPARE(records.first().absenceReason, QStringLiteral("geen passende plek"));
        // The agreement does not allow the absence reason for absoluut verzuim: it was not sent.
        QCOMPARE(records.last().category, QStringLiteral("absoluut"));
        QVERIFY(records.last().absenceReason.isEmpty());
        QVERIFY(!records.last().bsn.isEmpty());

        // The next package continues the sequence and names this one's hash.
        const QString second = path(QStringLiteral("q3b.inbeeld"));
        auto next = exportTo(*m_rbl, QStringLiteral("SWV De Verbinding"), second);
        QVERIFY2(next, qPrintable(next.message()));
        QCOMPARE(next.value().manifest.sequence, quint64(2));
        QCOMPARE(next.value().manifest.previousPackageSha256,
                 QCryptographicHash::hash(bytes(file), QCryptographicHash::Sha256));
        QVERIFY(PackageReader(*m_swv).open(second, Now));
        QCOMPARE(snapshotCount(*m_swv), 2);
    }

    void packagesCarryTheSendersAuditAnchor()
    {
        // The sender's anchor travels in the manifest; the recipient keeps it, so the sender's log
        // can later be checked against a witness outside the sender's store.
        decideStanding(*m_rbl);
        const AuditAnchor before = m_rbl->audit().anchor().value();
        const QString file = path(QStringLiteral("anchored.inbeeld"));
        auto written = exportTo(*m_rbl, QStringLiteral("SWV De Verbinding"), file);
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(written.value().manifest.senderAuditAnchor, before.toLine());
        auto opened = PackageReader(*m_swv).open(file, Now);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value().manifest.senderAuditAnchor, before.toLine());
        const auto kept = PackageLedger::receivedAnchors(*m_swv);
        QVERIFY2(kept, qPrintable(kept.message()));
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().first().auditAnchor, before.toLine());
        QCOMPARE(kept.value().first().packageId, written.value().manifest.packageId);
        // The anchor the partner holds still verifies the sender's grown log.
        const auto anchor = AuditAnchor::parse(kept.value().first().auditAnchor);
        QVERIFY(anchor);
        QVERIFY(m_rbl->audit().verifyAnchor(anchor.value()));
    }

    void quarterlyPackageCarriesTheInspectieCounts()
    {
        decideStanding(*m_rbl);
        const QString file = rblPackage(QStringLiteral("q3.inbeeld"));
        QVERIFY(!file.isEmpty());
        auto opened = PackageReader(*m_swv).open(file, Now);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(opened.value().inspectie.has_value());
        const InspectieCounts& counts = *opened.value().inspectie;
        // The list's peildatum is 30 September; the four langdurig children are absent since 1 June.
        QCOMPARE(counts.peildatum, QDate(2026, 9, 30));
        QCOMPARE(counts.subgroups.value(QStringLiteral("langdurig_over_3_months")), qint64(4));
        QCOMPARE(counts.subgroups.value(QStringLiteral("absoluut")), qint64(1));
        QCOMPARE(Snapshots::get(*m_swv, opened.value().snapshotId).value().peildatum, QDate(2026, 9, 30));
    }

    void quarterlyPackageLeavesOutSpecialCategoryTexts()
    {
        decideStanding(*m_rbl);
        const QString list = path(QStringLiteral("met-diagnose.csv"));
        QString line = row(2, QStringLiteral("Langdurig relatief verzuim"));
        line.replace(QStringLiteral("geen passende plek"), QStringLiteral("depressief, opgenomen"));
        QVERIFY(writeList(list, {ListHeader, row(1, QStringLiteral("Langdurig relatief verzuim")), line}));
        ImportOptions o;
        o.today = QDate(2026, 10, 15);
        o.peildatum = QDate(2026, 10, 1);
        QVERIFY(Importer(*m_rbl).run(list, o));

        const Partner swv = partnerIn(*m_rbl, QStringLiteral("SWV De Verbinding"));
        auto plan = PackageWriter(*m_rbl).plan({swv, PackageKind::Quarterly, Quarter, {}, {}}, Now);
        QVERIFY2(plan, qPrintable(plan.message()));
        QCOMPARE(plan.value().withheld.size(), 1);
        QCOMPARE(plan.value().withheld.first().line, qint64(3));
        QCOMPARE(plan.value().withheld.first().field, QStringLiteral("absence_reason"));
        QVERIFY(plan.value().withheld.first().words.contains(QStringLiteral("depressief")));

        const QString file = path(QStringLiteral("q.inbeeld"));
        auto written = exportTo(*m_rbl, QStringLiteral("SWV De Verbinding"), file);
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(written.value().withheld.size(), 1);
        auto opened = PackageReader(*m_swv).open(file, Now);
        QVERIFY2(opened, qPrintable(opened.message()));
        const QList<CaseRecord> records = Snapshots::records(*m_swv, opened.value().snapshotId).value();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).absenceReason, QStringLiteral("geen passende plek"));
        QVERIFY(records.at(1).absenceReason.isEmpty());
    }

    void casePackageCarriesOneChildUnderItsDecision()
    {
        // The agreement's party "Samenwerkingsverband De Liemers", as its card names it.
        auto liemers = newStore(Role::Swv, QStringLiteral("SWV De Liemers"));
        QVERIFY(liemers);
        const Partner toLiemers = pin(*m_rbl, *liemers);
        pin(*liemers, *m_rbl);
        const QString file = path(QStringLiteral("casus.inbeeld"));
        const PackageRequest request {toLiemers, PackageKind::Case, Quarter, fictitiousBsn(2), {}};

        // Without a decision nothing is written.
        auto refused = PackageWriter(*m_rbl).write(request, file, Now);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), Error::Code::SharingNotAllowed);
        QVERIFY2(refused.message().contains(QStringLiteral("four-step check")), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(file));

        // The four-step check for this child and De Liemers: the reason for absence in general terms.
        const FoundChild child = ChildFinder::byBsn(*m_rbl, Bsn::parse(fictitiousBsn(2)).value()).value().value();
        Checklist check(builtInAgreement(), child.record, child.snapshot.id, QStringLiteral("swv-de-liemers"),
                        Role::Rbl);
        ShareAnswers answers = passingAnswers(check);
        answers.fields << QStringLiteral("last_school") << QStringLiteral("absence_reason");
        answers.justifications.insert(QStringLiteral("last_school"), QStringLiteral("Zorgplicht van de school."));
        answers.justifications.insert(QStringLiteral("absence_reason"), QStringLiteral("Passende ondersteuning."));
        answers.texts.insert(QStringLiteral("absence_reason"), QStringLiteral("medische redenen"));
        auto decided = check.decide(answers, QStringLiteral("tester"), Now);
        QVERIFY2(decided, qPrintable(decided.message()));
        auto decision = DecisionStore(*m_rbl).record(decided.value());
        QVERIFY2(decision, qPrintable(decision.message()));

        auto plan = PackageWriter(*m_rbl).plan(request, Now);
        QVERIFY2(plan, qPrintable(plan.message()));
        QCOMPARE(plan.value().counts, (QMap<QString, qint64> {{QStringLiteral("langdurig"), 1}}));
        QCOMPARE(plan.value().fields.value(QStringLiteral("langdurig")), decision.value().fields());
        QCOMPARE(plan.value().decisions.size(), 1);
        QCOMPARE(plan.value().decisions.first().id, decision.value().id);
        QVERIFY(
            PackageWriter::suggestedFileName(plan.value()).startsWith(QStringLiteral("2026Q3-casus-SWV-De-Liemers")));

        auto written = PackageWriter(*m_rbl).write(request, file, Now);
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(written.value().manifest.kind, PackageKind::Case);
        QVERIFY(!bytes(file).contains(fictitiousBsn(2).toUtf8()));

        auto opened = PackageReader(*liemers).open(file, Now);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened.value().records, qint64(1));
        QVERIFY(!opened.value().inspectie);
        const SnapshotInfo snapshot = Snapshots::get(*liemers, opened.value().snapshotId).value();
        QCOMPARE(snapshot.origin, QStringLiteral("package"));
        QVERIFY(snapshot.isCase);
        const CaseRecord received = Snapshots::records(*liemers, snapshot.id).value().first();
        QCOMPARE(received.bsn, fictitiousBsn(2));
        QCOMPARE(received.lastSchool, QStringLiteral("Rijnpoort College"));
        // The decision's wording, not the list's text; and nothing the decision did not choose.
        QCOMPARE(received.absenceReason, QStringLiteral("medische redenen"));
        QVERIFY(!received.absenceStart.isValid());
        QVERIFY(received.involvement.isEmpty());
        // A case is not the partner's list: it does not replace the list for comparing.
        QVERIFY(!Snapshots::latest(*liemers, SnapshotSide::Theirs, QStringLiteral("RBL Oost")).value());

        // Withdrawn: no more case packages for this child.
        QVERIFY(DecisionStore(*m_rbl).withdraw(decision.value().id, QString(), Now));
        auto again = PackageWriter(*m_rbl).write(request, path(QStringLiteral("casus2.inbeeld")), Now);
        QVERIFY(!again);
        QCOMPARE(again.code(), Error::Code::SharingNotAllowed);
        QVERIFY(!QFile::exists(path(QStringLiteral("casus2.inbeeld"))));
    }

    void casePackageChecksTheNewestTextAgain()
    {
        auto liemers = newStore(Role::Swv, QStringLiteral("Samenwerkingsverband De Liemers"));
        QVERIFY(liemers);
        const Partner toLiemers = pin(*m_rbl, *liemers);
        // A decision that shares the list's own reason for absence ("geen passende plek").
        const FoundChild child = ChildFinder::byBsn(*m_rbl, Bsn::parse(fictitiousBsn(3)).value()).value().value();
        Checklist check(builtInAgreement(), child.record, child.snapshot.id, QStringLiteral("swv-de-liemers"),
                        Role::Rbl);
        ShareAnswers answers = passingAnswers(check);
        answers.fields << QStringLiteral("absence_reason");
        answers.justifications.insert(QStringLiteral("absence_reason"), QStringLiteral("Passende ondersteuning."));
        auto decided = check.decide(answers, QStringLiteral("tester"), Now);
        QVERIFY2(decided, qPrintable(decided.message()));
        QVERIFY(DecisionStore(*m_rbl).record(decided.value()));
        const PackageRequest request {toLiemers, PackageKind::Case, Quarter, fictitiousBsn(3), {}};
        QVERIFY(PackageWriter(*m_rbl).plan(request, Now));

        // A newer list of our own names a diagnosis for that child: nothing goes out.
        const QString file = path(QStringLiteral("nieuw.csv"));
        QString line = row(3, QStringLiteral("Langdurig relatief verzuim"));
        line.replace(QStringLiteral("geen passende plek"), QStringLiteral("diagnose autisme"));
        QVERIFY(writeList(file, {ListHeader, line}));
        ImportOptions o;
        o.today = QDate(2026, 10, 15);
        o.peildatum = QDate(2026, 10, 1);
        QVERIFY(Importer(*m_rbl).run(file, o));
        const QString out = path(QStringLiteral("casus.inbeeld"));
        auto refused = PackageWriter(*m_rbl).write(request, out, Now);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), Error::Code::SharingNotAllowed);
        QVERIFY2(refused.message().contains(QStringLiteral("autisme")), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(out));
    }

    void casePackageNeedsAPartnerOfTheAgreement()
    {
        // "SWV Zuid" is not one of the agreement's three SWVs: no decision can name it, and it is not
        // known which children it would be responsible for.
        auto zuid = newStore(Role::Swv, QStringLiteral("SWV Zuid"));
        QVERIFY(zuid);
        const Partner toZuid = pin(*m_rbl, *zuid);
        decideStanding(*m_rbl);
        for (const PackageKind kind : {PackageKind::Case, PackageKind::Quarterly}) {
            auto plan = PackageWriter(*m_rbl).plan({toZuid, kind, Quarter, fictitiousBsn(2), {}}, Now);
            QVERIFY(!plan);
            QVERIFY2(plan.message().contains(QStringLiteral("parties of the agreement")), qPrintable(plan.message()));
        }
    }

    void refusesWithoutStandingDecision()
    {
        const Partner swv = partnerIn(*m_rbl, QStringLiteral("SWV De Verbinding"));
        verifyRefusesWithoutDecision(
            [&](const QString& p) -> Result<void> {
                auto written = PackageWriter(*m_rbl).writeQuarterly(swv, Quarter, p, Now);
                if (!written)
                    return written.error();
                return {};
            },
            path(QStringLiteral("refused.inbeeld")));
    }

    void refusesAChangedByteAnywhere()
    {
        decideStanding(*m_rbl);
        const QString file = rblPackage(QStringLiteral("good.inbeeld"));
        QVERIFY(!file.isEmpty());
        const QByteArray good = bytes(file);
        const QString bad = path(QStringLiteral("bad.inbeeld"));
        for (qsizetype offset = 0; offset < good.size(); offset += 997) {
            QByteArray changed = good;
            changed[offset] = char(changed[offset] ^ 0x20);
            QVERIFY(writeBytes(bad, changed));
            auto opened = PackageReader(*m_swv).open(bad, Now);
            QVERIFY2(!opened, qPrintable(QStringLiteral("a byte changed at offset %1 was accepted").arg(offset)));
        }
        QCOMPARE(snapshotCount(*m_swv), 0);
        // An appended byte too.
        QVERIFY(writeBytes(bad, good + "x"));
        QVERIFY(!PackageReader(*m_swv).open(bad, Now));
        QCOMPARE(snapshotCount(*m_swv), 0);
        // The good file still opens.
        QVERIFY(PackageReader(*m_swv).open(file, Now));
    }

    void refusesATruncatedCopyAsIncomplete()
    {
        decideStanding(*m_rbl);
        const QString file = rblPackage(QStringLiteral("good.inbeeld"));
        QVERIFY(!file.isEmpty());
        const QByteArray good = bytes(file);
        const QString cut = path(QStringLiteral("cut.inbeeld"));
        for (const qsizetype length :
             {qsizetype(0), qsizetype(10), good.size() / 3, good.size() / 2, good.size() - 1}) {
            QVERIFY(writeBytes(cut, good.left(length)));
            expectRefused(cut, Error::Code::Truncated, QStringLiteral("incomplete"));
        }
    }

    // Package 2 before package 1: 2 opens and names 1 as missing; 1 then opens late, kept without
    // replacing the newer list; opening either again is a replay.
    void namesMissingPackagesAndOpensALateOne()
    {
        decideStanding(*m_rbl);
        const QString first = rblPackage(QStringLiteral("one.inbeeld"));
        const QString second = rblPackage(QStringLiteral("two.inbeeld"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        auto newer = PackageReader(*m_swv).open(second, Now);
        QVERIFY2(newer, qPrintable(newer.message()));
        QCOMPARE(newer.value().missingSequences, QList<quint64> {1});
        QVERIFY(!newer.value().late);
        expectRefused(second, Error::Code::Replayed, QStringLiteral("already opened on"));
        auto late = PackageReader(*m_swv).open(first, Now);
        QVERIFY2(late, qPrintable(late.message()));
        QVERIFY(late.value().late);
        QVERIFY(late.value().missingSequences.isEmpty());
        const auto newest = Snapshots::latest(*m_swv, SnapshotSide::Theirs, QStringLiteral("RBL Oost"));
        QVERIFY(newest && newest.value());
        QCOMPARE(newest.value()->id, newer.value().snapshotId);
        expectRefused(first, Error::Code::Replayed, QStringLiteral("already opened on"));
        bool auditedMissing = false, auditedLate = false;
        const QList<AuditEntry> entries = m_swv->audit().entries().value();
        for (const AuditEntry& e : entries) {
            auditedMissing = auditedMissing || (e.action == u"package.opened" && e.detail.contains(u"missing=1"));
            auditedLate = auditedLate || (e.action == u"package.opened" && e.detail.contains(u"late=1"));
        }
        QVERIFY(auditedMissing && auditedLate);
    }

    // A sender that restored an old backup sends another package 2, which does not follow the
    // package 1 we accepted: a fork, refused with its own reason.
    void refusesAFork()
    {
        decideStanding(*m_rbl);
        const QString copy = path(QStringLiteral("restored.inbeeld"));
        QVERIFY(QFile::copy(m_rbl->path(), copy));
        const QString first = rblPackage(QStringLiteral("one.inbeeld"));
        QVERIFY(!first.isEmpty());
        QVERIFY(PackageReader(*m_swv).open(first, Now));
        auto restored = Store::open(copy, passphrase(Pass));
        QVERIFY2(restored, qPrintable(restored.message()));
        const QString other1 = path(QStringLiteral("other1.inbeeld"));
        const QString other2 = path(QStringLiteral("other2.inbeeld"));
        QVERIFY(exportTo(*restored.value(), QStringLiteral("SWV De Verbinding"), other1));
        QVERIFY(exportTo(*restored.value(), QStringLiteral("SWV De Verbinding"), other2));
        PackageReader reader(*m_swv);
        auto forked = reader.open(other2, Now);
        QVERIFY(!forked);
        QCOMPARE(reader.lastRefusal(), QStringLiteral("fork"));
        QVERIFY2(forked.message().contains(QStringLiteral("forked")), qPrintable(forked.message()));
    }

    void refusesAPackageForAnotherPartner()
    {
        decideStanding(*m_rbl);
        auto noord = newStore(Role::Swv, QStringLiteral("SWV Passend Wijs"));
        QVERIFY(noord);
        pin(*m_rbl, *noord);
        const QString file = path(QStringLiteral("noord.inbeeld"));
        auto written = exportTo(*m_rbl, QStringLiteral("SWV Passend Wijs"), file);
        QVERIFY2(written, qPrintable(written.message()));
        expectRefused(file, Error::Code::WrongKey, QStringLiteral("not made for us"));
        // Noord itself opens it.
        pin(*noord, *m_rbl);
        QVERIFY(PackageReader(*noord).open(file, Now));
    }

    void refusesAStoreFileAsNotAPackage()
    {
        // A backup of a store ends in .inbeeld as well: opening one as a package says what it is.
        const QString backup = path(QStringLiteral("backup.inbeeld"));
        QVERIFY(m_rbl->backupTo(backup));
        expectRefused(backup, Error::Code::UnknownFormat, QStringLiteral("Restore from backup"));
    }

    void refusesAnUnknownSender()
    {
        auto west = newStore(Role::Rbl, QStringLiteral("RBL West"));
        QVERIFY(west);
        pin(*west, *m_swv);
        importOurList(*west);
        decideStanding(*west);
        const QString file = path(QStringLiteral("west.inbeeld"));
        auto written = exportTo(*west, QStringLiteral("SWV De Verbinding"), file);
        QVERIFY2(written, qPrintable(written.message()));
        expectRefused(file, Error::Code::NotTrusted, QStringLiteral("none of our partners"));
    }

    void refusesAFieldTheAgreementDoesNotAllow()
    {
        // A package signed by the RBL whose manifest and records carry the absence reason for an
        // absoluut child: the agreement allows that field only for langdurig.
        CaseRecord child = sharingChild(5, QStringLiteral("absoluut"));
        const QMap<QString, QStringList> fields {
            {QStringLiteral("absoluut"), {QStringLiteral("bsn"), QStringLiteral("absence_reason")}}};
        const QByteArray records = PackageRecords::toJson({child}, fields);
        const Identity rbl = Identity::load(*m_rbl).takeValue();
        const Identity swv = Identity::load(*m_swv).takeValue();
        PackageManifest m;
        m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.senderFingerprint = rbl.fingerprint();
        m.recipientFingerprint = swv.fingerprint();
        m.agreementId = m_rbl->organisation().agreementId;
        m.quarter = Quarter;
        m.createdAt = Now;
        m.sequence = 1;
        m.fields = fields;
        m.files = {PackageFile {QStringLiteral("records.json"), records.size(),
                                QCryptographicHash::hash(records, QCryptographicHash::Sha256)}};
        auto inner = ZipBytes::write(
            {{PackageSeal::ManifestName, m.toJson()}, {QStringLiteral("records.json"), records}}, true);
        QVERIFY(inner);
        auto sealed = PackageSeal::seal(inner.value(), m.trustedComment(), rbl, {swv.encryptionPublicKey()});
        QVERIFY2(sealed, qPrintable(sealed.message()));
        const QString file = path(QStringLiteral("extra.inbeeld"));
        QVERIFY(writeBytes(file, sealed.value()));
        expectRefused(file, Error::Code::SharingNotAllowed, QStringLiteral("absence_reason"));
    }

    void debianToolsVerifyAndDecrypt()
    {
        const QString minisign = findTool(QStringLiteral("minisign"));
        const QString age = findTool(QStringLiteral("age"));
        if (minisign.isEmpty() || age.isEmpty())
            QSKIP("minisign or age is not installed (packaging/debian/install-deps.sh installs them)");
        decideStanding(*m_rbl);
        const QString file = rblPackage(QStringLiteral("q3.inbeeld"));
        QVERIFY(!file.isEmpty());
        const Identity rbl = Identity::load(*m_rbl).takeValue();
        const Identity swv = Identity::load(*m_swv).takeValue();
        const QString pub = path(QStringLiteral("rbl.pub"));
        QVERIFY(writeBytes(pub, Minisign::publicKeyFile(rbl.minisignKey())));
        const QString key = path(QStringLiteral("swv-age.txt"));
        const SecretBytes identity = AgeKeys::identityFile(swv.encryptionSecretKey(), Now);
        QVERIFY(writeBytes(key, QByteArray(identity.chars(), qsizetype(identity.size()))));

        // Outer layer: the encrypted payload and its signature.
        const auto outer = ZipBytes::read(bytes(file));
        QVERIFY(outer);
        for (const ZipEntry& e : outer.value())
            QVERIFY(writeBytes(path(e.name), e.data));
        ToolRun run = runTool(minisign,
                              {QStringLiteral("-V"), QStringLiteral("-p"), pub, QStringLiteral("-m"),
                               path(QStringLiteral("payload.age"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.out.contains("inbeeld-package id="));
        const QString sealed = path(QStringLiteral("sealed.zip"));
        run = runTool(age,
                      {QStringLiteral("-d"), QStringLiteral("-i"), key, QStringLiteral("-o"), sealed,
                       path(QStringLiteral("payload.age"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        // Inner layer: the container and its signature.
        const auto inner = ZipBytes::read(bytes(sealed));
        QVERIFY(inner);
        for (const ZipEntry& e : inner.value())
            QVERIFY(writeBytes(path(e.name), e.data));
        run = runTool(minisign,
                      {QStringLiteral("-V"), QStringLiteral("-p"), pub, QStringLiteral("-m"),
                       path(QStringLiteral("package.zip"))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const auto files = ZipBytes::read(bytes(path(QStringLiteral("package.zip"))));
        QVERIFY(files);
        QCOMPARE(files.value().first().name, QStringLiteral("manifest.json"));
        QVERIFY(
            ZipBytes::find(files.value(), QStringLiteral("records.json"))->data.contains(fictitiousBsn(1).toUtf8()));
    }
};

INBEELD_TEST_MAIN(TestPackage)
#include "tst_package.moc"
