// Report time of the Inspectie registration for a school year of quarterly own lists: four lists
// of N rows (default 10,000) with a tenth of the children changing each quarter; builds the four
// quarters and writes the last as XLSX, CSV, JSON and PDF. Prints "result: KEY VALUE" lines.

#include "core/reporting/InspectieExport.h"
#include "core/reporting/InspectieForm.h"
#include "tests/core/RegistrationFixtures.h"
#include "tests/support/TestStores.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

CaseRecord benchChild(int i, const QStringList& bsns)
{
    CaseRecord r;
    static const QString categories[]
        = {QStringLiteral("langdurig"), QStringLiteral("absoluut"), QStringLiteral("vrijstelling_5a")};
    r.category = categories[i % 3];
    r.bsn = bsns.at(i);
    r.surname = QStringLiteral("Bench%1").arg(i);
    r.nameKey = QStringLiteral("bench%1").arg(i);
    r.birthDate = QDate(2010, 1, 1).addDays(i % 3000);
    if (r.category == u"langdurig")
        r.absenceStart = QDate(2026, 9, 1).addDays(-(i % 400));
    else if (r.category == u"vrijstelling_5a")
        r.exemptionDate = QDate(2025, 8, 1).addDays(i % 300);
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("bench.ibstore")),
                               SecretBytes::fromUtf8(QStringLiteral("bench-pw")),
                               testOrganisation(Role::Swv, QStringLiteral("Bench SWV")));
    if (!store) {
        out << "store: " << store.message() << '\n';
        return 1;
    }
    const QStringList bsns = fictitiousBsns(n + n / 2);
    const QList<Quarter> quarters {{2026, 3}, {2026, 4}, {2027, 1}, {2027, 2}};
    QElapsedTimer timer;
    for (int q = 0; q < quarters.size(); ++q) {
        QList<CaseRecord> list;
        for (int i = q * n / 10; i < n + q * n / 10; ++i)
            list << benchChild(i, bsns);
        if (!storeList(*store.value(), SnapshotSide::Ours, quarters.at(q).lastDay(), list)) {
            out << "list failed\n";
            return 1;
        }
    }
    InspectieRegistration reg(*store.value());
    QuarterRegistration last;
    for (const Quarter& q : quarters) {
        timer.start();
        auto built = reg.build(q);
        if (!built) {
            out << "build: " << built.message() << '\n';
            return 1;
        }
        out << "result: build_" << q.code() << "_ms " << timer.elapsed() << '\n';
        out << "result: rows_" << q.code() << ' ' << built.value().rows.size() << '\n';
        last = built.value();
    }
    auto earlier = reg.quartersOf(last.schoolYear).value();
    earlier.removeLast();
    const InspectieExport exporter(last, earlier, InspectieForm::load(*store.value()), QStringLiteral("Bench SWV"));
    const QList<QPair<InspectieExport::Format, QString>> formats {
        {InspectieExport::Format::Xlsx, QStringLiteral("xlsx")},
        {InspectieExport::Format::Csv, QStringLiteral("csv")},
        {InspectieExport::Format::Json, QStringLiteral("json")},
        {InspectieExport::Format::Pdf, QStringLiteral("pdf")}};
    for (const auto& [format, name] : formats) {
        const QString path = dir.filePath(QStringLiteral("out.") + name);
        timer.start();
        if (auto written = exporter.write(format, path); !written) {
            out << name << ": " << written.message() << '\n';
            return 1;
        }
        out << "result: write_" << name << "_ms " << timer.elapsed() << '\n';
        out << "result: size_" << name << "_bytes " << QFileInfo(path).size() << '\n';
    }
    return 0;
}
