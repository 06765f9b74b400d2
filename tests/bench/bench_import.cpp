// Import throughput: a generated thuiszitters list (Windows-1252, semicolons, Dutch dates, the
// columns of a leerplicht package export) imported with full validation into an encrypted store,
// next to two references measured in the same run on the same file:
//  - CsvReader alone: reading and parsing, without validation or storage;
//  - sqlcipher's own shell: ".import" of the same file into an encrypted database (raw key, so
//    no key derivation is timed on either side), a plain table without indexes.
// Also the peak resident memory during our import (the key derivation's peak is excluded), and the
// same rows all rejected (a BSN of five digits: a wrong file), timed and measured on their own.
// At the end, per size: "result: import_ratio", "import_peak_mib", "import_rejected_ratio" (all
// rejected / good import) and "import_rejected_peak_mib" lines for scripts.
// Usage: bench_import [--only-import] [rows ...]   (default 100000; e.g. bench_import 100000 1000000)
// --only-import leaves out the references and the dry run: for a profiler (perf record, callgrind).
#include "core/crypto/KeyDerivation.h"
#include "core/importing/CsvReader.h"
#include "core/importing/Importer.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"
#include "tests/bench/BenchList.h"
#include "tests/bench/BenchMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>
#include <sys/resource.h>
#include <utility>

using namespace inbeeld;

using inbeeld::bench::procStatusKiB;
using inbeeld::bench::resetPeakMemory;
using inbeeld::bench::writeList;

namespace {

/// CPU time (user + system) in ms of this process's threads, or of its waited-for children.
double cpuMs(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

QString perSecond(qint64 rows, double ms)
{
    return QString::number(rows / (ms / 1000.0), 'f', 0);
}

struct SqlcipherRun
{
    double ms = -1;
    double cpuMs = -1;
    qint64 rows = 0;
    QString problem;
};

/// sqlcipher's shell importing the same file into an encrypted database with a raw key.
SqlcipherRun sqlcipherImport(const QString& csv, const QString& database)
{
    SqlcipherRun result;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty()) {
        result.problem = QStringLiteral("sqlcipher shell not found (Debian: apt install sqlcipher)");
        return result;
    }
    const QByteArray key = KeyDerivation::randomSalt().toHex() + KeyDerivation::randomSalt().toHex();
    const QByteArray script = "PRAGMA key = \"x'" + key
        + "'\";\n"
          "PRAGMA journal_mode = DELETE;\n"
          ".mode csv\n.separator \";\"\n"
          "CREATE TABLE t (bsn, achternaam, tussenvoegsel, voornamen, geboortedatum, straat, "
          "huisnummer, postcode, woonplaats, school, soort, start, reden);\n"
          ".import --skip 4 '"
        + csv.toUtf8() + "' t\nSELECT count(*) FROM t;\n";
    QProcess process;
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {database});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        result.problem = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return result;
    }
    result.ms = timer.nsecsElapsed() / 1e6;
    result.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    const QList<QByteArray> out = process.readAllStandardOutput().trimmed().split('\n');
    result.rows = out.isEmpty() ? 0 : out.last().trimmed().toLongLong();
    return result;
}

/// The same list with every row rejected (a BSN of five digits): the cost of a wrong file.
void writeRejectedList(const QString& from, const QString& to)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        const qsizetype semicolon = line.indexOf(';');
        if (!line.isEmpty() && line[0] >= '0' && line[0] <= '9' && semicolon > 0)
            line = "12345" + line.mid(semicolon);
        out.write(line);
    }
}

/// Imports csv into a new store: the time in ms and the peak resident memory (KiB) of the leg.
std::pair<double, qint64> importLeg(const QString& csv, const QString& storePath, ImportReport* report)
{
    auto created = Store::create(
        storePath, SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase")),
        {QStringLiteral("Bench RBL"), Role::Rbl, QStringLiteral("convenant-rbl-midden-gelre"), QString(), QDateTime()});
    if (!created)
        return {-1, 0};
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.today = QDate(2026, 10, 15);
    auto result = Importer(*created.value()).run(csv, options);
    const double ms = timer.nsecsElapsed() / 1e6;
    const qint64 peak = procStatusKiB("VmHWM");
    if (result && report)
        *report = result.takeValue();
    created.value().reset();
    QFile::remove(storePath);
    return {result ? ms : -1, peak};
}

int benchmark(int rows, bool onlyImport, QTextStream& out)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("lijst.csv"));
    QElapsedTimer timer;
    timer.start();
    writeList(csv, rows);
    const double mb = QFile(csv).size() / 1e6;
    out << "\n== " << rows << " rows, " << QString::number(mb, 'f', 1) << " MB (generated in " << timer.elapsed()
        << " ms)\n";
    out.flush();

    // The machine may be busy with other work: each measurement is repeated and the fastest run
    // counts (BENCH_REPEAT, default 3).
    const int repeat
        = qMax(1, qEnvironmentVariableIntValue("BENCH_REPEAT") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEAT") : 3);
    double csvMs = 1e300, dryMs = 1e300, ourMs = 1e300, ourCpuMs = 1e300, shellCpuMs = 1e300;
    SqlcipherRun shell;
    qint64 parsed = 0, peak = 0, rssBefore = 0;
    std::optional<ImportReport> last;
    for (int round = 0; round < repeat; ++round) {
        if (!onlyImport) {
            // Reference 1: CsvReader, reading and parsing only.
            timer.restart();
            parsed = 0;
            {
                CsvReader reader(csv);
                if (auto opened = reader.open(); !opened) {
                    out << "open failed: " << opened.message() << "\n";
                    return 1;
                }
                while (reader.nextRow())
                    ++parsed;
            }
            csvMs = std::min(csvMs, timer.nsecsElapsed() / 1e6);

            // Reference 2: sqlcipher's own .import, into a new database each time.
            const QString shellDb = dir.filePath(QStringLiteral("shell%1.db").arg(round));
            const SqlcipherRun run = sqlcipherImport(csv, shellDb);
            QFile::remove(shellDb);
            if (run.cpuMs >= 0)
                shellCpuMs = std::min(shellCpuMs, run.cpuMs);
            if (run.ms >= 0 && (shell.ms < 0 || run.ms < shell.ms))
                shell = run;
            else if (shell.ms < 0)
                shell.problem = run.problem;
        }

        // Ours, into a new store each time (the key derivation is not timed).
        const QString storePath = dir.filePath(QStringLiteral("bench%1.inbeeld").arg(round));
        auto created = StoreSetup::createStore(storePath, SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase")),
                                               {QStringLiteral("Bench RBL"), Role::Rbl,
                                                QStringLiteral("convenant-rbl-midden-gelre"), QString(), QDateTime()});
        if (!created) {
            out << "store: " << created.message() << "\n";
            return 1;
        }
        Store& store = *created.value();
        if (!onlyImport) {
            // Validation alone (a dry run stores nothing), to show where the time goes.
            timer.restart();
            ImportOptions dryRun;
            dryRun.today = QDate(2026, 10, 15);
            dryRun.dryRun = true;
            const auto checked = Importer(store).run(csv, dryRun);
            dryMs = std::min(dryMs, timer.nsecsElapsed() / 1e6);
            if (!checked) {
                out << "dry run failed: " << checked.message() << "\n";
                return 1;
            }
        }
        // The import itself: full validation, one transaction into the encrypted store.
        rssBefore = procStatusKiB("VmRSS");
        resetPeakMemory();
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        timer.restart();
        ImportOptions options;
        options.today = QDate(2026, 10, 15);
        const auto report = Importer(store).run(csv, options);
        ourMs = std::min(ourMs, timer.nsecsElapsed() / 1e6);
        ourCpuMs = std::min(ourCpuMs, cpuMs(RUSAGE_SELF) - cpuBefore);
        peak = std::max(peak, procStatusKiB("VmHWM"));
        if (!report) {
            out << "import failed: " << report.message() << "\n";
            return 1;
        }
        last = report.value();
        created.value().reset();
        QFile::remove(storePath);
    }
    const ImportReport& r = *last;

    if (!onlyImport) {
        out << "CsvReader (read + parse only):     " << QString::number(csvMs, 'f', 0) << " ms, "
            << perSecond(parsed, csvMs) << " rows/s\n";
        if (shell.ms >= 0)
            out << "sqlcipher shell .import:           " << QString::number(shell.ms, 'f', 0) << " ms, "
                << perSecond(shell.rows, shell.ms) << " rows/s (" << shell.rows << " rows)\n";
        else
            out << "sqlcipher shell .import:           not measured: " << shell.problem << "\n";
        out << "InBeeld dry run (validate only):    " << QString::number(dryMs, 'f', 0) << " ms, "
            << perSecond(r.rowsRead, dryMs) << " rows/s\n";
    }
    out << "InBeeld import (validate + store):  " << QString::number(ourMs, 'f', 0) << " ms, "
        << perSecond(r.rowsRead, ourMs) << " rows/s (" << r.accepted << " stored, " << r.rejected << " rejected, "
        << r.warnings << " warnings)\n";
    // CPU time does not depend on what else the machine runs: the ratio to watch on a busy machine.
    out << "CPU time: InBeeld import " << QString::number(ourCpuMs, 'f', 0) << " ms (all threads)";
    if (!onlyImport && shellCpuMs < 1e300)
        out << ", sqlcipher shell " << QString::number(shellCpuMs, 'f', 0) << " ms, ratio "
            << QString::number(ourCpuMs / shellCpuMs, 'f', 2);
    out << "\n";
    if (!onlyImport) {
        if (shell.ms > 0)
            out << "ratio InBeeld / sqlcipher .import: " << QString::number(ourMs / shell.ms, 'f', 2) << "\n";
        out << "ratio InBeeld / CsvReader:         " << QString::number(ourMs / csvMs, 'f', 2) << "\n";
    }
    out << "memory: RSS before import " << rssBefore / 1024 << " MiB, peak during import " << peak / 1024
        << " MiB (fastest of " << repeat << " runs each)\n";

    // The same rows, all rejected (a wrong file): as fast as good rows, in bounded memory.
    const QString rejectedCsv = dir.filePath(QStringLiteral("afgewezen.csv"));
    writeRejectedList(csv, rejectedCsv);
    double rejectedMs = 1e300;
    qint64 rejectedPeak = 0;
    ImportReport rejectedReport;
    for (int round = 0; round < repeat; ++round) {
        const auto [ms, peakKiB]
            = importLeg(rejectedCsv, dir.filePath(QStringLiteral("rejected%1.inbeeld").arg(round)), &rejectedReport);
        if (ms < 0) {
            out << "rejected import failed\n";
            return 1;
        }
        rejectedMs = std::min(rejectedMs, ms);
        rejectedPeak = std::max(rejectedPeak, peakKiB);
    }
    out << "InBeeld import, every row rejected: " << QString::number(rejectedMs, 'f', 0) << " ms ("
        << rejectedReport.rejected << " rejected), peak " << rejectedPeak / 1024 << " MiB\n";
    if (shell.ms > 0)
        out << "result: import_ratio " << QString::number(ourMs / shell.ms, 'f', 2) << "\n";
    out << "result: import_peak_mib " << peak / 1024 << "\n";
    out << "result: import_rejected_ratio " << QString::number(rejectedMs / ourMs, 'f', 2) << "\n";
    out << "result: import_rejected_peak_mib " << rejectedPeak / 1024 << "\n";
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SqlCipherDriver::registerDriver();
    QTextStream out(stdout);
    QList<int> sizes;
    bool onlyImport = false;
    for (const QString& arg : app.arguments().mid(1)) {
        if (arg == QLatin1String("--only-import"))
            onlyImport = true;
        else
            sizes << qMax(1, arg.toInt());
    }
    if (sizes.isEmpty())
        sizes << 100000;
    for (const int rows : sizes) {
        if (const int failed = benchmark(rows, onlyImport, out))
            return failed;
    }
    return 0;
}
