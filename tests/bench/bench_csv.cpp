// CsvReader throughput on a generated 1,000,000-row list, next to reading the same file with
// plain QFile::readLine (bytes only, no decoding or parsing) and with QTextStream::readLine plus
// QString::split (decoding, naive splitting without quotes), all measured in this run. Also the
// peak resident memory while CsvReader runs, to show that it streams.
// Usage: bench_csv [rows]
#include "core/importing/CsvReader.h"
#include "tests/bench/BenchMemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace inbeeld;

using inbeeld::bench::procStatusKiB;
using inbeeld::bench::resetPeakMemory;

namespace {

void writeList(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer = "\xEF\xBB\xBF"
                        "Overzicht leerlingen regio;;;;;;;;;\r\n;;;;;;;;;\r\n"
                        "BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;School;Categorie;"
                        "Toelichting\r\n";
    const char* const surnames[] = {"Berg", "\xC3\x96zdemir", "Jansen-de Vries",
                                    "\xC3\x87"
                                    "elik",
                                    "Bakker"};
    const char* const prefixes[] = {"van der", "", "", "", "de"};
    for (int i = 0; i < rows; ++i) {
        const int k = i % 5;
        buffer += QByteArray::number(999000000 + i) + ";Ana\xC3\xAFs;" + prefixes[k] + ';' + surnames[k] + ';'
            + QByteArray::number(1 + i % 28) + '-' + QByteArray::number(1 + i % 12) + "-2012;"
            + QByteArray::number(1000 + i % 9000) + " AB;Apeldoorn;\"De School; locatie Noord\";" + "Absoluut verzuim;"
            + (i % 10 == 0 ? "\"zegt \"\"nee\"\"\r\nnieuwe regel\"" : "") + "\r\n";
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = qMax(1, app.arguments().value(1, QStringLiteral("1000000")).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.csv"));
    QElapsedTimer timer;
    timer.start();
    writeList(path, rows);
    const double mb = QFile(path).size() / 1e6;
    out << "generated " << rows << " rows, " << QString::number(mb, 'f', 1) << " MB in " << timer.elapsed() << " ms\n";

    // Reference 1: raw lines, no decoding.
    timer.restart();
    qint64 lines = 0;
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        while (!f.atEnd()) {
            f.readLine();
            ++lines;
        }
    }
    const double rawMs = timer.nsecsElapsed() / 1e6;

    // Reference 2: decoded lines, split on ';' without regard for quotes.
    timer.restart();
    qint64 fields = 0;
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QTextStream ts(&f);
        QString line;
        while (ts.readLineInto(&line))
            fields += line.split(u';').size();
    }
    const double naiveMs = timer.nsecsElapsed() / 1e6;

    // CsvReader: detection, quoting, header below title rows, line numbers.
    const qint64 rssBefore = procStatusKiB("VmRSS");
    resetPeakMemory();
    timer.restart();
    qint64 read = 0, cells = 0;
    {
        CsvReader reader(path);
        if (auto opened = reader.open(); !opened) {
            out << "open failed: " << opened.message() << "\n";
            return 1;
        }
        while (auto row = reader.nextRow()) {
            ++read;
            cells += row->cells.size();
        }
        if (reader.hasError()) {
            out << "read failed: " << reader.error().message << "\n";
            return 1;
        }
    }
    const double csvMs = timer.nsecsElapsed() / 1e6;
    const qint64 peak = procStatusKiB("VmHWM");
    if (read != rows) {
        out << "expected " << rows << " rows, read " << read << "\n";
        return 1;
    }

    const auto perSecond = [](qint64 n, double ms) { return QString::number(n / (ms / 1000.0), 'f', 0); };
    out << "QFile::readLine (reference): " << QString::number(rawMs, 'f', 0) << " ms, " << perSecond(lines, rawMs)
        << " lines/s\n";
    out << "QTextStream + split (reference): " << QString::number(naiveMs, 'f', 0) << " ms, "
        << perSecond(lines, naiveMs) << " lines/s (" << fields << " fields, quotes ignored)\n";
    out << "CsvReader: " << QString::number(csvMs, 'f', 0) << " ms, " << perSecond(read, csvMs) << " rows/s, "
        << QString::number(mb / (csvMs / 1000.0), 'f', 1) << " MB/s, " << cells << " cells\n";
    out << "ratio CsvReader / QFile::readLine: " << QString::number(csvMs / rawMs, 'f', 2)
        << ", CsvReader / QTextStream+split: " << QString::number(csvMs / naiveMs, 'f', 2) << "\n";
    out << "memory: RSS before " << rssBefore / 1024 << " MiB, peak during CsvReader " << peak / 1024 << " MiB\n";
    return 0;
}
