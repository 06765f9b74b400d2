#include "app/cli/commands/ImportCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/domain/DutchDate.h"
#include "core/importing/Importer.h"
#include "core/importing/SnapshotDiff.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define INBEELD_ISATTY(fd) _isatty(fd)
#define INBEELD_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define INBEELD_ISATTY(fd) isatty(fd)
#define INBEELD_FILENO(f) fileno(f)
#endif

namespace inbeeld::cli {

namespace {

QJsonValue nullable(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonObject issueJson(const ImportIssue& issue)
{
    QJsonObject o;
    o.insert(QStringLiteral("line"), issue.line);
    o.insert(QStringLiteral("column"), issue.column);
    o.insert(QStringLiteral("value"), issue.value);
    o.insert(QStringLiteral("code"), issue.code);
    o.insert(QStringLiteral("reason"), issue.message);
    return o;
}

/// --map "Soort=category": the mapping of a column (by its header, as written, case-insensitive).
std::optional<QString> applyMapOption(ColumnMapping& mapping, const QString& option)
{
    const qsizetype eq = option.lastIndexOf(u'=');
    if (eq <= 0)
        return ImportCommands::tr("--map needs COLUMN=FIELD, for example --map \"Soort=category\"");
    const QString header = option.left(eq).simplified();
    const QString fieldCode = option.mid(eq + 1).trimmed();
    const auto field = ImportFields::fromCode(fieldCode);
    if (!field) {
        QStringList codes;
        for (const ImportField f : ImportFields::all())
            codes << ImportFields::code(f);
        return ImportCommands::tr("unknown field '%1' in --map; use one of: %2, or none")
            .arg(fieldCode, codes.join(QStringLiteral(", ")));
    }
    for (int i = 0; i < mapping.columnCount(); ++i) {
        if (mapping.headers().at(i).simplified().compare(header, Qt::CaseInsensitive) == 0) {
            mapping.setField(i, *field);
            return std::nullopt;
        }
    }
    return ImportCommands::tr("the file has no column '%1' (its columns: %2)")
        .arg(header, mapping.headers().join(QStringLiteral(", ")));
}

QString mappingLines(const ColumnMapping& mapping)
{
    QStringList lines;
    for (int i = 0; i < mapping.columnCount(); ++i) {
        const QString code = ImportFields::code(mapping.field(i));
        lines
            << QStringLiteral("  %1 -> %2").arg(mapping.columnLabel(i), code.isEmpty() ? QStringLiteral("none") : code);
    }
    return lines.join(u'\n');
}

} // namespace

QJsonObject ImportCommands::reportJson(const ImportReport& r)
{
    QJsonObject counts;
    counts.insert(QStringLiteral("rows_read"), r.rowsRead);
    counts.insert(QStringLiteral("accepted"), r.accepted);
    counts.insert(QStringLiteral("rejected"), r.rejected);
    counts.insert(QStringLiteral("warnings"), r.warnings);
    counts.insert(QStringLiteral("duplicates"), r.duplicates);
    QJsonArray rejected, warnings, dropped, notImported, notes, mapping;
    for (const ImportIssue& issue : r.issues)
        (issue.isError() ? rejected : warnings).append(issueJson(issue));
    for (const LeftOutColumn& left : r.leftOut) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), left.header);
        o.insert(QStringLiteral("field"), ImportFields::code(left.field));
        o.insert(QStringLiteral("category"), left.category);
        o.insert(QStringLiteral("rows"), left.rows);
        o.insert(QStringLiteral("message"), left.message());
        dropped.append(o);
    }
    for (const NotImportedColumn& column : r.notImported) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), column.header);
        o.insert(QStringLiteral("message"), column.message());
        notImported.append(o);
    }
    for (const ImportIssue& issue : r.fileIssues) {
        if (issue.code != QLatin1String("column_left_out") && issue.code != QLatin1String("column_not_imported"))
            notes.append(issue.message);
        // A report loaded from the store keeps the columns left out as file issues only.
        if (r.leftOut.isEmpty() && issue.code == QLatin1String("column_left_out")) {
            QJsonObject o;
            o.insert(QStringLiteral("column"), issue.column);
            o.insert(QStringLiteral("category"), issue.value);
            o.insert(QStringLiteral("message"), issue.message);
            dropped.append(o);
        }
    }
    for (int i = 0; i < r.mapping.columnCount(); ++i) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), r.mapping.headers().at(i));
        o.insert(QStringLiteral("field"), ImportFields::code(r.mapping.field(i)));
        mapping.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("snapshot"), nullable(r.snapshotId));
    o.insert(QStringLiteral("stored"), r.stored());
    o.insert(QStringLiteral("dry_run"), r.dryRun);
    o.insert(QStringLiteral("file"), r.fileName);
    o.insert(QStringLiteral("format"), r.format);
    if (!r.encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), r.encoding);
    if (!r.delimiter.isEmpty())
        o.insert(QStringLiteral("delimiter"), r.delimiter);
    if (!r.sheetName.isEmpty())
        o.insert(QStringLiteral("sheet"), r.sheetName);
    o.insert(QStringLiteral("header_line"), r.headerLine);
    o.insert(QStringLiteral("side"), SnapshotSides::code(r.side));
    o.insert(QStringLiteral("source"), r.sourceName);
    o.insert(QStringLiteral("peildatum"), r.peildatum.toString(Qt::ISODate));
    o.insert(QStringLiteral("profile"), r.profileName.isEmpty() ? QJsonValue(QJsonValue::Null) : r.profileName);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("imported"), r.stored() || r.dryRun ? r.accepted : 0);
    o.insert(QStringLiteral("rejected"), rejected);
    o.insert(QStringLiteral("warnings"), warnings);
    // Only the first ImportReport::KeptInFull issues are listed; the store keeps them all.
    o.insert(QStringLiteral("issues_left_out"), r.issuesLeftOut);
    o.insert(QStringLiteral("dropped_columns"), dropped);
    o.insert(QStringLiteral("not_imported_columns"), notImported);
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("mapping"), mapping);
    return o;
}

void ImportCommands::printReport(const ImportReport& r)
{
    printOut(r.summary());
    const QList<ImportIssue> errors = r.errors();
    const QList<ImportIssue> warnings = r.rowWarnings();
    if (!errors.isEmpty()) {
        printOut(QString());
        printOut(ImportCommands::tr("Rows not imported:"));
        for (const ImportIssue& issue : errors)
            printOut(QStringLiteral("  ") + issue.text());
    }
    if (!warnings.isEmpty()) {
        printOut(QString());
        printOut(ImportCommands::tr("Warnings (rows imported):"));
        for (const ImportIssue& issue : warnings)
            printOut(QStringLiteral("  ") + issue.text());
    }
    if (!r.fileIssues.isEmpty()) {
        printOut(QString());
        printOut(ImportCommands::tr("About the file:"));
        for (const ImportIssue& issue : r.fileIssues)
            printOut(QStringLiteral("  ") + issue.text());
    }
}

QString ImportCommands::snapshotsHelp()
{
    return tr("Usage: %1 snapshots list|diff|report|delete [options]\n"
              "The lists (snapshots) in a store: each import makes one.\n"
              "\n"
              "Commands:\n"
              "  list   List the snapshots: number, side, source, peildatum, counts, file\n"
              "  diff   Show what changed in a snapshot since the previous one of the same source\n"
              "  report Show the import report of a snapshot again, or export its rejected rows\n"
              "  delete Delete a wrongly imported list with its records (asks for --yes)\n"
              "\n"
              "Run '%1 snapshots <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

ImportCommand::ImportCommand()
    : StoreCommand({QStringLiteral("import"),
                    QStringLiteral("import FILE --store PATH [--side ours|theirs] [--source NAME] "
                                   "[--peildatum YYYY-MM-DD] [--sheet NAME] [--category CODE] [--profile NAME] "
                                   "[--save-profile NAME] [--map COLUMN=FIELD]... [--dry-run] [--rejected-csv FILE] "
                                   "[--json] [--passphrase-file FILE]"),
                    tr("Import a list of thuiszitters (CSV or XLSX) into a new snapshot"),
                    tr("Import a list of thuiszitters (CSV or XLSX) into a new snapshot of the store. Every row is "
                       "checked; rows with errors are not imported and are listed with the reason, the others are "
                       "stored in one go (all or nothing). Fields the agreement does not allow for a row's category "
                       "are not stored.")})
{
}

void ImportCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("FILE"), tr("The list to import (.csv or .xlsx)."));
    cmd.addOption(QStringLiteral("file"), tr("The list to import (instead of FILE)."), QStringLiteral("FILE"));
    cmd.addOption(QStringLiteral("side"),
                  tr("Whose list it is: ours (your own organisation's, the default) or theirs (a partner's)."),
                  QStringLiteral("SIDE"));
    cmd.addOption(QStringLiteral("source"),
                  tr("Who delivered the list. Lists of the same source are compared with each other. Default for "
                     "ours: the organisation's name; required for theirs."),
                  QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("peildatum"),
                  tr("The list's reference date (YYYY-MM-DD). Default: a 'Peildatum' above the header, else today."),
                  QStringLiteral("DATE"));
    cmd.addOption(QStringLiteral("sheet"), tr("XLSX: the sheet to read (default: the first)."), QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("category"),
                  tr("One category for every row, for lists without a category column: absoluut, langdurig or "
                     "vrijstelling_5a."),
                  QStringLiteral("CODE"));
    cmd.addOption(QStringLiteral("profile"), tr("Map the columns with this saved column mapping."),
                  QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("save-profile"),
                  tr("Save the column mapping under this name; a later list with the same columns uses it "
                     "automatically."),
                  QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("map"),
                  tr("Map a column to a field, e.g. --map \"Soort=category\" or --map \"Opmerking=none\". May be "
                     "repeated."),
                  QStringLiteral("COLUMN=FIELD"));
    cmd.addOption(QStringLiteral("dry-run"), tr("Check the list and report, but store nothing."));
    cmd.addOption(QStringLiteral("rejected-csv"),
                  tr("Write the rows that were not imported, with the reasons, to this CSV file (for Excel)."),
                  QStringLiteral("FILE"));
    addJsonOption(cmd, tr("Print the report as a JSON object."));
    cmd.addSection(tr("Fields for --map: %1, none.\n"
                      "Exit code 0 when rows were imported (also when some were rejected: see the report), 1 when "
                      "nothing was imported.")
                       .arg([] {
                           QStringList codes;
                           for (const ImportField f : ImportFields::all())
                               codes << ImportFields::code(f);
                           return codes.join(QStringLiteral(", "));
                       }()));
}

std::optional<int> ImportCommand::prepare(CommandLine& cmd)
{
    m_file = cmd.positional();
    if (cmd.isSet(QStringLiteral("file"))) {
        if (!m_file.isEmpty())
            return cmd.usageError(tr("give the file once: as FILE or with --file"));
        m_file = cmd.value(QStringLiteral("file"));
    }
    if (m_file.isEmpty())
        return cmd.usageError(tr("missing the file to import"));
    m_file = StoreAccess::absolutePath(m_file);

    m_options = ImportOptions();
    if (cmd.isSet(QStringLiteral("side"))) {
        const auto side = SnapshotSides::fromCode(cmd.value(QStringLiteral("side")).trimmed().toLower());
        if (!side)
            return cmd.usageError(tr("unknown side '%1': use ours or theirs").arg(cmd.value(QStringLiteral("side"))));
        m_options.side = *side;
    }
    m_options.sourceName = cmd.value(QStringLiteral("source"));
    if (m_options.side == SnapshotSide::Theirs && m_options.sourceName.trimmed().isEmpty())
        return cmd.usageError(tr("--source NAME is required for a partner's list (--side theirs)"));
    if (cmd.isSet(QStringLiteral("peildatum"))) {
        const Result<QDate> date = DutchDate::parse(cmd.value(QStringLiteral("peildatum")));
        if (!date)
            return cmd.usageError(tr("--peildatum: %1").arg(date.message()));
        m_options.peildatum = date.value();
    }
    m_options.sheetName = cmd.value(QStringLiteral("sheet"));
    m_options.fixedCategory = cmd.value(QStringLiteral("category"));
    m_options.profileName = cmd.value(QStringLiteral("profile"));
    m_options.saveProfileAs = cmd.value(QStringLiteral("save-profile"));
    m_options.dryRun = cmd.isSet(QStringLiteral("dry-run"));
    m_rejectedCsv = cmd.isSet(QStringLiteral("rejected-csv"))
        ? StoreAccess::absolutePath(cmd.value(QStringLiteral("rejected-csv")))
        : QString();
    if (!QFileInfo(m_file).isFile())
        return reportFailure(tr("the file %1 does not exist").arg(StoreAccess::displayPath(m_file)));
    m_options.rejectedCsv = m_rejectedCsv; // written as the rows are read: every rejected row
    return std::nullopt;
}

int ImportCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const bool asJson = json(cmd);
    Importer importer(store);

    // The mapping as the wizard would show it, adjusted by --map; checked before reading everything.
    auto preview = importer.preview(m_file, m_options);
    if (!preview)
        return reportError(preview.error());
    const QStringList maps = cmd.values(QStringLiteral("map"));
    if (!maps.isEmpty()) {
        ColumnMapping mapping = preview.value().mapping;
        for (const QString& map : maps) {
            if (const auto problem = applyMapOption(mapping, map))
                return cmd.usageError(*problem);
        }
        m_options.mapping = mapping;
    }
    const ColumnMapping& mapping = m_options.mapping ? *m_options.mapping : preview.value().mapping;
    if (const QString missing = mapping.missingRequiredMessage(!m_options.fixedCategory.trimmed().isEmpty());
        !missing.isEmpty()) {
        printErr(programName() + QStringLiteral(": ") + missing);
        printErr(tr("The columns were mapped like this (change it with --map COLUMN=FIELD, or give --category):"));
        printErr(mappingLines(mapping));
        return ExitFailure;
    }

    const bool showProgress = !asJson && INBEELD_ISATTY(INBEELD_FILENO(stderr));
    int lastPercent = -1;
    const ImportProgress progress = [&](qint64 rows, qint64 done, qint64 total) {
        if (!showProgress || total <= 0)
            return true;
        const int percent = int(done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            std::fprintf(stderr, "\r%s", qPrintable(tr("Importing: %1% (%2 rows)").arg(percent).arg(rows)));
            std::fflush(stderr);
        }
        return true;
    };
    const ImportPhaseChanged phase = [&](ImportPhase now, qint64 rows) {
        if (!showProgress || now != ImportPhase::Committing)
            return;
        std::fprintf(stderr, "\r%s", qPrintable(tr("Saving %1 rows in the encrypted store…").arg(rows)));
        std::fflush(stderr);
        lastPercent = std::max(lastPercent, 0);
    };
    auto report = importer.run(m_file, m_options, progress, phase);
    if (showProgress && lastPercent >= 0) {
        std::fprintf(stderr, "\n");
        std::fflush(stderr);
    }
    if (!report)
        return reportError(report.error());
    const ImportReport& r = report.value();

    if (asJson)
        printJson(ImportCommands::reportJson(r));
    else
        ImportCommands::printReport(r);
    if (!m_rejectedCsv.isEmpty() && !asJson) {
        printOut(tr("Wrote %n rejected row(s) to %1.", nullptr, int(r.rejected))
                     .arg(StoreAccess::displayPath(m_rejectedCsv)));
    }
    if (r.stored() || (r.dryRun && r.accepted > 0))
        return r.rejected > 0 ? ExitPartial : ExitSuccess;
    return reportFailure(r.dryRun ? tr("none of the rows could be imported")
                                  : tr("nothing was imported: none of the %1 rows could be imported").arg(r.rowsRead));
}

} // namespace inbeeld::cli
