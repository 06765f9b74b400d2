#include "core/demo/DemoLists.h"
#include "core/demo/DemoStore.h"
#include "core/importing/ImportReport.h"
#include "core/importing/SnapshotDiff.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QTemporaryDir>

using namespace inbeeld;

/// The Quick start's demo organisation: a store with lists of both sides, imported by the real
/// importer from generated Windows-1252 CSV files.
class TestDemoStore : public QObject
{
    Q_OBJECT

private slots:
    void listsAreDeterministic()
    {
        const QDate peildatum(2026, 9, 30);
        QCOMPARE(DemoLists::ourList(peildatum), DemoLists::ourList(peildatum));
        QCOMPARE(DemoLists::theirList(peildatum), DemoLists::theirList(peildatum));
        QCOMPARE(DemoLists::defaultPeildatum(QDate(2026, 11, 24)), QDate(2026, 9, 30));
        QCOMPARE(DemoLists::defaultPeildatum(QDate(2026, 1, 5)), QDate(2025, 12, 31));
        // Windows-1252: "Ö" is one byte 0xD6, and there is no UTF-8 BOM.
        const QByteArray ours = DemoLists::ourList(peildatum);
        QVERIFY(!ours.startsWith("\xEF\xBB\xBF"));
        QVERIFY(ours.contains("\xD6zdemir"));
        QVERIFY(ours.contains("Peildatum: 30-9-2026"));
    }

    void demoStoreHasBothSides()
    {
        QTemporaryDir dir;
        const Result<QString> path = DemoStore::create(dir.path());
        QVERIFY2(path, qPrintable(path.message()));
        auto store = Store::open(path.value(), SecretBytes::fromUtf8(DemoStore::passphrase()));
        QVERIFY2(store, qPrintable(store.message()));
        QDir folder(dir.path());
        QVERIFY(folder.exists(DemoStore::ourListFileName()));
        QVERIFY(folder.exists(DemoStore::theirListFileName()));

        const auto snapshots = Snapshots::list(*store.value());
        QVERIFY(snapshots);
        QCOMPARE(snapshots.value().size(), 2);
        const SnapshotInfo ours = snapshots.value().at(0);
        const SnapshotInfo theirs = snapshots.value().at(1);
        QCOMPARE(ours.side, SnapshotSide::Ours);
        QCOMPARE(ours.sourceName, DemoStore::organisationName());
        QCOMPARE(ours.peildatum, DemoLists::defaultPeildatum());
        QCOMPARE(theirs.side, SnapshotSide::Theirs);
        QCOMPARE(theirs.sourceName, DemoLists::theirSourceName());

        // Scenario 2: two invalid BSNs rejected, one row without BSN kept with a warning.
        QCOMPARE(ours.rowsRead, 200);
        QCOMPARE(ours.rejected, 2);
        QCOMPARE(ours.accepted, 198);
        QVERIFY(theirs.accepted >= 110 && theirs.accepted <= 125);
        QCOMPARE(theirs.rejected, 1);
        QCOMPARE(theirs.duplicates, 1);
        QCOMPARE(store.value()->counts().snapshots, 2);
        QCOMPARE(store.value()->counts().records, ours.accepted + theirs.accepted);

        const auto report = ImportReport::load(*store.value(), ours.id);
        QVERIFY(report);
        int missing = 0;
        for (const ImportIssue& issue : report.value().issues)
            missing += issue.code == QLatin1String("identifier_missing") ? 1 : 0;
        QCOMPARE(missing, 1);
        QCOMPARE(report.value().rejectedRows.size(), 2);
        bool reasonLeftOut = false;
        for (const ImportIssue& issue : report.value().fileIssues)
            reasonLeftOut |= issue.code == QLatin1String("column_left_out") && issue.column == u"Reden verzuim";
        QVERIFY(reasonLeftOut);

        // Every category is there on our side; theirs is mostly langdurig.
        const auto ourRecords = Snapshots::records(*store.value(), ours.id);
        QSet<QString> categories;
        for (const CaseRecord& r : ourRecords.value())
            categories.insert(r.category);
        QCOMPARE(categories.size(), 3);
        const auto theirRecords = Snapshots::records(*store.value(), theirs.id);
        int langdurig = 0, withoutBsn = 0;
        for (const CaseRecord& r : theirRecords.value()) {
            langdurig += r.category == QLatin1String("langdurig") ? 1 : 0;
            withoutBsn += r.bsn.isEmpty() ? 1 : 0;
            QVERIFY(r.bsn.isEmpty() || r.bsn.startsWith(QLatin1String("9999")));
        }
        QVERIFY(langdurig > theirRecords.value().size() * 3 / 4);
        QCOMPARE(withoutBsn, 3);
        QVERIFY(store.value()->audit().verify());
    }
};

INBEELD_TEST_MAIN(TestDemoStore)
#include "tst_demostore.moc"
