#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <memory>

namespace inbeeld {

struct RejectedRow;

/// The rejected-rows CSV, written one row at a time so that a million rejected rows never sit in
/// memory: UTF-8 with BOM, semicolons, CRLF, the original columns, then the line number and the
/// problems; cells beyond the header's columns follow those two. It holds personal data: the
/// file is private to the user (0600) and written completely or not at all (QSaveFile).
/// Every cell a spreadsheet would run as a formula is neutralised (see cell()).
class RejectedRowsCsv
{
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsCsv)

public:
    explicit RejectedRowsCsv(const QString& path);
    ~RejectedRowsCsv();

    Result<void> begin(const QStringList& headers);
    void write(const RejectedRow& row);
    Result<void> commit();
    qint64 rowsWritten() const { return m_rows; }

    /// One cell for Excel: a leading =, +, -, @, tab or carriage return (or their full-width
    /// forms) gets an apostrophe so that it is shown, never run; the cell is quoted when it holds
    /// a delimiter (; , tab), a quote, a line break or outer spaces.
    static QString cell(const QString& value);

private:
    Error failed() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    qsizetype m_width = 0;
    qint64 m_rows = 0;
};

} // namespace inbeeld
