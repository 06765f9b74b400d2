#pragma once

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// One problem the import found: an error rejects its row, a warning keeps the row and tells
/// the user what to check. Line 0 is about the file as a whole (a column left out, ...).
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    enum class Severity { Error, Warning };

    qint64 line = 0;
    QString column; // the column's header as written in the file; empty when about the row
    QString value; // the cell as written (may be personal data: shown to the user, never logged)
    Severity severity = Severity::Error;
    QString code; // stable: "identifier_invalid", "age_out_of_range", ...
    QString message; // translated: what is wrong and what to do

    bool isError() const { return severity == Severity::Error; }
    static QString severityCode(Severity severity)
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    /// "Line 14, column BSN: <message>", "Line 14: <message>" or, for the file, the message.
    QString text() const
    {
        if (line <= 0)
            return message;
        if (column.isEmpty())
            return tr("Line %1: %2").arg(line).arg(message);
        return tr("Line %1, column %2: %3").arg(QString::number(line), column, message);
    }
};

} // namespace inbeeld
