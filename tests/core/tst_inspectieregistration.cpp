// The Inspectie's quarterly registration: cumulative anonymised rows per school year, stable
// pseudonymous ids, ends, partner-only children, closures, survival of list purges and its own
// retention.

#include "core/reporting/InspectieRegistration.h"
#include "tests/core/RegistrationFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const Quarter Q3 {2026, 3};
const Quarter Q4 {2026, 4};

class FakeClosures : public ClosureLookup
{
public:
    QHash<QString, RegistrationEnding> map;
    QHash<QString, RegistrationEnding> closures() const override { return map; }
};

const RegistrationRow* rowWithId(const QuarterRegistration& q, const QString& id)
{
    for (const RegistrationRow& r : q.rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestInspectieRegistration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Store> newStore()
    {
        return createTestStore(m_dir.filePath(QStringLiteral("s%1.ibstore").arg(++m_n)),
                               QStringLiteral("pw-registratie"),
                               testOrganisation(Role::Swv, QStringLiteral("SWV Test")));
    }

private slots:
    void subgroupBoundaries_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("subgroup");
        const QDate peil(2026, 9, 30);
        QTest::newRow("27 days") << "langdurig" << peil.addDays(-27) << "langdurig_lt_4w";
        QTest::newRow("exactly 28 days") << "langdurig" << peil.addDays(-28) << "langdurig_4w_3m";
        QTest::newRow("exactly 3 months") << "langdurig" << peil.addMonths(-3) << "langdurig_4w_3m";
        QTest::newRow("3 months and a day") << "langdurig" << peil.addMonths(-3).addDays(-1) << "langdurig_gt_3m";
        QTest::newRow("start unknown") << "langdurig" << QDate() << "langdurig_start_unknown";
        QTest::newRow("start after peildatum") << "langdurig" << peil.addDays(1) << "langdurig_start_unknown";
        QTest::newRow("absoluut") << "absoluut" << QDate() << "absoluut";
        QTest::newRow("vrijstelling") << "vrijstelling_5a" << peil.addYears(-1) << "vrijstelling_5a";
    }
    void subgroupBoundaries()
    {
        QFETCH(QString, category);
        QFETCH(QDate, start);
        QFETCH(QString, subgroup);
        QCOMPARE(InspectieRegistration::subgroupOf(category, start, QDate(2026, 9, 30)), subgroup);
    }

    void quarterAndSchoolYearBoundaries()
    {
        QCOMPARE(Quarter::parse(QStringLiteral("2026Q3"))->lastDay(), QDate(2026, 9, 30));
        QCOMPARE(Quarter::parse(QStringLiteral("2026q1"))->firstDay(), QDate(2026, 1, 1));
        QVERIFY(!Quarter::parse(QStringLiteral("2026Q5")));
        QVERIFY(!Quarter::parse(QStringLiteral("26Q1")));
        QCOMPARE(Quarter::of(QDate(2026, 7, 1)).code(), QStringLiteral("2026Q3"));
        QCOMPARE(Quarter::of(QDate(2026, 6, 30)).code(), QStringLiteral("2026Q2"));
        QCOMPARE(Quarter::schoolYearOf(QDate(2026, 7, 31)), 2025);
        QCOMPARE(Quarter::schoolYearOf(QDate(2026, 8, 1)), 2026);
        QCOMPARE(Quarter::schoolYearText(2026), QStringLiteral("2026-2027"));

        auto store = newStore();
        InspectieRegistration reg(*store);
        // A quarter belongs to the school year of its peildatum: 2026Q3 on 31 July is 2025-2026.
        auto july = reg.build(Q3, QDate(2026, 7, 31));
        QVERIFY2(july.ok(), qPrintable(july.message()));
        QCOMPARE(july.value().schoolYear, 2025);
        auto september = reg.build(Q3);
        QVERIFY(september.ok());
        QCOMPARE(september.value().schoolYear, 2026);
        QCOMPARE(september.value().peildatum, QDate(2026, 9, 30));
        const auto outside = reg.build(Q3, QDate(2026, 10, 1));
        QVERIFY(!outside.ok());
        QCOMPARE(outside.code(), Error::Code::InvalidInput);
    }

    void cumulativeRowsKeepStableIds()
    {
        auto store = newStore();
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 15),
                          {registrationChild(0), registrationChild(1, QStringLiteral("absoluut")),
                           registrationChild(2, QStringLiteral("vrijstelling_5a"))}));
        // An older list of the same source in the quarter does not count: the newest per source does.
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 1), {registrationChild(9)}));
        // Partner lists are not ours.
        QVERIFY(
            storeList(*store, SnapshotSide::Theirs, QDate(2026, 9, 30), {registrationChild(8)}, QStringLiteral("SWV")));
        InspectieRegistration reg(*store);
        auto q3 = reg.build(Q3);
        QVERIFY2(q3.ok(), qPrintable(q3.message()));
        QCOMPARE(q3.value().rows.size(), 3);
        QCOMPARE(q3.value().lists, 1);
        QCOMPARE(q3.value().counts().value(QStringLiteral("langdurig_gt_3m")), 1);

        QVERIFY(
            storeList(*store, SnapshotSide::Ours, QDate(2026, 12, 31),
                      {registrationChild(0), registrationChild(1, QStringLiteral("absoluut")), registrationChild(3)}));
        auto q4 = reg.build(Q4);
        QVERIFY(q4.ok());
        QCOMPARE(q4.value().rows.size(), 4); // cumulative: child 2 stays, with its end
        for (const RegistrationRow& row : q3.value().rows)
            QVERIFY2(rowWithId(q4.value(), row.id), "an id changed between quarters of one school year");
        const RegistrationRow* ended = rowWithId(q4.value(), q3.value().rows.at(2).id);
        QVERIFY(ended);
        QVERIFY(!ended->active());
        QCOMPARE(ended->end, QDate(2026, 12, 31));
        QCOMPARE(ended->endReason, InspectieRegistration::NotOnNewerList);
        QCOMPARE(q4.value().counts().value(QStringLiteral("ended")), 1);
        QCOMPARE(q4.value().counts().value(QStringLiteral("active")), 3);
        // The earlier quarter stays as it was sent.
        auto reloaded = reg.load(Q3);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value().rows.size(), 3);
        QCOMPARE(reloaded.value().counts().value(QStringLiteral("active")), 3);
        auto trend = reg.quartersOf(2026);
        QVERIFY(trend.ok());
        QCOMPARE(trend.value().size(), 2);
        // A child who comes back is active again, with the same id.
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 12, 31),
                          {registrationChild(2, QStringLiteral("vrijstelling_5a"))}, QStringLiteral("Tweede bron")));
        auto again = reg.build(Q4);
        QVERIFY(rowWithId(again.value(), ended->id)->active());
    }

    void newSchoolYearGivesNewIds()
    {
        auto store = newStore();
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 6, 30), {registrationChild(0)}));
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0)}));
        InspectieRegistration reg(*store);
        auto q2 = reg.build(Quarter {2026, 2});
        auto q3 = reg.build(Q3);
        QVERIFY(q2.ok() && q3.ok());
        QCOMPARE(q2.value().schoolYear, 2025);
        QCOMPARE(q3.value().rows.size(), 1);
        QVERIFY(q2.value().rows.at(0).id != q3.value().rows.at(0).id);
        for (const QString& id : {q2.value().rows.at(0).id, q3.value().rows.at(0).id})
            QVERIFY(!id.contains(registrationChild(0).bsn));
        // Another store (another secret) gives the same child another id.
        auto other = newStore();
        QVERIFY(storeList(*other, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0)}));
        auto elsewhere = InspectieRegistration(*other).build(Q3);
        QVERIFY(elsewhere.value().rows.at(0).id != q3.value().rows.at(0).id);
    }

    void childAddedFromThePartnersList()
    {
        auto store = newStore();
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0)}));
        InspectieRegistration reg(*store);
        const CaseRecord partnerOnly = registrationChild(5, QStringLiteral("absoluut"));
        auto added = reg.addPartnerChild(partnerOnly, QDate(2026, 9, 30), QStringLiteral("Bevestigd met SWV"));
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(reg.addPartnerChild(partnerOnly, QDate(2026, 9, 30), {}).value(), added.value());
        auto q3 = reg.build(Q3);
        QCOMPARE(q3.value().rows.size(), 2);
        const RegistrationRow* row = rowWithId(q3.value(), added.value());
        QVERIFY(row);
        QCOMPARE(row->source, QStringLiteral("partner"));
        QCOMPARE(row->category, QStringLiteral("absoluut"));
        // Not on our newer list does not end a child we learned from the partner.
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 12, 31), {registrationChild(0)}));
        auto q4 = reg.build(Q4);
        QVERIFY(rowWithId(q4.value(), added.value())->active());
        QVERIFY(!reg.addPartnerChild(CaseRecord {}, QDate(2026, 9, 30), {}).ok());
    }

    void closuresGiveTheEndReason()
    {
        auto store = newStore();
        QVERIFY(
            storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0), registrationChild(1)}));
        FakeClosures closures;
        closures.map.insert(registrationChild(1).childKey(), {QDate(2026, 9, 20), QStringLiteral("back_in_school")});
        InspectieRegistration reg(*store, &closures);
        auto q3 = reg.build(Q3);
        QCOMPARE(q3.value().counts().value(QStringLiteral("ended")), 1);
        QCOMPARE(q3.value().rows.at(1).endReason, QStringLiteral("back_in_school"));
        QCOMPARE(q3.value().rows.at(1).end, QDate(2026, 9, 20));
        QCOMPARE(InspectieRegistration::endReasonName(QStringLiteral("back_in_school")),
                 QStringLiteral("Back in school"));
    }

    void survivesAPurgeOfTheLists()
    {
        auto store = newStore();
        QVERIFY(
            storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0), registrationChild(1)}));
        InspectieRegistration reg(*store);
        auto before = reg.build(Q3);
        QVERIFY(before.ok());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM records")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM snapshots")));
        auto after = reg.load(Q3);
        QVERIFY(after.ok());
        QCOMPARE(after.value().rows.size(), 2);
        QCOMPARE(after.value().rows.at(0).id, before.value().rows.at(0).id);
        // Building the next quarter without any list keeps everyone (nothing says they left).
        auto q4 = reg.build(Q4);
        QCOMPARE(q4.value().rows.size(), 2);
        QCOMPARE(q4.value().counts().value(QStringLiteral("active")), 2);
    }

    void purgedAfterItsOwnRetention()
    {
        auto store = newStore();
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), {registrationChild(0)}));
        InspectieRegistration reg(*store);
        QVERIFY(reg.build(Q3).ok());
        QCOMPARE(reg.retentionYears(), 5);
        // School year 2026-2027 ends 31 July 2027; kept five years after that.
        QCOMPARE(reg.purgeExpired(QDate(2032, 7, 31)).value(), 0);
        QVERIFY(reg.load(Q3).ok());
        QCOMPARE(reg.purgeExpired(QDate(2032, 8, 1)).value(), 1);
        QVERIFY(!reg.load(Q3).ok());
        QVERIFY(reg.builtQuarters().value().isEmpty());
        QVERIFY(reg.setRetentionYears(1).ok());
        QCOMPARE(reg.retentionYears(), 1);
        QVERIFY(!reg.setRetentionYears(0).ok());
    }
};

INBEELD_TEST_MAIN(TestInspectieRegistration)
#include "tst_inspectieregistration.moc"
