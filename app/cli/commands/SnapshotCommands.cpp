#include "app/cli/commands/SnapshotCommands.h"

#include "app/cli/StoreAccess.h"
#include "app/cli/commands/ImportCommands.h"
#include "core/domain/DutchDate.h"
#include "core/importing/Importer.h"
#include "core/importing/SnapshotDiff.h"
#include "core/reporting/CaseDocuments.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace inbeeld::cli {

namespace {

QString dmy(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("d-M-yyyy")) : QString();
}

QJsonObject recordJson(const CaseRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("line"), r.line);
    o.insert(QStringLiteral("category"), r.category);
    if (!r.bsn.isEmpty())
        o.insert(QStringLiteral("bsn"), r.bsn);
    if (!r.onderwijsnummer.isEmpty())
        o.insert(QStringLiteral("onderwijsnummer"), r.onderwijsnummer);
    o.insert(QStringLiteral("name"), r.displayName());
    o.insert(QStringLiteral("birth_date"), r.birthDate.toString(Qt::ISODate));
    return o;
}

QString recordLine(const CaseRecord& r)
{
    const QString id = r.identifier().isEmpty() ? ImportCommands::tr("(no number)") : r.identifier();
    return QStringLiteral("  %1  %2 (%3)  %4").arg(id, r.displayName(), dmy(r.birthDate), r.category);
}

/// The number given with --snapshot; a usage error unless it is a whole number of at least 1.
std::optional<int> snapshotId(const CommandLine& cmd, qint64& id)
{
    bool ok = false;
    id = cmd.value(QStringLiteral("snapshot")).trimmed().toLongLong(&ok);
    if (!ok || id < 1)
        return cmd.usageError(ImportCommands::tr("--snapshot needs the number of a list, like 3"));
    return std::nullopt;
}

} // namespace

SnapshotsListCommand::SnapshotsListCommand()
    : StoreCommand({QStringLiteral("snapshots list"),
                    QStringLiteral("snapshots list --store PATH [--json] [--passphrase-file FILE]"),
                    tr("List the imported lists (snapshots)"),
                    tr("List the lists (snapshots) in the store, oldest first.")})
{
}

void SnapshotsListCommand::defineStoreOptions(CommandLine& cmd)
{
    addJsonOption(cmd, tr("Print a JSON array instead of text."));
}

int SnapshotsListCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto snapshots = Snapshots::list(store);
    if (!snapshots)
        return reportError(snapshots.error());

    if (json(cmd)) {
        QJsonArray array;
        for (const SnapshotInfo& s : snapshots.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), s.id);
            o.insert(QStringLiteral("side"), SnapshotSides::code(s.side));
            o.insert(QStringLiteral("origin"), s.origin);
            o.insert(QStringLiteral("source"), s.sourceName);
            o.insert(QStringLiteral("peildatum"), s.peildatum.toString(Qt::ISODate));
            o.insert(QStringLiteral("file"), s.fileName);
            o.insert(QStringLiteral("file_sha256"), QString::fromLatin1(s.fileHash.toHex()));
            o.insert(QStringLiteral("imported_at"), s.importedAt.toUTC().toString(Qt::ISODate));
            o.insert(QStringLiteral("imported_by"), s.importedBy);
            QJsonObject counts;
            counts.insert(QStringLiteral("rows_read"), s.rowsRead);
            counts.insert(QStringLiteral("accepted"), s.accepted);
            counts.insert(QStringLiteral("rejected"), s.rejected);
            counts.insert(QStringLiteral("warnings"), s.warnings);
            counts.insert(QStringLiteral("duplicates"), s.duplicates);
            o.insert(QStringLiteral("counts"), counts);
            array.append(o);
        }
        printJson(array);
        return ExitSuccess;
    }
    if (snapshots.value().isEmpty()) {
        printOut(tr("No lists have been imported into this store yet."));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    rows << QStringList {tr("ID"),       tr("Side"),     tr("Source"),   tr("Peildatum"), tr("Imported (UTC)"),
                         tr("Accepted"), tr("Rejected"), tr("Warnings"), tr("File")};
    for (const SnapshotInfo& s : snapshots.value()) {
        rows << QStringList {QString::number(s.id),
                             SnapshotSides::code(s.side),
                             s.sourceName,
                             s.peildatum.toString(Qt::ISODate),
                             s.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             QString::number(s.accepted),
                             QString::number(s.rejected),
                             QString::number(s.warnings),
                             s.fileName};
    }
    printTable(rows);
    return ExitSuccess;
}

SnapshotsDiffCommand::SnapshotsDiffCommand()
    : StoreCommand({QStringLiteral("snapshots diff"),
                    QStringLiteral("snapshots diff --store PATH --snapshot ID [--json] [--passphrase-file FILE]"),
                    tr("Show what changed since the previous list of the same source"),
                    tr("Show which children were added, removed or recorded differently in a list, compared with "
                       "the previous list of the same side and source.")})
{
}

void SnapshotsDiffCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("snapshot"), tr("The number of the list (see 'snapshots list')."),
                  QStringLiteral("ID"), true);
    addJsonOption(cmd, tr("Print a JSON object instead of text."));
}

std::optional<int> SnapshotsDiffCommand::prepare(CommandLine& cmd)
{
    return snapshotId(cmd, m_id);
}

int SnapshotsDiffCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto compared = SnapshotDiff::compareWithPrevious(store, m_id);
    if (!compared)
        return reportError(compared.error());
    const SnapshotDiff& d = compared.value();

    if (json(cmd)) {
        QJsonArray added, removed, changed;
        for (const SnapshotDiffItem& item : d.items) {
            if (item.kind == SnapshotDiffItem::Kind::Added) {
                added.append(recordJson(*item.after));
            } else if (item.kind == SnapshotDiffItem::Kind::Removed) {
                removed.append(recordJson(*item.before));
            } else {
                QJsonObject o = recordJson(*item.after);
                QJsonArray fields;
                for (const QString& field : item.changedFields) {
                    QJsonObject f;
                    f.insert(QStringLiteral("field"), field);
                    f.insert(QStringLiteral("before"), SnapshotDiff::fieldValue(*item.before, field));
                    f.insert(QStringLiteral("after"), SnapshotDiff::fieldValue(*item.after, field));
                    fields.append(f);
                }
                o.insert(QStringLiteral("changes"), fields);
                changed.append(o);
            }
        }
        QJsonObject counts;
        counts.insert(QStringLiteral("added"), d.added);
        counts.insert(QStringLiteral("removed"), d.removed);
        counts.insert(QStringLiteral("changed"), d.changed);
        counts.insert(QStringLiteral("unchanged"), d.unchanged);
        QJsonObject o;
        o.insert(QStringLiteral("snapshot"), d.current.id);
        o.insert(QStringLiteral("previous"), d.previous ? QJsonValue(d.previous->id) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("counts"), counts);
        o.insert(QStringLiteral("added"), added);
        o.insert(QStringLiteral("removed"), removed);
        o.insert(QStringLiteral("changed"), changed);
        printJson(o);
        return ExitSuccess;
    }

    printOut(d.summary());
    const auto section = [&](SnapshotDiffItem::Kind kind, const QString& title) {
        bool first = true;
        for (const SnapshotDiffItem& item : d.items) {
            if (item.kind != kind)
                continue;
            if (first) {
                printOut(QString());
                printOut(title);
                first = false;
            }
            const CaseRecord& r = item.after ? *item.after : *item.before;
            QString line = recordLine(r);
            if (kind == SnapshotDiffItem::Kind::Changed) {
                QStringList changes;
                for (const QString& field : item.changedFields) {
                    changes << QStringLiteral("%1: %2 -> %3")
                                   .arg(field, SnapshotDiff::fieldValue(*item.before, field),
                                        SnapshotDiff::fieldValue(*item.after, field));
                }
                line += QStringLiteral("\n      ") + changes.join(QStringLiteral("; "));
            }
            printOut(line);
        }
    };
    section(SnapshotDiffItem::Kind::Added, tr("Added:"));
    section(SnapshotDiffItem::Kind::Removed, tr("Removed:"));
    section(SnapshotDiffItem::Kind::Changed, tr("Recorded differently:"));
    return ExitSuccess;
}

SnapshotsReportCommand::SnapshotsReportCommand()
    : StoreCommand({QStringLiteral("snapshots report"),
                    QStringLiteral("snapshots report --store PATH --snapshot ID [--rejected-csv FILE] [--json] "
                                   "[--pdf FILE] [--passphrase-file FILE]"),
                    tr("Show the stored report of an import; export its rejected rows"),
                    tr("Show the report of a stored import again: the counts, every rejected row and warning with "
                       "its line, column and reason, and the columns left out. With --rejected-csv the rejected "
                       "rows are written to a CSV file to fix at the source.")})
{
}

void SnapshotsReportCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("snapshot"), tr("The number of the list (see 'snapshots list')."),
                  QStringLiteral("ID"), true);
    cmd.addOption(QStringLiteral("rejected-csv"),
                  tr("Write the rejected rows to this CSV file (UTF-8, semicolons; opens in Excel). The store keeps "
                     "only the cells the agreement allows, so other cells of these rows are empty."),
                  QStringLiteral("FILE"));
    addJsonOption(cmd, tr("Print a JSON object instead of text."));
    cmd.addOption(QStringLiteral("pdf"),
                  tr("Also write the report with its problem rows as a PDF to FILE (personal data: marked "
                     "confidential)."),
                  QStringLiteral("FILE"));
}

std::optional<int> SnapshotsReportCommand::prepare(CommandLine& cmd)
{
    m_rejectedCsv = cmd.isSet(QStringLiteral("rejected-csv"))
        ? StoreAccess::absolutePath(cmd.value(QStringLiteral("rejected-csv")))
        : QString();
    return snapshotId(cmd, m_id);
}

int SnapshotsReportCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const bool asJson = json(cmd);
    const auto loaded = ImportReport::load(store, m_id);
    if (!loaded)
        return reportError(loaded.error());
    const ImportReport& r = loaded.value();

    qint64 exported = 0;
    if (!m_rejectedCsv.isEmpty()) {
        // Every rejected row, read from the store one at a time.
        const Result<qint64> written = ImportReport::exportRejectedCsv(store, m_id, m_rejectedCsv);
        if (!written)
            return reportError(written.error());
        exported = written.value();
        // Personal data left the encrypted store: recorded, with the count only.
        (void)store.audit().append(QStringLiteral("import.rejected_exported"),
                                   QStringLiteral("snapshot=%1 rows=%2").arg(m_id).arg(exported));
    }
    if (cmd.isSet(QStringLiteral("pdf"))) {
        const QString pdf = StoreAccess::absolutePath(cmd.value(QStringLiteral("pdf")));
        if (auto written = CaseDocuments::importReport(r, store.organisation().name).writePdf(pdf); !written)
            return reportError(written.error());
        (void)store.audit().append(QStringLiteral("import.report_printed"),
                                   QStringLiteral("snapshot=%1 issues=%2").arg(m_id).arg(r.issues.size()));
    }
    if (asJson)
        printJson(ImportCommands::reportJson(r));
    else
        ImportCommands::printReport(r);
    if (!m_rejectedCsv.isEmpty() && !asJson)
        printOut(
            tr("Wrote %n rejected row(s) to %1.", nullptr, int(exported)).arg(StoreAccess::displayPath(m_rejectedCsv)));
    return ExitSuccess;
}

} // namespace inbeeld::cli
