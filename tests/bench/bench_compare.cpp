// Comparing two lists: our Matcher on N × N records (1 % without a BSN on each side), next to an
// indexed SQL join on BSN of the same data in SQLCipher, measured in the same run:
//  - SQL join: SELECT … FROM records o JOIN records t ON t.snapshot_id = ? AND t.bsn = o.bsn
//    WHERE o.snapshot_id = ?, over the index records_snapshot_bsn, every row stepped through our
//    driver and its values read. It only pairs on BSN: no one-sided items, no probable matches.
//  - Matcher::compare on the records in memory: BSN pairing, probable matching on name and birth
//    date, items, differences and counts: the whole comparison the view shows.
// Also reported: loading both lists from the store (Snapshots::records), which the service does
// on the store's thread before matching.
// Usage: bench_compare [N ...]   (default 1000000 10000). Build with -DCMAKE_BUILD_TYPE=Release.
#include "core/importing/ColumnMapping.h"
#include "core/importing/SnapshotWriter.h"
#include "core/matching/Matcher.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "tests/bench/BenchList.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace inbeeld;

namespace {

/// count numbers that pass the elfproef, from 980000000 on (fictitious, for this benchmark).
QStringList numbers(int count)
{
    QStringList list;
    list.reserve(count);
    for (qint64 n = 980000000; list.size() < count && n <= 999999999; ++n) {
        if (bench::elfproef(n))
            list.append(QString::number(n));
    }
    return list;
}

const char* const Syllables[] = {"ber",  "jan", "sen", "dijk", "man",   "vis",   "ser",  "bak",  "ker", "hof",
                                 "smit", "mul", "der", "bos",  "groot", "horst", "kamp", "veld", "wit", "stra"};
const char* const FirstNames[] = {"Daan",       "Sem",      "Emma",  "Julia", "Noah", "Mila", "Yusuf",  "Fatima",
                                  "Ana\u00efs", "Zo\u00eb", "Thijs", "Bram",  "Noor", "Elif", "Kacper", "Lotte"};
const char* const Schools[] = {"Rijnpoort College", "OBS De Regenboog", "SBO De Linde",
                               "Betuwe Lyceum",     "VSO De Sprong",    "Het Zeven Heuvelen College"};
const QString Categories[] = {QStringLiteral("langdurig"), QStringLiteral("absoluut"), QStringLiteral("langdurig"),
                              QStringLiteral("vrijstelling_5a")};

/// Child i as a list records it; the same i gives the same child on both sides.
CaseRecord child(int i, const QString& bsn)
{
    CaseRecord r;
    r.line = i + 2;
    r.bsn = bsn;
    const quint32 h = quint32(i) * 2654435761u;
    r.surname = QString::fromLatin1(Syllables[h % 20]) + QString::fromLatin1(Syllables[(h >> 8) % 20])
        + QString::fromLatin1(Syllables[(h >> 16) % 20]);
    r.surname[0] = r.surname[0].toUpper();
    if (h % 7 == 0)
        r.prefix = QStringLiteral("van der");
    r.firstNames = QString::fromUtf8(FirstNames[(h >> 4) % 16]);
    r.birthDate = QDate(2008, 1, 1).addDays(qint64((h >> 3) % 4380));
    r.category = Categories[i % 4];
    r.lastSchool = QString::fromLatin1(Schools[(h >> 12) % 6]);
    r.absenceStart = QDate(2026, 6, 1).addDays(i % 90);
    r.exemptionDate = QDate(2026, 1, 1).addDays(i % 120);
    r.place = QStringLiteral("Arnhem");
    r.postcode = QStringLiteral("6811 AB");
    return r;
}

/// Ours: children 0 … n-1; theirs: children n/10 … n + n/10 - 1 (90 % shared). 1 % of each side
/// lacks the BSN; 2 % of their shared children have another school, 1 % another category.
void generate(int n, QList<CaseRecord>& ours, QList<CaseRecord>& theirs)
{
    const QStringList bsns = numbers(n + n / 10);
    ours.reserve(n);
    theirs.reserve(n);
    for (int i = 0; i < n; ++i) {
        CaseRecord r = child(i, i % 100 == 7 ? QString() : bsns[i]);
        ours.append(r);
    }
    for (int i = n / 10; i < n + n / 10; ++i) {
        CaseRecord r = child(i, i % 100 == 57 ? QString() : bsns[i]);
        if (i % 50 == 3)
            r.lastSchool = QStringLiteral("Praktijkschool De Brug");
        if (i % 100 == 11)
            r.category = QStringLiteral("absoluut");
        theirs.append(r);
    }
}

qint64 writeSnapshot(QSqlDatabase db, SnapshotSide side, const QList<CaseRecord>& records)
{
    SnapshotWriter writer(db);
    SnapshotInfo info;
    info.side = side;
    info.origin = QStringLiteral("import");
    info.sourceName = side == SnapshotSide::Ours ? QStringLiteral("Bench RBL") : QStringLiteral("Bench SWV");
    info.peildatum = QDate(2026, 9, 30);
    info.fileName = QStringLiteral("bench.csv");
    info.importedAt = QDateTime::currentDateTimeUtc();
    info.importedBy = QStringLiteral("bench");
    auto id = writer.begin(info, ColumnMapping());
    if (!id)
        qFatal("begin: %s", qPrintable(id.message()));
    for (const CaseRecord& r : records) {
        if (auto added = writer.addRecord(r); !added)
            qFatal("record: %s", qPrintable(added.message()));
    }
    info.id = id.value();
    info.accepted = records.size();
    if (auto done = writer.finish(info); !done)
        qFatal("finish: %s", qPrintable(done.message()));
    return id.value();
}

/// The reference: every BSN pair with the compared fields, through an index.
qint64 sqlJoin(QSqlDatabase db, qint64 ours, qint64 theirs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id, t.id, o.category, t.category, o.last_school, t.last_school, "
                             "o.absence_start, t.absence_start FROM records o JOIN records t "
                             "ON t.snapshot_id = ? AND t.bsn = o.bsn WHERE o.snapshot_id = ? AND o.bsn IS NOT NULL"));
    q.addBindValue(theirs);
    q.addBindValue(ours);
    if (!q.exec())
        qFatal("join failed");
    qint64 rows = 0, checksum = 0;
    while (q.next()) {
        ++rows;
        checksum += q.value(0).toLongLong() + q.value(1).toLongLong();
        checksum += q.value(2).toString() == q.value(3).toString();
        checksum += q.value(4).toString() == q.value(5).toString();
        checksum += q.value(6).toString() == q.value(7).toString();
    }
    return checksum > 0 ? rows : -1;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral(" ms");
}

int benchmark(int n, QTextStream& out)
{
    const int repeat
        = qMax(1,
               qEnvironmentVariableIntValue("BENCH_REPEAT") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEAT")
                                                                : (n >= 100000 ? 3 : 10));
    QElapsedTimer timer;
    timer.start();
    QList<CaseRecord> ours, theirs;
    generate(n, ours, theirs);
    out << "\n== " << n << " x " << n << " records (generated in " << timer.elapsed() << " ms)\n";
    out.flush();

    QTemporaryDir dir;
    auto created = StoreSetup::createStore(
        dir.filePath(QStringLiteral("bench.inbeeld")), SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase")),
        {QStringLiteral("Bench RBL"), Role::Rbl, QStringLiteral("convenant-rbl-midden-gelre"), QString(), QDateTime()});
    if (!created) {
        out << "store: " << created.message() << "\n";
        return 1;
    }
    Store& store = *created.value();
    QSqlDatabase db = store.database();
    timer.restart();
    db.transaction();
    const qint64 oursId = writeSnapshot(db, SnapshotSide::Ours, ours);
    const qint64 theirsId = writeSnapshot(db, SnapshotSide::Theirs, theirs);
    db.commit();
    out << "stored both lists in SQLCipher:       " << ms(timer.nsecsElapsed() / 1e6) << "\n";
    out.flush();

    // Fastest of `repeat` runs each, alternating, so both see the same machine load.
    double joinMs = 1e300, loadMs = 1e300, matchMs = 1e300;
    qint64 joined = 0;
    Comparison last;
    for (int round = 0; round < repeat; ++round) {
        timer.restart();
        joined = sqlJoin(db, oursId, theirsId);
        joinMs = std::min(joinMs, timer.nsecsElapsed() / 1e6);

        timer.restart();
        auto loadedOurs = Snapshots::records(store, oursId);
        auto loadedTheirs = Snapshots::records(store, theirsId);
        loadMs = std::min(loadMs, timer.nsecsElapsed() / 1e6);
        if (!loadedOurs || !loadedTheirs)
            qFatal("load failed");

        MatcherInput input {loadedOurs.takeValue(), loadedTheirs.takeValue(), {}, Role::Rbl, {}};
        timer.restart();
        // BENCH_PHASES=1: when each phase of the matcher ends (its progress steps).
        QString phases;
        const bool showPhases = qEnvironmentVariableIsSet("BENCH_PHASES");
        auto compared = Matcher::compare(std::move(input), [&](int percent) {
            if (showPhases)
                phases += QStringLiteral(" %1%@%2").arg(percent).arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
            return true;
        });
        if (showPhases)
            out << "phases (percent@ms):" << phases << "\n";
        matchMs = std::min(matchMs, timer.nsecsElapsed() / 1e6);
        if (!compared)
            qFatal("compare failed");
        last = compared.takeValue();
    }
    std::array<qint64, ComparisonOutcomeCount> totals {};
    for (const CategorySummary& s : last.summary()) {
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            totals[std::size_t(i)] += s.counts[std::size_t(i)];
    }
    out << "outcomes: both " << totals[0] << ", differs " << totals[1] << ", only_ours " << totals[2]
        << ", only_theirs " << totals[3] << ", probable " << totals[4] << " (SQL join rows: " << joined << ")\n";
    out << "SQL join on BSN (indexed, SQLCipher): " << ms(joinMs) << "\n";
    out << "Matcher::compare (in memory):         " << ms(matchMs) << "\n";
    out << "load both lists (Snapshots::records): " << ms(loadMs) << "\n";
    out << "ratio Matcher / SQL join:             " << QString::number(matchMs / joinMs, 'f', 2)
        << "  (target <= 1.0)\n";
    out << "ratio (load + Matcher) / SQL join:    " << QString::number((loadMs + matchMs) / joinMs, 'f', 2) << "\n";
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {1000000, 10000};
    for (const int n : sizes) {
        if (n < 1 || benchmark(n, out) != 0)
            return 1;
    }
    return 0;
}
