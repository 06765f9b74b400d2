#include "app/cli/commands/CompareCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/matching/ComparisonCounts.h"
#include "core/matching/ComparisonService.h"
#include "core/reporting/CaseDocuments.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace inbeeld::cli {

namespace {

const QString OursOption = QStringLiteral("ours");
const QString TheirsOption = QStringLiteral("theirs");
const QString AllOption = QStringLiteral("all");
const QString CountsCsvOption = QStringLiteral("counts-csv");

QJsonValue categoryJson(const CaseRecord* record)
{
    return record ? QJsonValue(record->category) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const Comparison& c, const ComparisonItem& item)
{
    const CaseRecord* ours = c.ours(item);
    const CaseRecord* theirs = c.theirs(item);
    QJsonObject o;
    o.insert(QStringLiteral("status"), Comparison::outcomeCode(item.outcome));
    o.insert(QStringLiteral("bsn"), ours && !ours->bsn.isEmpty() ? ours->bsn : (theirs ? theirs->bsn : QString()));
    o.insert(QStringLiteral("category_ours"), categoryJson(ours));
    o.insert(QStringLiteral("category_theirs"), categoryJson(theirs));
    QJsonArray differences;
    for (const ComparedField field : Comparison::comparedFields()) {
        if (item.differsIn(field))
            differences.append(Comparison::fieldCode(field));
    }
    o.insert(QStringLiteral("differences"), differences);
    o.insert(QStringLiteral("score"), std::round(double(item.score) * 1000.0) / 1000.0);
    return o;
}

QString snapshotText(const SnapshotInfo& s)
{
    return CompareCommands::tr("list %1 (%2, peildatum %3, %4 children)")
        .arg(s.id)
        .arg(s.sourceName, s.peildatum.toString(QStringLiteral("d-M-yyyy")))
        .arg(s.accepted);
}

QString categoryName(const Comparison& c, const QString& code)
{
    for (const AgreementCategory& category : c.categories()) {
        if (category.code == code)
            return category.name;
    }
    return code;
}

QString recordText(const CaseRecord* r)
{
    if (!r)
        return QStringLiteral("-");
    const QString id = r->identifier().isEmpty() ? CompareCommands::tr("(no number)") : r->identifier();
    return QStringLiteral("%1 %2 (%3)").arg(id, r->displayName(), r->birthDate.toString(QStringLiteral("d-M-yyyy")));
}

/// Dates as Dutch users write them (3-9-2026), empty values as "-".
QString valueText(ComparedField field, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("-");
    if (field == ComparedField::StartDate)
        return QDate::fromString(value, Qt::ISODate).toString(QStringLiteral("d-M-yyyy"));
    return value;
}

QString itemLine(const Comparison& c, const ComparisonItem& item)
{
    const CaseRecord* ours = c.ours(item);
    const CaseRecord* theirs = c.theirs(item);
    QString line = QStringLiteral("  %1  %2")
                       .arg(Comparison::outcomeCode(item.outcome).leftJustified(11), recordText(ours ? ours : theirs));
    if (ours && theirs && (theirs->bsn != ours->bsn || item.outcome == ComparisonOutcome::Probable))
        line += QStringLiteral("  ↔  ") + recordText(theirs);
    QStringList notes;
    for (const FieldDifference& d : c.differences(item)) {
        notes << CompareCommands::tr("%1: %2 (ours) / %3 (theirs)")
                     .arg(Comparison::fieldName(d.field), valueText(d.field, d.ours), valueText(d.field, d.theirs));
    }
    if (item.outcome == ComparisonOutcome::Probable)
        notes << CompareCommands::tr("score %1").arg(double(item.score), 0, 'f', 2);
    if (item.basis == MatchBasis::Confirmed)
        notes << CompareCommands::tr("confirmed as the same child");
    if (item.rejected())
        notes << CompareCommands::tr("a probable match was rejected");
    if (item.expected)
        notes << CompareCommands::tr("expected");
    if (!notes.isEmpty())
        line += QStringLiteral("  [") + notes.join(QStringLiteral("; ")) + u']';
    return line;
}

void printText(const Comparison& c, bool all)
{
    printOut(CompareCommands::tr("Our %1 compared with their %2.")
                 .arg(snapshotText(*c.oursSnapshot), snapshotText(*c.theirsSnapshot)));
    printOut(QString());
    QList<QStringList> rows;
    QStringList header {CompareCommands::tr("Category")};
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        header << Comparison::outcomeCode(ComparisonOutcome(i));
    rows << header;
    std::array<qint64, ComparisonOutcomeCount> totals {};
    for (const CategorySummary& s : c.summary()) {
        QStringList row {categoryName(c, s.category)};
        for (int i = 0; i < ComparisonOutcomeCount; ++i) {
            row << QString::number(s.counts[std::size_t(i)]);
            totals[std::size_t(i)] += s.counts[std::size_t(i)];
        }
        rows << row;
    }
    QStringList total {CompareCommands::tr("Total")};
    for (const qint64 n : totals)
        total << QString::number(n);
    rows << total;
    printTable(rows, Columns::Right);

    for (const CategorySummary& s : c.summary()) {
        bool first = true;
        for (const ComparisonItem& item : c.items()) {
            if (c.category(item) != s.category || (!all && item.outcome == ComparisonOutcome::Both))
                continue;
            if (first) {
                printOut(QString());
                printOut(categoryName(c, s.category) + u':');
                first = false;
            }
            printOut(itemLine(c, item));
        }
    }
    const qint64 both = totals[std::size_t(ComparisonOutcome::Both)];
    if (!all && both > 0) {
        printOut(QString());
        printOut(CompareCommands::tr("%n child(ren) on both lists without differences not shown; use --all to list "
                                     "them.",
                                     nullptr, int(both)));
    }
    bool expected = false;
    for (const ComparisonItem& item : c.items())
        expected = expected || item.expected;
    if (expected) {
        printOut(QString());
        printOut(CompareCommands::tr("\"expected\": under the agreement this category is normally known to one party "
                                     "only, so a child on one list only is no reason for concern."));
    }
}

} // namespace

CompareCommand::CompareCommand()
    : StoreCommand({QStringLiteral("compare"),
                    QStringLiteral("compare --store PATH [--ours SNAPSHOT] [--theirs SNAPSHOT] [--json] [--all] "
                                   "[--counts-csv FILE] [--pdf FILE] [--passphrase-file FILE]"),
                    tr("Compare your list with a partner's list, per category"),
                    tr("Compare your own list with a partner's list, child by child, per category: on both lists "
                       "(both), on both but recorded differently (differs), only on one list (only_ours, "
                       "only_theirs), or probably the same child without a BSN on one side (probable). Confirm or "
                       "reject probable matches in the program.")})
{
}

void CompareCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(OursOption, tr("The number of your own list (default: the newest; see 'snapshots list')."),
                  QStringLiteral("SNAPSHOT"));
    cmd.addOption(TheirsOption, tr("The number of the partner's list (default: the newest)."),
                  QStringLiteral("SNAPSHOT"));
    addJsonOption(cmd, tr("Print a JSON object (summary per category and all items) instead of text."));
    cmd.addOption(AllOption, tr("Also list the children that are on both lists without differences."));
    cmd.addOption(CountsCsvOption, tr("Also write the counts per category and outcome (no personal data) to FILE."),
                  QStringLiteral("FILE"));
    cmd.addOption(QStringLiteral("pdf"),
                  tr("Also write the overview (counts only, no personal data) as a PDF to FILE."),
                  QStringLiteral("FILE"));
}

std::optional<int> CompareCommand::prepare(CommandLine& cmd)
{
    const QString options[2] = {OursOption, TheirsOption};
    for (int i = 0; i < 2; ++i) {
        m_ids[i].reset();
        if (!cmd.isSet(options[i]))
            continue;
        bool ok = false;
        m_ids[i] = cmd.value(options[i]).trimmed().toLongLong(&ok);
        if (!ok || *m_ids[i] < 1)
            return cmd.usageError(tr("--%1 needs the number of a list, like 3").arg(options[i]));
    }
    return std::nullopt;
}

int CompareCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto compared = ComparisonService::compare(store, m_ids[0], m_ids[1]);
    if (!compared)
        return reportError(compared.error());
    const Comparison& c = compared.value();
    if (cmd.isSet(CountsCsvOption)) {
        if (auto written = ComparisonCounts::writeCsv(c, cmd.value(CountsCsvOption)); !written)
            return reportError(written.error());
    }
    if (cmd.isSet(QStringLiteral("pdf"))) {
        const QString pdf = StoreAccess::absolutePath(cmd.value(QStringLiteral("pdf")));
        if (auto written = CaseDocuments::comparisonOverview(c, store.organisation().name).writePdf(pdf); !written)
            return reportError(written.error());
    }

    if (json(cmd)) {
        QJsonObject summary;
        for (const CategorySummary& s : c.summary()) {
            QJsonObject counts;
            for (int i = 0; i < ComparisonOutcomeCount; ++i)
                counts.insert(Comparison::outcomeCode(ComparisonOutcome(i)), s.counts[std::size_t(i)]);
            summary.insert(s.category, counts);
        }
        QJsonArray items;
        for (const ComparisonItem& item : c.items())
            items.append(itemJson(c, item));
        QJsonObject o;
        o.insert(QStringLiteral("ours"), c.oursSnapshot->id);
        o.insert(QStringLiteral("theirs"), c.theirsSnapshot->id);
        o.insert(QStringLiteral("summary"), summary);
        o.insert(QStringLiteral("items"), items);
        printJson(o);
        return ExitSuccess;
    }
    printText(c, cmd.isSet(AllOption));
    return ExitSuccess;
}

} // namespace inbeeld::cli
