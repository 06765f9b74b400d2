// What the import wizard's progress dialog costs: the same list imported into a new encrypted
// store with and without ImportProgressDialog's callbacks (progress bar, row count, Cancel, the
// commit's busy state), measured in the same run, alternating, the fastest of BENCH_REPEAT (3).
// The dialog should cost next to nothing: it updates what it shows a few times a second, not
// every few hundred rows. Runs offscreen.
// Usage: bench_import_gui [rows ...]   (default 100000 1000000)
#include "core/importing/Importer.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"
#include "tests/bench/BenchList.h"
#include "ui/importing/ImportProgressDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWidget>
#include <algorithm>

using namespace inbeeld;

namespace {

/// One import into a new store; with dialog, through the wizard's progress dialog. Milliseconds,
/// or a negative number on failure.
double importOnce(const QString& csv, const QString& storePath, QWidget* window, bool dialog, QTextStream& out)
{
    auto created = StoreSetup::createStore(
        storePath, SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase")),
        {QStringLiteral("Bench RBL"), Role::Rbl, QStringLiteral("convenant-rbl-midden-gelre"), QString(), QDateTime()});
    if (!created) {
        out << "store: " << created.message() << "\n";
        return -1;
    }
    ImportOptions options;
    options.today = QDate(2026, 10, 15);
    QElapsedTimer timer;
    timer.start();
    Result<ImportReport> report = makeError(Error::Code::Cancelled, QString());
    if (dialog) {
        ImportProgressDialog progress(ImportProgressDialog::Kind::Import, QStringLiteral("lijst.csv"), window);
        report = Importer(*created.value()).run(csv, options, progress.callback(), progress.phaseCallback());
    } else {
        report = Importer(*created.value()).run(csv, options);
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    created.value().reset();
    QFile::remove(storePath);
    if (!report) {
        out << "import failed: " << report.message() << "\n";
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    SqlCipherDriver::registerDriver();
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLatin1(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {100000, 1000000};
    const int repeat
        = qMax(1, qEnvironmentVariableIntValue("BENCH_REPEAT") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEAT") : 3);
    QWidget window;
    window.resize(900, 600);
    window.show();

    for (const int rows : sizes) {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("lijst.csv"));
        bench::writeList(csv, rows);
        double plain = 1e300, withDialog = 1e300;
        for (int round = 0; round < repeat; ++round) {
            const QString store = dir.filePath(QStringLiteral("bench.inbeeld"));
            const double a = importOnce(csv, store, &window, false, out);
            const double b = importOnce(csv, store, &window, true, out);
            if (a < 0 || b < 0)
                return 1;
            plain = std::min(plain, a);
            withDialog = std::min(withDialog, b);
        }
        out << "\n== " << rows << " rows\n"
            << "import without a dialog (reference): " << QString::number(plain, 'f', 0) << " ms\n"
            << "import with the progress dialog:     " << QString::number(withDialog, 'f', 0) << " ms\n"
            << "ratio dialog / reference:            " << QString::number(withDialog / plain, 'f', 2) << "\n";
        out.flush();
    }
    return 0;
}
