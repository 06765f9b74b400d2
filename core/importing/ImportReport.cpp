#include "core/importing/ImportReport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace inbeeld {

namespace {

/// One CSV cell for Excel: quoted when it holds the delimiter, a quote, a line break or outer
/// spaces. A cell that Excel would run as a formula gets a leading apostrophe.
QString csvCell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v[0];
        const bool formula = first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
            || (first == u'-' && v.size() > 1 && !v[1].isDigit() && v[1] != u' ');
        if (formula)
            v.prepend(u'\'');
    }
    const bool quote = v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

QByteArray csvLine(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out.append(csvCell(c));
    return out.join(u';').toUtf8() + "\r\n";
}

} // namespace

QString NotImportedColumn::message() const
{
    return tr("Column \"%1\" was not imported: it is not mapped to a field of the agreement. Map it in the import if "
              "it holds one.")
        .arg(header);
}

QList<ImportIssue> ImportReport::sortedIssues() const
{
    QList<ImportIssue> sorted = issues;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ImportIssue& a, const ImportIssue& b) {
        if (a.isError() != b.isError())
            return a.isError();
        return a.line < b.line;
    });
    return sorted;
}

QList<ImportIssue> ImportReport::errors() const
{
    QList<ImportIssue> list;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(list), [](const auto& i) { return i.isError(); });
    return list;
}

QList<ImportIssue> ImportReport::rowWarnings() const
{
    QList<ImportIssue> list;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(list), [](const auto& i) { return !i.isError(); });
    return list;
}

QString ImportReport::summary() const
{
    QStringList lines;
    const QString peil = peildatum.toString(QStringLiteral("d-M-yyyy"));
    if (dryRun) {
        lines << tr("Checked %1 rows of %2: %3 can be imported. Nothing was stored (dry run).")
                     .arg(rowsRead)
                     .arg(fileName)
                     .arg(accepted);
    } else if (stored()) {
        lines << tr("Imported %1 of %2 rows from %3 as list %4 (%5, source %6, peildatum %7).")
                     .arg(accepted)
                     .arg(rowsRead)
                     .arg(fileName)
                     .arg(snapshotId)
                     .arg(SnapshotSides::displayName(side), sourceName, peil);
    } else {
        lines << tr("Nothing was imported from %1: none of its %2 rows could be imported. Fix the rows listed "
                    "below in the source list and import it again.")
                     .arg(fileName)
                     .arg(rowsRead);
    }
    lines << tr("Rejected: %1 rows. Warnings: %2. Repeated rows not stored twice: %3.")
                 .arg(rejected)
                 .arg(warnings)
                 .arg(duplicates);
    return lines.join(u'\n');
}

Result<void> ImportReport::exportRejectedCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::Io,
                         tr("The rejected rows could not be written to %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QStringList header = mapping.headers();
    int width = int(header.size());
    for (const RejectedRow& row : rejectedRows)
        width = std::max(width, int(row.cells.size()));
    while (header.size() < width)
        header.append(QString());
    header << tr("Line in source file") << tr("Problem");
    file.write("\xEF\xBB\xBF");
    file.write(csvLine(header));
    for (const RejectedRow& row : rejectedRows) {
        QStringList cells = row.cells;
        while (cells.size() < width)
            cells.append(QString());
        cells << QString::number(row.line) << row.messages.join(u'\n');
        file.write(csvLine(cells));
    }
    if (!file.commit()) {
        return makeError(Error::Code::Io,
                         tr("The rejected rows could not be written to %1: %2. Choose another folder.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<ImportReport> ImportReport::load(Store& store, qint64 snapshotId)
{
    QSqlDatabase db = store.database();
    auto snapshot = Snapshots::get(store, snapshotId);
    if (!snapshot)
        return snapshot.error();
    const SnapshotInfo& s = snapshot.value();
    ImportReport report;
    report.snapshotId = s.id;
    report.fileName = s.fileName;
    report.fileHash = s.fileHash;
    report.side = s.side;
    report.sourceName = s.sourceName;
    report.peildatum = s.peildatum;
    report.rowsRead = s.rowsRead;
    report.accepted = s.accepted;
    report.rejected = s.rejected;
    report.warnings = s.warnings;
    report.duplicates = s.duplicates;

    const auto failed = [](const QSqlQuery& q) {
        return makeError(Error::Code::Database,
                         tr("The import report could not be read from the store: %1").arg(q.lastError().text()));
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT header, field FROM snapshot_columns WHERE snapshot_id = ? ORDER BY position"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    QStringList headers;
    QList<ImportField> fields;
    while (q.next()) {
        headers << q.value(0).toString();
        fields << ImportFields::fromCode(q.value(1).toString()).value_or(ImportField::None);
    }
    report.mapping = ColumnMapping(headers);
    for (int i = 0; i < fields.size(); ++i)
        report.mapping.setField(i, fields[i]);
    for (const int column : report.mapping.unmappedColumns())
        report.notImported.append({column, report.mapping.columnLabel(column)});

    q.prepare(QStringLiteral("SELECT line, column_name, value, severity, code, message FROM import_issues "
                             "WHERE snapshot_id = ? ORDER BY id"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    QHash<qint64, QStringList> errorMessages;
    while (q.next()) {
        ImportIssue issue;
        issue.line = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        issue.column = q.value(1).toString();
        issue.value = q.value(2).toString();
        issue.severity = q.value(3).toString() == QLatin1String("error") ? ImportIssue::Severity::Error
                                                                         : ImportIssue::Severity::Warning;
        issue.code = q.value(4).toString();
        issue.message = q.value(5).toString();
        if (issue.line == 0) {
            report.fileIssues.append(issue);
            continue;
        }
        if (issue.isError())
            errorMessages[issue.line].append(issue.text());
        report.issues.append(issue);
    }

    q.prepare(QStringLiteral("SELECT line, cells FROM rejected_rows WHERE snapshot_id = ? ORDER BY line"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        RejectedRow row;
        row.line = q.value(0).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
            row.cells.append(v.toString());
        row.messages = errorMessages.value(row.line);
        report.rejectedRows.append(row);
    }
    return report;
}

} // namespace inbeeld
