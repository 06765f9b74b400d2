#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/Retention.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/matching/ChildNotes.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Snapshots.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

qint64 countOf(Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

const RetentionCount& countFor(const RetentionStatus& s, const QString& rule)
{
    for (const RetentionCount& c : s.counts) {
        if (c.rule == rule)
            return c;
    }
    static RetentionCount none;
    return none;
}

} // namespace

/// The retention rules, each with a fake clock (the date passed in), the legal hold, and that a
/// purge leaves nothing of the child in the store file.
class TestRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    LifecycleLists m_lists;
    const QDate m_today = QDate::currentDate();

private slots:
    void init()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("r.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        m_lists = importLifecycleLists(*m_store, m_dir);
        QVERIFY(m_lists.ours > 0 && m_lists.theirs > 0);
    }

    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("r.inbeeld")));
    }

    void defaultsComeFromTheProfileWithReasons()
    {
        auto rules = RetentionRules(*m_store).rules();
        QVERIFY(rules);
        QCOMPARE(rules.value().size(), 4);
        QHash<QString, int> months;
        for (const EffectiveRetentionRule& e : std::as_const(rules.value())) {
            months.insert(e.rule.id, e.rule.months);
            QVERIFY(!e.rule.reason.isEmpty());
        }
        QCOMPARE(months.value(QStringLiteral("closed_child")), 12);
        QCOMPARE(months.value(QStringLiteral("superseded_list")), 12);
        QCOMPARE(months.value(QStringLiteral("rejected_rows")), 3);
        QCOMPARE(months.value(QStringLiteral("decisions")), 60);
        QVERIFY(RetentionRules(*m_store).note().value().contains(QStringLiteral("bevestigen")));
        QCOMPARE(Retention(*m_store).status(m_today).value().totalItems(), 0);
    }

    void closedChildIsDueTwelveMonthsAfterClosing()
    {
        const QDate closedOn(2026, 3, 15);
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, closedOn));
        Retention retention(*m_store);
        auto before = retention.status(closedOn.addMonths(12).addDays(-1));
        QCOMPARE(countFor(before.value(), QStringLiteral("closed_child")).items, 0);
        QCOMPARE(before.value().nextDue, closedOn.addMonths(12));
        auto due = retention.status(closedOn.addMonths(12));
        QCOMPARE(countFor(due.value(), QStringLiteral("closed_child")).items, 1);
        QVERIFY(!Retention::dueMessage(due.value(), closedOn.addMonths(12)).isEmpty());
    }

    void aStoppedPurgeRemovesNothing()
    {
        const QDate closedOn(2026, 3, 15);
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, closedOn));
        Retention retention(*m_store);
        const QDate later = closedOn.addMonths(13);
        QList<std::pair<qint64, qint64>> reports;
        auto stopped = retention.purge(later, [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return false;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.code(), Error::Code::Cancelled);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            1);
        QVERIFY(Closures(*m_store).get(bsnKey(2)).value());
        QVERIFY(!auditText(*m_store).contains(QStringLiteral("retention.purged")));

        // Let through, it reports every step up to the commit point and removes the child.
        reports.clear();
        auto purged = retention.purge(later, [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
        QVERIFY2(purged, qPrintable(purged.message()));
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.constLast().first, reports.constLast().second);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            0);
    }

    void holdStopsPurgingUntilReleased()
    {
        const QDate closedOn(2026, 3, 15);
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::Deceased, closedOn));
        QVERIFY(ChildFlags(*m_store).set(bsnKey(2), ChildFlag::Kind::Hold, QStringLiteral("klacht")));
        Retention retention(*m_store);
        const QDate later = closedOn.addMonths(24);
        auto held = retention.status(later);
        QCOMPARE(countFor(held.value(), QStringLiteral("closed_child")).items, 0);
        QCOMPARE(held.value().heldChildren, 1);
        QCOMPARE(countFor(retention.purge(later).value(), QStringLiteral("closed_child")).items, 0);
        QVERIFY(!retention.purgeChild(bsnKey(2), QStringLiteral("test")));
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            1);
        QVERIFY(ChildFlags(*m_store).lift(bsnKey(2), ChildFlag::Kind::Hold));
        QCOMPARE(countFor(retention.status(later).value(), QStringLiteral("closed_child")).items, 1);
    }

    void supersededListIsPurgedTwelveMonthsAfterTheNewerOne()
    {
        const qint64 newer
            = importLines(*m_store, m_dir,
                          {lifecycleHeader(),
                           lifecycleRow(fictitiousBsn(0), QStringLiteral("Daan de Vries"), QStringLiteral("3-4-2012"))},
                          SnapshotSide::Ours, QStringLiteral("ours2.csv"));
        QVERIFY(newer > 0);
        Retention retention(*m_store);
        QCOMPARE(countFor(retention.status(m_today.addMonths(11)).value(), QStringLiteral("superseded_list")).items, 0);
        auto purged = retention.purge(m_today.addMonths(12));
        QVERIFY2(purged, qPrintable(purged.message()));
        QCOMPARE(countFor(purged.value(), QStringLiteral("superseded_list")).items, 1);
        QVERIFY(!Snapshots::get(*m_store, m_lists.ours));
        QVERIFY(Snapshots::get(*m_store, newer));
        QVERIFY(Snapshots::get(*m_store, m_lists.theirs));
        // Daan lives on in the newer list; Sem and Emma of our old list are gone.
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(0))),
            2);
        QCOMPARE(
            countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM records WHERE bsn = '%1'").arg(fictitiousBsn(2))),
            0);
        const QString audit = auditText(*m_store);
        QVERIFY(audit.contains(QStringLiteral("retention.purged")));
        QVERIFY(audit.contains(QStringLiteral("superseded_list=1/")));
    }

    void rejectedRowsArePurgedThreeMonthsAfterTheImport()
    {
        const qint64 withErrors = importLines(
            *m_store, m_dir,
            {lifecycleHeader(), lifecycleRow(fictitiousBsn(5), QStringLiteral("Noor Smit"), QStringLiteral("1-2-2012")),
             lifecycleRow(failingBsn(6), QStringLiteral("Lotte Visser"), QStringLiteral("2-3-2012"))},
            SnapshotSide::Theirs, QStringLiteral("errors.csv"));
        QVERIFY(withErrors > 0);
        QVERIFY(countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM rejected_rows")) > 0);
        Retention retention(*m_store);
        QCOMPARE(
            countFor(retention.status(m_today.addMonths(3).addDays(-1)).value(), QStringLiteral("rejected_rows")).items,
            0);
        auto purged = retention.purge(m_today.addMonths(3));
        QVERIFY(purged);
        QVERIFY(countFor(purged.value(), QStringLiteral("rejected_rows")).items >= 1);
        QCOMPARE(countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM rejected_rows")), 0);
        QVERIFY(Snapshots::get(*m_store, withErrors)); // the list itself stays
    }

    void endedDecisionsArePurgedAfterFiveYears()
    {
        const QDateTime at(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
        auto d = DecisionStore(*m_store).record(decisionFor(1, QStringLiteral("swv-de-liemers"), at));
        QVERIFY(d);
        QVERIFY(DecisionStore(*m_store).withdraw(d.value().id, QStringLiteral("klaar"), at));
        Retention retention(*m_store);
        QCOMPARE(
            countFor(retention.status(at.date().addMonths(60).addDays(-1)).value(), QStringLiteral("decisions")).items,
            0);
        QVERIFY(retention.purge(at.date().addMonths(60)));
        QCOMPARE(countOf(*m_store, QStringLiteral("SELECT COUNT(*) FROM share_decisions")), 0);
    }

    void organisationChangesAPeriodWithAReason()
    {
        RetentionRules rules(*m_store);
        QVERIFY(!rules.set(QStringLiteral("closed_child"), 6, QString()));
        QVERIFY(rules.set(QStringLiteral("closed_child"), 6, QStringLiteral("besluit FG 2026-11")));
        QCOMPARE(rules.months(QStringLiteral("closed_child")).value(), 6);
        QVERIFY(
            auditText(*m_store).contains(QStringLiteral("retention.rule_changed rule=closed_child months=6 was=12")));
        const QDate closedOn(2026, 3, 15);
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::MovedOut, closedOn));
        QCOMPARE(
            countFor(Retention(*m_store).status(closedOn.addMonths(6)).value(), QStringLiteral("closed_child")).items,
            1);
    }

    void purgeLeavesNothingOfTheChildInTheFile()
    {
        const QString bsn = fictitiousBsn(2);
        QVERIFY(ChildNotes::save(*m_store, bsnKey(2), QStringLiteral("Bakker belde terug"), QStringLiteral("t")));
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, QDate(2026, 3, 15),
                                         QStringLiteral("Sem Bakker is terug")));
        auto purged = Retention(*m_store).purge(QDate(2027, 3, 15));
        QVERIFY2(purged, qPrintable(purged.message()));
        QCOMPARE(countFor(purged.value(), QStringLiteral("closed_child")).items, 1);
        QVERIFY(!Closures(*m_store).get(bsnKey(2)).value());
        QCOMPARE(countOf(*m_store, QStringLiteral("PRAGMA secure_delete")), 1);
        QCOMPARE(countOf(*m_store, QStringLiteral("PRAGMA freelist_count")), 0); // VACUUM left no free pages
        QVERIFY(!auditText(*m_store).contains(bsn));

        // Decrypt a copy of the whole file (inside the test only) and search its bytes.
        const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
        {
            QFile empty(plain); // the store's connection opens files without creating them
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS plaintext KEY ''").arg(plain)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT sqlcipher_export('plaintext')")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("DETACH DATABASE plaintext")), qPrintable(q.lastError().text()));
        const QByteArray bytes = readFile(plain);
        QFile::remove(plain);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains(fictitiousBsn(0).toUtf8())); // the others are still there
        QVERIFY(!bytes.contains(bsn.toUtf8()));
        QVERIFY(!bytes.contains("Bakker"));
    }

    void deletesAWronglyImportedList()
    {
        auto removed = Retention(*m_store).deleteList(m_lists.theirs);
        QVERIFY2(removed, qPrintable(removed.message()));
        QCOMPARE(removed.value().records, 3);
        QVERIFY(!Snapshots::get(*m_store, m_lists.theirs));
        QVERIFY(
            auditText(*m_store).contains(QStringLiteral("snapshot.deleted snapshot=%1 records=3").arg(m_lists.theirs)));
        QVERIFY(!Retention(*m_store).deleteList(m_lists.theirs));
    }
};

INBEELD_TEST_MAIN(TestRetention)
#include "tst_retention.moc"
