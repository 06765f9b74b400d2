// The comparison view's model on large lists, measured in one run:
//  - N × N records (1 % without a BSN on each side; some one-sided, some recorded differently):
//    the raw Matcher::compare time (the reference), and the time from the records to a populated
//    view: Matcher::compare, ComparisonTableModel for one category, ComparisonFilterModel over it,
//    rowCount and data() of every role a view asks for, for the rows a window shows.
//  - Sorting through the filter model (name, school, outcome), filtering by outcome and by a
//    search text, and a QTableView scrolled from top to bottom, on the same model.
// Usage: bench_compare_view [N ...]   (default 10000 100000). Runs offscreen.
#include "core/domain/PersonName.h"
#include "core/matching/Matcher.h"
#include "ui/compare/ComparisonFilterModel.h"
#include "ui/compare/ComparisonTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <memory>

using namespace inbeeld;

namespace {

constexpr int kVisibleRows = 40; // what a maximised window shows

const char* const kFirst[] = {"Daan", "Sem",  "Emma", "Julia", "Mila", "Noah", "Lucas", "Fatima", "Yusuf", "Anaïs",
                              "Zoë",  "Elif", "Bram", "Lotte", "Finn", "Sara", "Milan", "Nour",   "Aya",   "Thijs"};
const char* const kSurnames[] = {"Jansen", "Vries", "Berg", "Dijk",    "Bakker", "Visser", "Smit",  "Meijer", "Boer",
                                 "Mulder", "Groot", "Bos",  "Özdemir", "Çelik",  "Yilmaz", "Nowak", "Nguyen", "Santos"};
const char* const kSchools[] = {"Rijnpoort College", "OBS De Regenboog", "Betuwe Lyceum",     "SBO De Linde",
                                "VSO De Sprong",     "Kolkschool Velp",  "Liemers Vakcollege"};

CaseRecord record(int i)
{
    CaseRecord r;
    r.id = i + 1;
    r.category = i % 10 < 2 ? QStringLiteral("absoluut")
        : i % 10 < 9        ? QStringLiteral("langdurig")
                            : QStringLiteral("vrijstelling_5a");
    r.bsn = QString::number(900000000 + i);
    r.firstNames = QString::fromUtf8(kFirst[i % int(std::size(kFirst))]);
    r.surname = QString::fromUtf8(kSurnames[(i / 7) % int(std::size(kSurnames))]) + QString::number(i % 997);
    r.nameKey = PersonName::fold(r.surname) + u'|' + PersonName::fold(r.firstNames).left(1);
    r.birthDate = QDate(2010, 1, 1).addDays(i % 3000);
    r.lastSchool = QString::fromUtf8(kSchools[i % int(std::size(kSchools))]);
    r.absenceStart = QDate(2026, 1, 1).addDays(i % 200);
    r.exemptionDate = r.absenceStart;
    r.place = QStringLiteral("Arnhem");
    return r;
}

MatcherInput input(int n)
{
    MatcherInput in;
    in.ours.reserve(n);
    in.theirs.reserve(n);
    // Ours: 0..n-1. Theirs: from n/20 on (5 % only ours, 5 % only theirs), every 50th recorded
    // differently, 1 % without a BSN on each side.
    for (int i = 0; i < n; ++i) {
        CaseRecord r = record(i);
        if (i % 100 == 7)
            r.bsn.clear();
        in.ours.append(r);
    }
    for (int i = n / 20; i < n + n / 20; ++i) {
        CaseRecord r = record(i);
        if (i % 100 == 13)
            r.bsn.clear();
        if (i % 50 == 3)
            r.lastSchool = QStringLiteral("Het Zeven Heuvelen College");
        in.theirs.append(r);
    }
    in.ourRole = Role::Rbl;
    in.categories
        = {{QStringLiteral("absoluut"), QStringLiteral("Absoluut verzuim"), {}, {QStringLiteral("rbl")}},
           {QStringLiteral("langdurig"),
            QStringLiteral("Langdurig verzuim"),
            {},
            {QStringLiteral("rbl"), QStringLiteral("swv")}},
           {QStringLiteral("vrijstelling_5a"), QStringLiteral("Vrijstelling 5a"), {}, {QStringLiteral("rbl")}}};
    return in;
}

/// Every role a QTableView asks for while painting the visible rows; returns a checksum.
qint64 readVisible(const QAbstractItemModel& model, int firstRow)
{
    static const int roles[] = {Qt::DisplayRole,    Qt::DecorationRole, Qt::FontRole,       Qt::TextAlignmentRole,
                                Qt::BackgroundRole, Qt::ForegroundRole, Qt::CheckStateRole, Qt::SizeHintRole};
    qint64 sum = 0;
    const int rows = std::min(model.rowCount(), firstRow + kVisibleRows);
    for (int row = firstRow; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : roles)
                sum += model.data(index, role).isValid() ? 1 : 0;
        }
    }
    for (int column = 0; column < model.columnCount(); ++column)
        sum += model.headerData(column, Qt::Horizontal).toString().size();
    return sum;
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLatin1(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = {10000, 100000};

    for (const int n : sizes) {
        const MatcherInput in = input(n);
        out << "\n" << n << " x " << n << " records\n";

        // Reference: the raw matcher.
        QElapsedTimer timer;
        timer.start();
        auto raw = Matcher::compare(in);
        const double matcherMs = ms(timer);
        if (!raw) {
            out << "matcher failed: " << raw.message() << "\n";
            return 1;
        }

        // From the records to a populated view.
        timer.restart();
        auto result = Matcher::compare(in);
        auto comparison = std::make_shared<const Comparison>(result.takeValue());
        ComparisonTableModel model;
        model.setComparison(comparison, QStringLiteral("langdurig"));
        ComparisonFilterModel proxy;
        proxy.setTableModel(&model);
        proxy.setDynamicSortFilter(false);
        const qint64 check = readVisible(proxy, 0);
        const double totalMs = ms(timer);
        out << QStringLiteral("  matcher alone (reference):            %1 ms\n").arg(matcherMs, 8, 'f', 1);
        out << QStringLiteral(
                   "  records -> populated model (total):   %1 ms   (%2 rows, check %3; target <= 100 ms at 10k)\n")
                   .arg(totalMs, 8, 'f', 1)
                   .arg(proxy.rowCount())
                   .arg(check);

        // The model alone on a finished comparison.
        timer.restart();
        ComparisonTableModel model2;
        model2.setComparison(comparison, QStringLiteral("langdurig"));
        ComparisonFilterModel proxy2;
        proxy2.setTableModel(&model2);
        readVisible(proxy2, 0);
        out << QStringLiteral("  model + proxy + visible data only:    %1 ms\n").arg(ms(timer), 8, 'f', 1);

        // Sorting through the proxy.
        for (const auto& [column, name] :
             {std::pair {int(ComparisonTableModel::OursNameColumn), "name"},
              std::pair {int(ComparisonTableModel::OursSchoolColumn), "school"},
              std::pair {int(ComparisonTableModel::OutcomeColumn), "outcome"},
              std::pair {int(ComparisonTableModel::TheirsBirthDateColumn), "their birth date"}}) {
            timer.restart();
            proxy.sort(column, Qt::AscendingOrder);
            readVisible(proxy, 0);
            out << QStringLiteral("  sort by %1: %2 ms\n")
                       .arg(QString::fromLatin1(name), -17)
                       .arg(ms(timer), 8, 'f', 1);
        }
        timer.restart();
        proxy.setOutcome(ComparisonOutcome::Differs);
        readVisible(proxy, 0);
        out << QStringLiteral("  filter outcome (differs):   %1 ms (%2 rows)\n")
                   .arg(ms(timer), 8, 'f', 1)
                   .arg(proxy.rowCount());
        proxy.setOutcome(std::nullopt);
        timer.restart();
        proxy.setSearchText(QStringLiteral("ozdemir1"));
        readVisible(proxy, 0);
        out << QStringLiteral("  search \"ozdemir1\":          %1 ms (%2 rows)\n")
                   .arg(ms(timer), 8, 'f', 1)
                   .arg(proxy.rowCount());
        proxy.setSearchText(QString());

        // A real table scrolled page by page from top to bottom (offscreen rendering).
        QTableView view;
        view.setModel(&proxy);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1400, 900);
        view.show();
        QCoreApplication::processEvents();
        timer.restart();
        QScrollBar* bar = view.verticalScrollBar();
        int pages = 0;
        for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->maximum() / 50)) {
            bar->setValue(value);
            view.viewport()->repaint();
            ++pages;
        }
        out << QStringLiteral("  table view, %1 scroll steps with repaint: %2 ms (%3 ms a step)\n")
                   .arg(pages)
                   .arg(ms(timer), 0, 'f', 1)
                   .arg(ms(timer) / std::max(1, pages), 0, 'f', 2);
    }
    return 0;
}
