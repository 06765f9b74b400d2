#include "core/exchange/AreaSettings.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/matching/ComparisonService.h"
#include "core/sharing/DecisionStore.h"
#include "core/sharing/ShareGuard.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QDateTime Now(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);

} // namespace

/// Ending the processing about a child: the four reasons, reopening, what the comparison shows,
/// and that packages and the share guard leave a closed or restricted child out.
class TestClosures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    LifecycleLists m_lists;

private slots:
    void init()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("c.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        m_lists = importLifecycleLists(*m_store, m_dir);
        QVERIFY(m_lists.ours > 0 && m_lists.theirs > 0);
    }

    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("c.inbeeld")));
    }

    void closesWithEachReason_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("school") << QStringLiteral("back_in_school") << QStringLiteral("back in school");
        QTest::newRow("sk") << QStringLiteral("startkwalificatie") << QStringLiteral("startkwalificatie obtained");
        QTest::newRow("moved") << QStringLiteral("moved_out") << QStringLiteral("moved out of the region");
        QTest::newRow("deceased") << QStringLiteral("deceased") << QStringLiteral("deceased");
    }

    void closesWithEachReason()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const auto reason = Closures::reasonFromCode(code);
        QVERIFY(reason);
        QCOMPARE(Closures::reasonName(*reason), name);
        Closures closures(*m_store);
        auto closed = closures.close(bsnKey(2), *reason, QDate(2026, 10, 1), QStringLiteral("gesprek met ouders"));
        QVERIFY2(closed, qPrintable(closed.message()));
        auto read = closures.get(bsnKey(2));
        QVERIFY(read && read.value());
        QCOMPARE(read.value()->reason, *reason);
        QCOMPARE(read.value()->closedOn, QDate(2026, 10, 1));
        QCOMPARE(read.value()->note, QStringLiteral("gesprek met ouders"));
        const QString audit = auditText(*m_store);
        QVERIFY(audit.contains(QStringLiteral("case.closed")));
        QVERIFY(audit.contains(QStringLiteral("reason=") + code));
        QVERIFY(!audit.contains(fictitiousBsn(2)));
    }

    void refusesASpecialCategoryNote()
    {
        auto refused = Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, QDate(2026, 10, 1),
                                                QStringLiteral("opgenomen in psychiatrische kliniek"));
        QVERIFY(!refused);
        QCOMPARE(refused.code(), Error::Code::InvalidInput);
        QVERIFY(!Closures(*m_store).get(bsnKey(2)).value());
    }

    void reopensAndAudits()
    {
        Closures closures(*m_store);
        QVERIFY(closures.close(bsnKey(1), ClosureReason::MovedOut, QDate(2026, 9, 1)));
        QVERIFY(closures.reopen(bsnKey(1)));
        QVERIFY(!closures.get(bsnKey(1)).value());
        QVERIFY(auditText(*m_store).contains(QStringLiteral("case.reopened")));
        QVERIFY(!closures.reopen(bsnKey(1)));
    }

    void comparisonMarksClosedChildren()
    {
        Closures closures(*m_store);
        QVERIFY(closures.close(bsnKey(2), ClosureReason::BackInSchool, QDate(2026, 10, 1)));
        QVERIFY(closures.close(bsnKey(0), ClosureReason::Startkwalificatie, QDate(2026, 10, 1)));
        auto c = ComparisonService::compare(*m_store);
        QVERIFY(c);
        const auto all = closures.all().value();
        int marked = 0;
        for (const ComparisonItem& item : c.value().items()) {
            const QString mark = Closures::comparisonMark(c.value(), item, all);
            const CaseRecord* ours = c.value().ours(item);
            const QString bsn = ours ? ours->bsn : c.value().theirs(item)->bsn;
            if (bsn == fictitiousBsn(2)) {
                QCOMPARE(mark, QStringLiteral("closed: back in school"));
                ++marked;
            } else if (bsn == fictitiousBsn(0)) {
                QCOMPARE(mark,
                         QStringLiteral("closed: startkwalificatie obtained; the partner still lists this child"));
                ++marked;
            } else {
                QVERIFY(mark.isEmpty());
            }
        }
        QCOMPARE(marked, 2);
    }

    void shareGuardRefusesClosedAndRestrictedChildren()
    {
        auto decision = DecisionStore(*m_store).record(decisionFor(1, QStringLiteral("swv-de-liemers"), Now));
        QVERIFY2(decision, qPrintable(decision.message()));
        const ChildRef child = decision.value().child;
        const QStringList fields = decision.value().fields();
        QVERIFY(ShareGuard::require(*m_store, child, QStringLiteral("swv-de-liemers"), fields, Now));

        QVERIFY(Closures(*m_store).close(child.childKey, ClosureReason::BackInSchool, QDate(2026, 10, 1)));
        auto closed = ShareGuard::require(*m_store, child, QStringLiteral("swv-de-liemers"), fields, Now);
        QCOMPARE(closed.code(), Error::Code::SharingNotAllowed);
        QVERIFY(Closures(*m_store).reopen(child.childKey));

        QVERIFY(ChildFlags(*m_store).set(child.childKey, ChildFlag::Kind::Restriction, QStringLiteral("verzoek")));
        auto restricted = ShareGuard::require(*m_store, child, QStringLiteral("swv-de-liemers"), fields, Now);
        QCOMPARE(restricted.code(), Error::Code::SharingNotAllowed);
        QVERIFY(restricted.message().contains(QStringLiteral("restricted")));
        QVERIFY(ChildFlags(*m_store).lift(child.childKey, ChildFlag::Kind::Restriction));
        QVERIFY(ShareGuard::require(*m_store, child, QStringLiteral("swv-de-liemers"), fields, Now));
    }

    void quarterlyPackageLeavesClosedAndRestrictedOut()
    {
        auto swv
            = createTestStore(m_dir.filePath(QStringLiteral("swv.inbeeld")), QStringLiteral("zeven groene kikkers"),
                              testOrganisation(Role::Swv, QStringLiteral("SWV De Liemers")));
        QVERIFY(swv);
        const IdentityCard card = Identity::load(*swv).value().card(swv->organisation());
        auto partner = PartnerTrust(*m_store).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY2(partner, qPrintable(partner.message()));
        QVERIFY(DecisionStore(*m_store).recordStanding(builtInAgreement(), Role::Rbl, Now));
        // The area rule: the children's school belongs to De Liemers, so all three are its to receive.
        QVERIFY(AreaSettings(*m_store).addSchool(
            builtInAgreement(), {0, QStringLiteral("Rijnpoort College"), QString(), QStringLiteral("swv-de-liemers")}));
        QVERIFY(Closures(*m_store).close(bsnKey(0), ClosureReason::BackInSchool, QDate(2026, 10, 1)));
        QVERIFY(ChildFlags(*m_store).set(bsnKey(1), ChildFlag::Kind::Restriction, QStringLiteral("verzoek")));

        const QString file = m_dir.filePath(QStringLiteral("q.inbeeld"));
        auto written = PackageWriter(*m_store).writeQuarterly(partner.value(), QStringLiteral("2026Q4"), file, Now);
        QVERIFY2(written, qPrintable(written.message()));
        qint64 sent = 0;
        for (qint64 n : written.value().counts)
            sent += n;
        QCOMPARE(sent, 1); // only Sem
        auto plan = PackageWriter(*m_store).plan(
            {partner.value(), PackageKind::Quarterly, QStringLiteral("2026Q4"), {}, {}, {}}, Now);
        QVERIFY(plan);
        QCOMPARE(plan.value().leftOutClosed, 1);
        QCOMPARE(plan.value().leftOutRestricted, 1);
        // The Inspectie counts keep them.
        qint64 counted = 0;
        for (qint64 n : plan.value().inspectie.categories)
            counted += n;
        QCOMPARE(counted, 3);
        swv.reset();
    }
};

INBEELD_TEST_MAIN(TestClosures)
#include "tst_closures.moc"
