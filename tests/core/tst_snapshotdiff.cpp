#include "core/importing/Importer.h"
#include "core/importing/SnapshotDiff.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

CaseRecord child(int n, const QString& category = QStringLiteral("langdurig"))
{
    CaseRecord r;
    r.line = n + 2;
    r.category = category;
    r.bsn = fictitiousBsn(n);
    r.firstNames = QStringLiteral("Kind");
    r.surname = QStringLiteral("Nummer%1").arg(n);
    r.nameKey = QStringLiteral("nummer%1|k").arg(n);
    r.birthDate = QDate(2012, 1, 1).addDays(n);
    r.lastSchool = QStringLiteral("Rijnpoort College");
    r.absenceStart = QDate(2026, 6, 1);
    return r;
}

} // namespace

/// What changed between two lists of the same source.
class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void addedRemovedChanged()
    {
        const QList<CaseRecord> before = {child(0), child(1), child(2), child(3), child(4)};
        CaseRecord school = child(1);
        school.lastSchool = QStringLiteral("Betuwe Lyceum");
        CaseRecord category = child(2, QStringLiteral("vrijstelling_5a"));
        CaseRecord start = child(3);
        start.absenceStart = QDate(2026, 6, 22);
        const QList<CaseRecord> after = {child(0), school, category, start, child(5)};

        const SnapshotDiff d = SnapshotDiff::compare(before, after);
        QCOMPARE(d.added, 1);
        QCOMPARE(d.removed, 1);
        QCOMPARE(d.changed, 3);
        QCOMPARE(d.unchanged, 1);
        QCOMPARE(d.items.size(), 5);
        QCOMPARE(d.items[0].kind, SnapshotDiffItem::Kind::Added);
        QCOMPARE(d.items[0].after->bsn, fictitiousBsn(5));
        QCOMPARE(d.items[1].kind, SnapshotDiffItem::Kind::Removed);
        QCOMPARE(d.items[1].before->bsn, fictitiousBsn(4));
        QCOMPARE(d.items[2].changedFields, QStringList {QStringLiteral("last_school")});
        QCOMPARE(SnapshotDiff::fieldValue(*d.items[2].before, QStringLiteral("last_school")),
                 QStringLiteral("Rijnpoort College"));
        QCOMPARE(SnapshotDiff::fieldValue(*d.items[2].after, QStringLiteral("last_school")),
                 QStringLiteral("Betuwe Lyceum"));
        QCOMPARE(d.items[3].changedFields, QStringList {QStringLiteral("category")});
        QCOMPARE(d.items[4].changedFields, QStringList {QStringLiteral("absence_start")});
        QCOMPARE(SnapshotDiff::fieldValue(*d.items[4].after, QStringLiteral("absence_start")),
                 QStringLiteral("2026-06-22"));
    }

    void childWithoutNumberIsMatchedByNameAndBirthDate()
    {
        CaseRecord noNumber = child(0);
        noNumber.bsn.clear();
        const SnapshotDiff gained = SnapshotDiff::compare({noNumber}, {child(0)});
        QCOMPARE(gained.added, 0);
        QCOMPARE(gained.removed, 0);
        QCOMPARE(gained.changed, 1);
        QCOMPARE(gained.items[0].changedFields, QStringList {QStringLiteral("bsn")});

        const SnapshotDiff same = SnapshotDiff::compare({noNumber}, {noNumber});
        QCOMPARE(same.unchanged, 1);
        QVERIFY(same.items.isEmpty());

        // Two different numbers are two children, even with the same name and date of birth.
        CaseRecord twin = child(0);
        twin.bsn = fictitiousBsn(9);
        const SnapshotDiff twins = SnapshotDiff::compare({child(0)}, {twin});
        QCOMPARE(twins.added, 1);
        QCOMPARE(twins.removed, 1);
    }

    void childInTwoCategories()
    {
        const SnapshotDiff d = SnapshotDiff::compare({child(0), child(0, QStringLiteral("absoluut"))}, {child(0)});
        QCOMPARE(d.changed, 1);
        QCOMPARE(d.items[0].changedFields, QStringList {QStringLiteral("category")});
    }

    void comparesWithThePreviousListOfTheSameSource()
    {
        QTemporaryDir dir;
        auto store = createTestStore(dir.filePath(QStringLiteral("d.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(store);
        const QString header = QStringLiteral("BSN;Naam;Geboortedatum;School;Categorie");
        const auto row = [](int n, const QString& school) {
            return QStringLiteral("%1;Kind Nummer%2;1-1-2012;%3;LRV").arg(fictitiousBsn(n)).arg(n).arg(school);
        };
        const QString q3 = dir.filePath(QStringLiteral("q3.csv"));
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        const QString q4 = dir.filePath(QStringLiteral("q4.csv"));
        QVERIFY(writeList(
            q3, {header, row(0, QStringLiteral("A")), row(1, QStringLiteral("A")), row(2, QStringLiteral("A"))}));
        QVERIFY(writeList(other, {header, row(7, QStringLiteral("A"))}));
        QVERIFY(writeList(
            q4, {header, row(0, QStringLiteral("A")), row(1, QStringLiteral("B")), row(3, QStringLiteral("A"))}));

        ImportOptions liemers;
        liemers.side = SnapshotSide::Theirs;
        liemers.sourceName = QStringLiteral("SWV De Liemers");
        ImportOptions verbinding = liemers;
        verbinding.sourceName = QStringLiteral("SWV De Verbinding");
        Importer importer(*store);
        const auto first = importer.run(q3, liemers);
        QVERIFY(first);
        QVERIFY(importer.run(other, verbinding));
        const auto second = importer.run(q4, liemers);
        QVERIFY(second);

        const auto initial = SnapshotDiff::compareWithPrevious(*store, first.value().snapshotId);
        QVERIFY(initial);
        QVERIFY(!initial.value().previous);
        QCOMPARE(initial.value().added, 3);

        const auto d = SnapshotDiff::compareWithPrevious(*store, second.value().snapshotId);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().previous->id, first.value().snapshotId);
        QCOMPARE(d.value().added, 1);
        QCOMPARE(d.value().removed, 1);
        QCOMPARE(d.value().changed, 1);
        QCOMPARE(d.value().unchanged, 1);
        QVERIFY(d.value().summary().startsWith(QStringLiteral("Since list %1 of ").arg(first.value().snapshotId)));
        QVERIFY(!SnapshotDiff::compareWithPrevious(*store, 42));
    }
};

INBEELD_TEST_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
