#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <deque>
#include <optional>

namespace inbeeld {

/// One row of a table file: its cells and where it is in the file, for messages.
struct TableRow
{
    /// CSV: the physical line (1-based) on which the record starts. XLSX: the row number.
    qint64 lineNumber = 0;
    QStringList cells;

    /// True when every cell is empty or white space.
    bool isBlank() const;
    /// The number of cells that are not empty or white space.
    int filledCount() const;
    /// One past the last cell that is not empty or white space.
    int span() const;
};

/// What CsvReader and XlsxReader share: open(), the header row (found below any title rows),
/// then data rows one at a time, so a million-row file never sits in memory. Blank rows
/// (including Excel's ";;;;" padding and trailing empty lines) are skipped: they carry no data.
///
/// Usage: open(); headerRow(); while (auto row = nextRow()) {...}; then check hasError().
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    /// How many rows open() reads ahead to find the header.
    static constexpr int HeaderLookahead = 50;
    /// Limits every table file is read within (docs/user-guide.md "Limits"): Excel's own
    /// longest cell; the columns that may hold a value (empty cells further right are left out
    /// without being kept); blank rows read while looking for the header.
    static constexpr qsizetype MaxCellLength = 32767;
    static constexpr int MaxUsedColumns = 256;
    static constexpr int MaxBlankRowsBeforeHeader = 1000;

    virtual ~TableReader() = default;

    /// Opens the source and finds the header row. Fails on an unreadable or malformed file,
    /// or one without any rows.
    Result<void> open();

    /// The header row; its cells are the column names as written.
    const TableRow& headerRow() const { return m_header; }
    /// The non-blank rows above the header (titles, "Peildatum: ..."), for the preview.
    const QList<TableRow>& titleRows() const { return m_titleRows; }

    /// The next data row, or nothing at the end of the file or after an error (see hasError()).
    std::optional<TableRow> nextRow();
    /// The same into row, reusing the memory of its cells where no one else holds them (for a
    /// long import that reads row after row into one TableRow). False at the end or after an error.
    bool nextRow(TableRow& row);

    bool hasError() const { return m_error.has_value(); }
    /// The error that stopped reading; a message naming the line and what to do.
    Error error() const { return m_error.value_or(Error {}); }

    /// How far reading has come, 0–100, for a progress bar.
    virtual int progressPercent() const = 0;
    /// How far reading has come in bytes of the input (CSV: the file; XLSX: the sheet's XML),
    /// and the total; both 0 when unknown. For progress bars that show sizes.
    virtual qint64 bytesDone() const { return 0; }
    virtual qint64 bytesTotal() const { return 0; }

    /// The header rule, shared by CSV and XLSX. Among rows (blank rows included), the header is
    /// the first row that
    ///  - has at least three filled cells, none of which looks like a value (only digits with
    ///    . , - / : or spaces, such as "1-9-2026" or "12"): column names are words; and
    ///  - is followed by rows of similar width: none of its next three non-blank rows (fewer at
    ///    the end of the file) has more than one filled cell more than it, or reaches more than
    ///    one column further (one unnamed extra column is tolerated).
    /// Title rows above a header fail the second test, because the wider header follows them.
    /// When no row qualifies (files with one or two columns) the first non-blank row is the
    /// header. Returns the index, or -1 when all rows are blank.
    static int detectHeader(const QList<TableRow>& rows);

protected:
    /// Opens the underlying file; called once by open().
    virtual Result<void> openSource() = 0;
    /// The next record as it is in the file, blank or not; nothing at the end or after
    /// failing with setError().
    virtual std::optional<TableRow> readRecord() = 0;
    /// The same into row; by default through readRecord(). CsvReader reuses the row's cells.
    virtual bool readRecordInto(TableRow& row);

    void setError(Error error) { m_error = std::move(error); }

private:
    TableRow m_header;
    QList<TableRow> m_titleRows;
    std::deque<TableRow> m_pending;
    std::optional<Error> m_error;
};

} // namespace inbeeld
