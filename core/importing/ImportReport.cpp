#include "core/importing/ImportReport.h"

#include "core/importing/RejectedRowsCsv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace inbeeld {

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
    RejectedRowsCsv csv(path);
    if (auto begun = csv.begin(mapping.headers()); !begun)
        return begun;
    for (const RejectedRow& row : rejectedRows)
        csv.write(row);
    return csv.commit();
}

Result<qint64> ImportReport::exportRejectedCsv(Store& store, qint64 snapshotId, const QString& path)
{
    QSqlDatabase db = store.database();
    auto report = load(store, snapshotId);
    if (!report)
        return report.error();
    const auto failed = [](const QSqlQuery& q) {
        return makeError(Error::Code::Database,
                         tr("The import report could not be read from the store: %1").arg(q.lastError().text()));
    };
    // Two cursors in line order, merged: the rows and the error messages of their lines.
    QSqlQuery rows(db), issues(db);
    rows.setForwardOnly(true);
    issues.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT line, cells FROM rejected_rows WHERE snapshot_id = ? ORDER BY line"));
    rows.addBindValue(snapshotId);
    issues.prepare(QStringLiteral("SELECT line, column_name, message FROM import_issues WHERE snapshot_id = ? AND "
                                  "severity = 'error' AND line > 0 ORDER BY line, id"));
    issues.addBindValue(snapshotId);
    if (!rows.exec())
        return failed(rows);
    if (!issues.exec())
        return failed(issues);
    RejectedRowsCsv csv(path);
    if (auto begun = csv.begin(report.value().mapping.headers()); !begun)
        return begun.error();
    bool moreIssues = issues.next();
    while (rows.next()) {
        RejectedRow row;
        row.line = rows.value(0).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).array())
            row.cells.append(v.toString());
        while (moreIssues && issues.value(0).toLongLong() < row.line)
            moreIssues = issues.next();
        while (moreIssues && issues.value(0).toLongLong() == row.line) {
            ImportIssue issue;
            issue.line = row.line;
            issue.column = issues.value(1).toString();
            issue.message = issues.value(2).toString();
            row.messages.append(issue.text());
            moreIssues = issues.next();
        }
        csv.write(row);
    }
    if (auto done = csv.commit(); !done)
        return done.error();
    return csv.rowsWritten();
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
        // The messages of the first KeptInFull lines with errors: those of the rejected rows kept.
        if (issue.isError() && (errorMessages.size() < KeptInFull || errorMessages.contains(issue.line)))
            errorMessages[issue.line].append(issue.text());
        if (report.issues.size() >= KeptInFull) {
            ++report.issuesLeftOut;
            continue;
        }
        report.issues.append(issue);
    }

    q.prepare(QStringLiteral("SELECT line, cells FROM rejected_rows WHERE snapshot_id = ? ORDER BY line"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (report.rejectedRows.size() >= KeptInFull) {
            ++report.rejectedRowsLeftOut;
            continue;
        }
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
