#include "core/exchange/AreaSettings.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/lifecycle/AccessExport.h"
#include "core/lifecycle/BreachReport.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/SubjectRequests.h"
#include "core/lifecycle/SubjectRights.h"
#include "core/matching/ChildNotes.h"
#include "core/matching/ComparisonService.h"
#include "core/sharing/DecisionStore.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QDateTime Now = QDateTime::currentDateTimeUtc();

qint64 countOf(Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

/// Data-subject requests: the access export, rectification, erasure under the public task, the
/// request register, and the breach report after exchanges.
class TestSubjectRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_swv;
    LifecycleLists m_lists;
    Partner m_partner;

    // A quarterly package and a case package about Emma (bsn 1) sent to the SWV.
    void exchange()
    {
        m_swv = createTestStore(m_dir.filePath(QStringLiteral("swv.inbeeld")), QStringLiteral("zeven groene kikkers"),
                                testOrganisation(Role::Swv, QStringLiteral("SWV De Liemers")));
        QVERIFY(m_swv);
        const IdentityCard card = Identity::load(*m_swv).value().card(m_swv->organisation());
        auto partner = PartnerTrust(*m_store).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY2(partner, qPrintable(partner.message()));
        m_partner = partner.value();
        QVERIFY(DecisionStore(*m_store).recordStanding(builtInAgreement(), Role::Rbl, Now));
        // The area rule: the children's school belongs to De Liemers, so the quarterly package holds them.
        QVERIFY(AreaSettings(*m_store).addSchool(
            builtInAgreement(), {0, QStringLiteral("Rijnpoort College"), QString(), QStringLiteral("swv-de-liemers")}));
        auto quarterly = PackageWriter(*m_store).writeQuarterly(m_partner, QString(),
                                                                m_dir.filePath(QStringLiteral("q.inbeeld")), Now);
        QVERIFY2(quarterly, qPrintable(quarterly.message()));
        auto decision = DecisionStore(*m_store).record(decisionFor(1, QStringLiteral("swv-de-liemers"), Now));
        QVERIFY2(decision, qPrintable(decision.message()));
        auto casePackage
            = PackageWriter(*m_store).write({m_partner, PackageKind::Case, QString(), fictitiousBsn(1), {}, {}},
                                            m_dir.filePath(QStringLiteral("c.inbeeld")), Now);
        QVERIFY2(casePackage, qPrintable(casePackage.message()));
    }

private slots:
    void init()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("s.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        m_lists = importLifecycleLists(*m_store, m_dir);
        QVERIFY(m_lists.ours > 0 && m_lists.theirs > 0);
    }

    void cleanup()
    {
        m_store.reset();
        m_swv.reset();
        for (const char* f : {"s.inbeeld", "swv.inbeeld", "q.inbeeld", "c.inbeeld"})
            QFile::remove(m_dir.filePath(QLatin1String(f)));
    }

    void accessExportHoldsEverything()
    {
        exchange();
        auto c = ComparisonService::compare(*m_store);
        QVERIFY(c);
        for (const ComparisonItem& item : c.value().items()) {
            const CaseRecord* ours = c.value().ours(item);
            if (ours && ours->bsn == fictitiousBsn(1))
                QVERIFY(ComparisonService::recordViewed(*m_store, c.value(), item));
        }
        QVERIFY(ChildNotes::save(*m_store, bsnKey(1), QStringLiteral("moeder belt terug"), QStringLiteral("t")));
        QVERIFY(SubjectRights(*m_store).rectify(bsnKey(1), QStringLiteral("last_school"), QStringLiteral("Het Baken"),
                                                QStringLiteral("verzoek 1")));
        QVERIFY(ChildFlags(*m_store).set(bsnKey(1), ChildFlag::Kind::Restriction, QStringLiteral("verzoek 1")));

        auto access = AccessExport::build(*m_store, bsnKey(1));
        QVERIFY2(access, qPrintable(access.message()));
        const QJsonObject a = access.value();
        for (const char* key : {"subject", "records", "notes", "decisions", "shared", "received", "views", "closure",
                                "restriction", "explanation"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        const QJsonObject e = a.value(QStringLiteral("explanation")).toObject();
        for (const char* key : {"purposes", "legal_ground", "data_categories", "recipients", "retention", "sources",
                                "rights", "complaint", "automated_decisions"})
            QVERIFY2(e.contains(QLatin1String(key)) && !e.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(a.value(QStringLiteral("subject")).toObject().value(QStringLiteral("bsn")).toString(),
                 fictitiousBsn(1));
        // Ours (with BSN) and theirs (Emma without a BSN, same name and birth date).
        QSet<QString> sides;
        for (const QJsonValue& r : a.value(QStringLiteral("records")).toArray()) {
            sides.insert(r.toObject().value(QStringLiteral("side")).toString());
            QVERIFY(!r.toObject().value(QStringLiteral("source")).toString().isEmpty());
            QVERIFY(!r.toObject().value(QStringLiteral("peildatum")).toString().isEmpty());
        }
        QCOMPARE(sides, (QSet<QString> {QStringLiteral("ours"), QStringLiteral("theirs")}));
        QCOMPARE(a.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(a.value(QStringLiteral("decisions")).toArray().size(), 1);
        QSet<QString> kinds;
        for (const QJsonValue& p : a.value(QStringLiteral("shared")).toArray()) {
            kinds.insert(p.toObject().value(QStringLiteral("kind")).toString());
            QCOMPARE(p.toObject().value(QStringLiteral("recipient")).toString(), QStringLiteral("SWV De Liemers"));
            QVERIFY(!p.toObject().value(QStringLiteral("sent_at")).toString().isEmpty());
            QVERIFY(!p.toObject().value(QStringLiteral("fields")).toObject().isEmpty());
        }
        QCOMPARE(kinds, (QSet<QString> {QStringLiteral("case"), QStringLiteral("quarterly")}));
        QCOMPARE(a.value(QStringLiteral("views")).toArray().size(), 1);
        QVERIFY(a.value(QStringLiteral("restriction")).isObject());
        QVERIFY(a.value(QStringLiteral("closure")).isNull());
        QVERIFY(!auditText(*m_store).contains(fictitiousBsn(1)));
    }

    void rectificationIsUsedByTheComparison()
    {
        auto r = SubjectRights(*m_store).rectify(bsnKey(0), QStringLiteral("last_school"), QStringLiteral("Het Baken"),
                                                 QStringLiteral("verzoek van de ouders"));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value().oldValue, QStringLiteral("Rijnpoort College"));
        auto c = ComparisonService::compare(*m_store);
        QVERIFY(c);
        bool seen = false;
        for (const ComparisonItem& item : c.value().items()) {
            const CaseRecord* ours = c.value().ours(item);
            if (ours && ours->bsn == fictitiousBsn(0)) {
                QCOMPARE(ours->lastSchool, QStringLiteral("Het Baken"));
                QCOMPARE(item.outcome, ComparisonOutcome::Differs);
                seen = true;
            }
        }
        QVERIFY(seen);
        QCOMPARE(SubjectRights(*m_store).rectifications(bsnKey(0)).value().size(), 1);
        // A partner's child is not ours to correct.
        QVERIFY(!SubjectRights(*m_store).rectify(bsnKey(3), QStringLiteral("last_school"), QStringLiteral("X"),
                                                 QStringLiteral("verzoek")));
    }

    void erasureIsRefusedUnderThePublicTaskWithTheReason()
    {
        auto refused = SubjectRights(*m_store).erase(bsnKey(2), QStringLiteral("Kind is nog leerplichtig"), false);
        QVERIFY(refused);
        QVERIFY(!refused.value().granted);
        QVERIFY(refused.value().reasoning.contains(QStringLiteral("17(3)(b)")));
        QCOMPARE(countOf(*m_store,
                         QStringLiteral("SELECT COUNT(*) FROM subject_decisions WHERE granted = 0 AND "
                                        "reasoning LIKE 'Kind is nog leerplichtig%'")),
                 1);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            1);
        auto granted = SubjectRights(*m_store).erase(bsnKey(2), QStringLiteral("Onrechtmatig verwerkt"), true);
        QVERIFY2(granted, qPrintable(granted.message()));
        QCOMPARE(granted.value().recordsRemoved, 1);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            0);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM subject_decisions WHERE child_key IS NOT NULL")), 0);
    }

    void requestRegisterKeepsDeadlines()
    {
        SubjectRequests register_(*m_store);
        SubjectRequest r;
        r.type = QStringLiteral("access");
        r.childKey = bsnKey(1);
        r.receivedOn = QDate(2026, 11, 2);
        r.requester = QStringLiteral("parent");
        r.identityCheck = QStringLiteral("paspoort gezien aan de balie");
        QVERIFY(!register_.add(r)); // who verified is required
        r.verifiedBy = QStringLiteral("M. Jansen");
        auto added = register_.add(r);
        QVERIFY2(added, qPrintable(added.message()));
        QCOMPARE(added.value().deadline, QDate(2026, 12, 2));
        QCOMPARE(SubjectRequests::nearingDeadline(register_.list().value(), QDate(2026, 11, 20)).size(), 0);
        QCOMPARE(SubjectRequests::nearingDeadline(register_.list().value(), QDate(2026, 11, 26)).size(), 1);
        QVERIFY(!register_.extend(added.value().id, QString()));
        auto extended = register_.extend(added.value().id, QStringLiteral("veel lijsten te doorzoeken"));
        QVERIFY(extended);
        QCOMPARE(extended.value().deadline, QDate(2027, 2, 2));
        QVERIFY(!register_.extend(added.value().id, QStringLiteral("nog eens")));
        auto closed = register_.close(added.value().id, QStringLiteral("inzage verstuurd"));
        QVERIFY(closed);
        QCOMPARE(closed.value().status, QStringLiteral("done"));
        QCOMPARE(register_.list(true).value().size(), 0);
        QVERIFY(auditText(*m_store).contains(QStringLiteral("subject.request_added request=1 type=access")));
    }

    void breachReportListsWhatWasShared()
    {
        exchange();
        const QDate today = QDate::currentDate();
        auto report = BreachReport::build(*m_store, today.addDays(-1), today.addDays(1));
        QVERIFY2(report, qPrintable(report.message()));
        const QJsonArray shared = report.value().value(QStringLiteral("shared")).toArray();
        QCOMPARE(shared.size(), 2);
        qint64 records = 0;
        for (const QJsonValue& v : shared) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("recipient")).toString(), QStringLiteral("SWV De Liemers"));
            QVERIFY(!p.value(QStringLiteral("file_sha256")).toString().isEmpty());
            QVERIFY(!p.value(QStringLiteral("children")).toArray().isEmpty());
            records += p.value(QStringLiteral("records")).toInteger();
        }
        QCOMPARE(records, 4); // 3 in the quarterly package, 1 in the case package
        const QJsonObject totals = report.value().value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("packages_sent")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("children")).toInt(), 3);
        const QJsonObject ap = report.value().value(QStringLiteral("ap_notification")).toObject();
        QCOMPARE(ap.value(QStringLiteral("approximate_data_subjects")).toInt(), 3);
        QVERIFY(ap.value(QStringLiteral("measures_taken")).isNull()); // left open
        // Another partner: nothing.
        auto other = BreachReport::build(*m_store, today.addDays(-1), today.addDays(1), QStringLiteral("SWV Zuid"));
        QCOMPARE(other.value().value(QStringLiteral("shared")).toArray().size(), 0);
        QVERIFY(!auditText(*m_store).contains(fictitiousBsn(1)));
    }
};

INBEELD_TEST_MAIN(TestSubjectRights)
#include "tst_subjectrights.moc"
