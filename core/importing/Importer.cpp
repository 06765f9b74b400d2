#include "core/importing/Importer.h"

#include "core/audit/AuditLog.h"
#include "core/domain/DutchDate.h"
#include "core/domain/PersonName.h"
#include "core/importing/CategoryRecognizer.h"
#include "core/importing/CsvReader.h"
#include "core/importing/FileHasher.h"
#include "core/importing/HeaderRecognizer.h"
#include "core/importing/MappingProfiles.h"
#include "core/importing/RejectedRowsCsv.h"
#include "core/importing/RowValidator.h"
#include "core/importing/SnapshotWriter.h"
#include "core/importing/ValidationPipeline.h"
#include "core/importing/XlsxReader.h"
#include "core/storage/PageCache.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

/// The page cache during an import. Larger is no faster since the changed pages are written while
/// the importer waits (see PagesWrittenEvery), and it would only crowd out the validating thread's
/// data from the processor's cache (measured: 8, 16 and 64 MiB alike; session 3 found the default 2 MiB slower).
constexpr int ImportCacheKiB = 16 * 1024;
/// Records stored between two writes of the changed pages while waiting (about 1 MB of records):
/// a write also writes again the last, half-filled pages of the table and its index.
constexpr qsizetype PagesWrittenEvery = 8192;

QString delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

/// The counts and names of an import, for the audit log: never a value from the list.
QString auditDetail(const ImportReport& r)
{
    return QStringLiteral("snapshot=%1 side=%2 source=\"%3\" file=\"%4\" rows=%5 accepted=%6 rejected=%7 "
                          "warnings=%8 duplicates=%9")
        .arg(QString::number(r.snapshotId), SnapshotSides::code(r.side), r.sourceName, r.fileName,
             QString::number(r.rowsRead), QString::number(r.accepted), QString::number(r.rejected),
             QString::number(r.warnings), QString::number(r.duplicates));
}

/// Counts one checked row into the report; with a writer the row's issues (and, when rejected,
/// what the store may keep of the row) are stored, with a CSV the rejected row is written there.
Result<void> tallyRow(ValidationPipeline::Item& item, const RowValidator& validator, ImportReport& report,
                      SnapshotWriter* writer, RejectedRowsCsv* rejectedCsv)
{
    RowOutcome& outcome = item.outcome;
    ++report.rowsRead;
    QStringList errorTexts;
    for (const ImportIssue& issue : std::as_const(outcome.issues)) {
        if (issue.isError())
            errorTexts.append(issue.text());
        else
            ++report.warnings;
        if (writer) {
            if (auto added = writer->addIssue(issue); !added)
                return added.error();
        }
    }
    // The report keeps the first issues and rejected rows; the store and the CSV all.
    if (report.issues.size() < ImportReport::KeptInFull)
        report.issues.append(std::move(outcome.issues));
    else
        report.issuesLeftOut += outcome.issues.size();
    if (outcome.rejected) {
        ++report.rejected;
        RejectedRow rejected {item.row.lineNumber, std::move(item.row.cells), errorTexts};
        if (rejectedCsv)
            rejectedCsv->write(rejected);
        if (writer) {
            // The store keeps only what an accepted row could have kept (see storableCells).
            const RejectedRow kept {rejected.line, validator.storableCells({rejected.line, rejected.cells}, outcome),
                                    rejected.messages};
            if (auto added = writer->addRejectedRow(kept); !added)
                return added.error();
        }
        if (report.rejectedRows.size() < ImportReport::KeptInFull)
            report.rejectedRows.append(std::move(rejected));
        else
            ++report.rejectedRowsLeftOut;
    } else if (outcome.duplicate) {
        ++report.duplicates;
    } else {
        ++report.accepted;
    }
    return {};
}

/// The warnings about the file as a whole: columns left out or not imported, and the same file
/// imported before.
Result<void> addFileIssues(Store& store, const RowValidator& validator, const ColumnMapping& mapping,
                           ImportReport& report)
{
    report.leftOut = validator.leftOutColumns();
    for (const LeftOutColumn& left : std::as_const(report.leftOut)) {
        ImportIssue issue;
        issue.column = left.header;
        issue.value = left.category;
        issue.severity = ImportIssue::Severity::Warning;
        issue.code = QStringLiteral("column_left_out");
        issue.message = left.message();
        report.fileIssues.append(issue);
    }
    for (const int column : mapping.unmappedColumns()) {
        NotImportedColumn notImported {column, mapping.columnLabel(column)};
        ImportIssue issue;
        issue.column = notImported.header;
        issue.severity = ImportIssue::Severity::Warning;
        issue.code = QStringLiteral("column_not_imported");
        issue.message = notImported.message();
        report.fileIssues.append(issue);
        report.notImported.append(notImported);
    }
    if (report.fileHash.isEmpty())
        return {};
    auto before = Snapshots::withFileHash(store, report.fileHash);
    if (!before)
        return before.error();
    report.sameFileBefore = before.value();
    for (const SnapshotInfo& earlier : std::as_const(report.sameFileBefore)) {
        ImportIssue issue;
        issue.severity = ImportIssue::Severity::Warning;
        issue.code = QStringLiteral("same_file_imported_before");
        issue.message = Importer::tr("This same file was imported before, on %1 as list %2 (%3, source %4).")
                            .arg(earlier.importedAt.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm")))
                            .arg(earlier.id)
                            .arg(SnapshotSides::code(earlier.side), earlier.sourceName);
        report.fileIssues.append(issue);
    }
    return {};
}

/// Waiting for the pipeline is the time to hash the file, and to encrypt and write the pages
/// stored so far, which the commit would otherwise do at the end, alone.
Result<void> workWhileWaiting(ValidationPipeline& pipeline, FileHasher& hasher, SnapshotWriter* writer)
{
    while (!pipeline.hasNext()) {
        if (hasher.step())
            continue;
        if (!writer)
            break;
        auto wrote = writer->writeChangedPages(PagesWrittenEvery);
        if (!wrote)
            return wrote.error();
        if (!wrote.value())
            break;
    }
    return {};
}

/// The new snapshot's row, as the import begins (the counts follow at the end).
SnapshotInfo newSnapshot(const ImportReport& report)
{
    SnapshotInfo snapshot;
    snapshot.side = report.side;
    snapshot.origin = QStringLiteral("import");
    snapshot.sourceName = report.sourceName;
    snapshot.peildatum = report.peildatum;
    snapshot.fileName = report.fileName;
    snapshot.importedAt = QDateTime::currentDateTimeUtc();
    snapshot.importedBy = AuditLog::currentActor();
    return snapshot;
}

/// Completes the stored snapshot: its counts, the file's issues and the mapping profile to save.
Result<void> finishSnapshot(SnapshotWriter& writer, SnapshotInfo& snapshot, ImportReport& report,
                            const ImportOptions& options, QSqlDatabase db)
{
    snapshot.fileHash = report.fileHash;
    snapshot.rowsRead = report.rowsRead;
    snapshot.accepted = report.accepted;
    snapshot.rejected = report.rejected;
    snapshot.warnings = report.warnings;
    snapshot.duplicates = report.duplicates;
    if (auto finished = writer.finish(snapshot); !finished)
        return finished.error();
    for (const ImportIssue& issue : std::as_const(report.fileIssues)) {
        if (auto added = writer.addIssue(issue); !added)
            return added.error();
    }
    if (!options.saveProfileAs.trimmed().isEmpty()) {
        if (auto saved = MappingProfiles(db).save(options.saveProfileAs, report.mapping); !saved)
            return saved.error();
        report.profileName = options.saveProfileAs.simplified();
    }
    report.snapshotId = snapshot.id;
    return {};
}

} // namespace

Importer::Importer(Store& store)
    : m_store(store)
{
    Result<Agreement> agreement = AgreementCatalog::builtIn(store.organisation().agreementId);
    if (agreement)
        m_agreement = agreement.takeValue();
    else
        m_agreementError = agreement.error();
}

Importer::Importer(Store& store, Agreement agreement)
    : m_store(store)
    , m_agreement(std::move(agreement))
{
}

std::optional<QDate> Importer::peildatumFromTitleRows(const QList<TableRow>& rows)
{
    for (const TableRow& row : rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const QString cell = row.cells[i].trimmed();
            if (!PersonName::fold(cell).startsWith(QLatin1String("peildatum")))
                continue;
            QString value;
            const qsizetype colon = cell.indexOf(u':');
            if (colon >= 0)
                value = cell.mid(colon + 1).trimmed();
            for (qsizetype j = i + 1; value.isEmpty() && j < row.cells.size(); ++j)
                value = row.cells[j].trimmed();
            if (const Result<QDate> date = DutchDate::parse(value); date)
                return date.value();
        }
    }
    return std::nullopt;
}

Result<Importer::Opened> Importer::open(const QString& path, const ImportOptions& options) const
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        return makeError(
            Error::Code::Io,
            tr("The file %1 does not exist. Check the name and the folder.").arg(QDir::toNativeSeparators(path)));
    }
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         tr("The file %1 cannot be read: %2. Close it in other programs and check "
                            "that you may read it.")
                             .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    const bool zip = probe.read(4) == QByteArrayLiteral("PK\x03\x04");
    probe.close();

    Opened opened;
    if (zip) {
        auto reader = std::make_unique<XlsxReader>(path);
        if (!options.sheetName.isEmpty())
            reader->setSheetName(options.sheetName);
        if (auto ok = reader->open(); !ok)
            return ok.error();
        opened.format = QStringLiteral("XLSX");
        opened.sheetName = reader->sheetName();
        opened.sheetNames = reader->sheetNames();
        opened.reader = std::move(reader);
    } else {
        auto reader = std::make_unique<CsvReader>(path);
        if (auto ok = reader->open(); !ok)
            return ok.error();
        opened.format = QStringLiteral("CSV");
        opened.encoding = TextDecoder::name(reader->encoding());
        opened.delimiter = delimiterName(reader->delimiter());
        opened.reader = std::move(reader);
    }
    return opened;
}

Result<Importer::ResolvedMapping> Importer::resolveMapping(const QStringList& headers,
                                                           const ImportOptions& options) const
{
    ResolvedMapping resolved;
    if (options.mapping) {
        resolved.origin = MappingOrigin::Given;
        resolved.mapping = options.mapping->headers() == headers
            ? *options.mapping
            : ColumnMapping::fromJson(options.mapping->toJson(), headers);
        return resolved;
    }
    MappingProfiles profiles(m_store.database());
    if (!options.profileName.trimmed().isEmpty()) {
        auto loaded = profiles.load(options.profileName);
        if (!loaded)
            return loaded.error();
        if (!loaded.value()) {
            return makeError(Error::Code::InvalidInput,
                             tr("There is no saved column mapping named \"%1\". Check the name, or import without "
                                "it to let the program recognise the columns.")
                                 .arg(options.profileName.simplified()));
        }
        resolved.origin = MappingOrigin::Profile;
        resolved.profileName = loaded.value()->name;
        resolved.mapping = loaded.value()->applyTo(headers);
        return resolved;
    }
    auto found = profiles.findProfile(headers);
    if (!found)
        return found.error();
    if (found.value()) {
        resolved.origin = MappingOrigin::Profile;
        resolved.profileName = found.value()->name;
        resolved.mapping = found.value()->applyTo(headers);
        return resolved;
    }
    resolved.origin = MappingOrigin::Recognized;
    resolved.mapping = HeaderRecognizer::recognise(headers).mapping;
    return resolved;
}

Result<QString> Importer::resolveFixedCategory(const QString& text) const
{
    if (const AgreementCategory* category = m_agreement->category(text.trimmed()))
        return category->code;
    if (const auto code = CategoryRecognizer::recognise(text, &*m_agreement))
        return *code;
    QStringList codes;
    for (const AgreementCategory& category : m_agreement->categories())
        codes << category.code;
    return makeError(Error::Code::InvalidInput,
                     tr("\"%1\" is not a category of the agreement. Choose one of: %2.")
                         .arg(text.simplified(), codes.join(QStringLiteral(", "))));
}

Result<QString> Importer::resolveSource(const ImportOptions& options) const
{
    const QString source = options.sourceName.simplified();
    if (!source.isEmpty())
        return source;
    if (options.side == SnapshotSide::Ours)
        return m_store.organisation().name;
    return makeError(Error::Code::InvalidInput,
                     tr("Name the source of this list (the partner that delivered it, for example \"SWV De "
                        "Liemers\"), so that the next list from them can be compared with this one."));
}

Result<ImportPreview> Importer::preview(const QString& path, const ImportOptions& options) const
{
    auto opened = open(path, options);
    if (!opened)
        return opened.error();
    TableReader& reader = *opened.value().reader;
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    preview.fileSize = QFileInfo(path).size();
    preview.format = opened.value().format;
    preview.encoding = opened.value().encoding;
    preview.delimiter = opened.value().delimiter;
    preview.sheetName = opened.value().sheetName;
    preview.sheetNames = opened.value().sheetNames;
    preview.headerLine = reader.headerRow().lineNumber;
    preview.headers = reader.headerRow().cells;
    preview.titleRows = reader.titleRows();
    while (preview.rows.size() < options.previewRows) {
        auto row = reader.nextRow();
        if (!row)
            break;
        preview.rows.append(*row);
    }
    if (reader.hasError())
        return reader.error();

    auto resolved = resolveMapping(preview.headers, options);
    if (!resolved)
        return resolved.error();
    preview.mapping = resolved.value().mapping;
    preview.mappingOrigin = resolved.value().origin;
    preview.profileName = resolved.value().profileName;
    const bool fixed = !options.fixedCategory.trimmed().isEmpty();
    preview.missingRequired = preview.mapping.missingRequired(fixed);
    preview.missingMessage = preview.mapping.missingRequiredMessage(fixed);
    const auto fromFile = peildatumFromTitleRows(preview.titleRows);
    preview.peildatumFromFile = !options.peildatum.isValid() && fromFile.has_value();
    preview.peildatum = options.peildatum.isValid() ? options.peildatum
        : fromFile                                  ? *fromFile
                                                    : (options.today.isValid() ? options.today : QDate::currentDate());
    return preview;
}

Result<ImportReport> Importer::rollBack(Transaction& transaction, const Error& error, const QString& auditAction,
                                        const QString& detail)
{
    transaction.rollback();
    if (!auditAction.isEmpty())
        (void)m_store.audit().append(auditAction, detail); // best effort: the rollback is what matters
    return error;
}

ImportReport Importer::startReport(const QString& path, const ImportOptions& options, const QString& source,
                                   const Opened& opened, const ResolvedMapping& resolved, const QDate& today)
{
    const TableReader& reader = *opened.reader;
    ImportReport report;
    report.dryRun = options.dryRun;
    report.fileName = QFileInfo(path).fileName();
    report.side = options.side;
    report.sourceName = source;
    report.peildatum
        = options.peildatum.isValid() ? options.peildatum : peildatumFromTitleRows(reader.titleRows()).value_or(today);
    report.format = opened.format;
    report.encoding = opened.encoding;
    report.delimiter = opened.delimiter;
    report.sheetName = opened.sheetName;
    report.headerLine = reader.headerRow().lineNumber;
    report.mapping = resolved.mapping;
    report.profileName = resolved.profileName;
    return report;
}

Result<ImportReport> Importer::run(const QString& path, const ImportOptions& options, const ImportProgress& progress,
                                   const ImportPhaseChanged& phaseChanged)
{
    if (!m_agreement)
        return m_agreementError;
    auto source = resolveSource(options);
    if (!source)
        return source.error();
    const auto fixed = options.fixedCategory.trimmed().isEmpty() ? Result<QString>(QString())
                                                                 : resolveFixedCategory(options.fixedCategory);
    if (!fixed)
        return fixed.error();
    const QString fixedCategory = fixed.value();
    auto opened = open(path, options);
    if (!opened)
        return opened.error();
    TableReader& reader = *opened.value().reader;
    const QStringList headers = reader.headerRow().cells;
    auto resolved = resolveMapping(headers, options);
    if (!resolved)
        return resolved.error();
    const ColumnMapping mapping = resolved.value().mapping;
    if (const QString missing = mapping.missingRequiredMessage(!fixedCategory.isEmpty()); !missing.isEmpty())
        return makeError(Error::Code::InvalidInput, missing);

    FileHasher hasher(QFileInfo(path).absoluteFilePath());

    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    ImportReport report = startReport(path, options, source.value(), opened.value(), resolved.value(), today);

    RowValidator validator(mapping, *m_agreement, {report.peildatum, today, fixedCategory});

    SnapshotInfo snapshot = newSnapshot(report);

    QSqlDatabase db = m_store.database();
    // Declared first: the cache is put back after the transaction has ended.
    std::optional<LargerPageCache> pageCache;
    // Declared before the writer: the writer's statements end before the transaction does.
    std::optional<Transaction> transaction;
    std::optional<SnapshotWriter> writer;
    // Stops the import: with a writer the transaction is rolled back and the audit log says why.
    const auto stop = [&](const Error& error, const QString& auditAction) {
        return writer ? rollBack(*transaction, error, auditAction,
                                 QStringLiteral("file=\"%1\" side=%2 source=\"%3\" after %4 rows")
                                     .arg(report.fileName, SnapshotSides::code(report.side), report.sourceName)
                                     .arg(report.rowsRead))
                      : Result<ImportReport>(error);
    };
    const auto fail = [&](const Error& error) { return stop(error, QStringLiteral("import.failed")); };
    const auto cancel = [&]() {
        return stop(makeError(Error::Code::Cancelled,
                              tr("The import was cancelled. Nothing was stored; the store is as it was.")),
                    QStringLiteral("import.cancelled"));
    };

    if (!options.dryRun) {
        // A larger page cache for the length of the import: SQLite's default (2 MiB) makes a long
        // transaction write, re-read and so re-encrypt the same index pages over and over.
        pageCache.emplace(db, ImportCacheKiB);
        transaction.emplace(db);
        if (!transaction->isActive()) {
            return makeError(Error::Code::Database,
                             tr("The store is busy, so the list could not be imported. Try again in a moment."));
        }
        writer.emplace(db);
        auto began = writer->begin(snapshot, mapping);
        if (!began)
            return fail(began.error());
        snapshot.id = began.value();
    }

    std::optional<RejectedRowsCsv> rejectedCsv;
    if (!options.rejectedCsv.isEmpty()) {
        rejectedCsv.emplace(options.rejectedCsv);
        if (auto begun = rejectedCsv->begin(mapping.headers()); !begun)
            return fail(begun.error());
    }
    if (phaseChanged)
        phaseChanged(ImportPhase::Reading, 0);
    // Reading and checking run on a thread of their own; this thread stores (it owns the connection).
    const int interval = std::max(1, options.progressInterval);
    qint64 bytesTotal = 0;
    {
        // When storing, the pipeline's thread also encodes the accepted records for the writer.
        ValidationPipeline pipeline(reader, validator, writer.has_value());
        for (;;) {
            if (auto waited = workWhileWaiting(pipeline, hasher, writer ? &*writer : nullptr); !waited)
                return fail(waited.error());
            auto batch = pipeline.next();
            if (!batch)
                break;
            bytesTotal = batch->bytesTotal;
            for (ValidationPipeline::Item& item : batch->items) {
                if (auto tallied = tallyRow(item, validator, report, writer ? &*writer : nullptr,
                                            rejectedCsv ? &*rejectedCsv : nullptr);
                    !tallied)
                    return fail(tallied.error());
                if (progress && report.rowsRead % interval == 0
                    && !progress(report.rowsRead, batch->bytesDone, batch->bytesTotal))
                    return cancel();
            }
            if (writer) {
                if (auto added = writer->addRecords(batch->records); !added)
                    return fail(added.error());
            }
        }
    }
    if (reader.hasError())
        return fail(reader.error());
    if (rejectedCsv) {
        if (auto written = rejectedCsv->commit(); !written)
            return fail(written.error());
    }
    bytesTotal = std::max(bytesTotal, reader.bytesTotal());
    if (progress && !progress(report.rowsRead, bytesTotal, bytesTotal))
        return cancel();

    report.fileHash = hasher.finish();
    if (auto described = addFileIssues(m_store, validator, mapping, report); !described)
        return fail(described.error());

    if (options.dryRun)
        return report;
    if (report.accepted == 0) {
        // An empty snapshot would make every child look removed since the previous list.
        transaction->rollback();
        (void)m_store.audit().append(QStringLiteral("import.failed"), auditDetail(report));
        return report;
    }

    if (phaseChanged)
        phaseChanged(ImportPhase::Committing, report.rowsRead);
    if (auto finished = finishSnapshot(*writer, snapshot, report, options, db); !finished)
        return fail(finished.error());
    if (auto logged = m_store.audit().append(QStringLiteral("import.completed"), auditDetail(report)); !logged) {
        report.snapshotId = 0;
        return fail(logged.error());
    }
    if (!transaction->commit()) {
        const QString why = transaction->reason();
        report.snapshotId = 0;
        return fail(
            makeError(Error::Code::Database,
                      tr("The list could not be stored: %1. Nothing was imported; the store is unchanged.").arg(why)));
    }
    return report;
}

} // namespace inbeeld
