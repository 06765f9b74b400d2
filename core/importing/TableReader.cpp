#include "core/importing/TableReader.h"

#include <algorithm>

namespace inbeeld {

namespace {
bool isFilled(const QString& cell)
{
    for (const QChar c : cell) {
        if (!c.isSpace())
            return true;
    }
    return false;
}
/// "12", "1-9-2026", "3,5": a value, not a column name.
bool looksLikeValue(const QString& cell)
{
    bool digit = false;
    for (const QChar c : cell) {
        if (c.isDigit())
            digit = true;
        else if (!c.isSpace() && c != u'.' && c != u',' && c != u'-' && c != u'/' && c != u':')
            return false;
    }
    return digit;
}

} // namespace

bool TableRow::isBlank() const
{
    return std::none_of(cells.cbegin(), cells.cend(), isFilled);
}

int TableRow::filledCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(), isFilled));
}

int TableRow::span() const
{
    for (qsizetype i = cells.size(); i > 0; --i) {
        if (isFilled(cells[i - 1]))
            return int(i);
    }
    return 0;
}

int TableReader::detectHeader(const QList<TableRow>& rows)
{
    constexpr int kMinimumFilled = 3;
    constexpr int kRowsCompared = 3;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int filled = rows[i].filledCount();
        if (filled < kMinimumFilled || std::any_of(rows[i].cells.cbegin(), rows[i].cells.cend(), looksLikeValue))
            continue;
        const int span = rows[i].span();
        bool similar = true;
        int compared = 0;
        for (qsizetype j = i + 1; j < rows.size() && compared < kRowsCompared && similar; ++j) {
            if (rows[j].isBlank())
                continue;
            ++compared;
            similar = rows[j].filledCount() <= filled + 1 && rows[j].span() <= span + 1;
        }
        if (similar)
            return int(i);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].isBlank())
            return int(i);
    }
    return -1;
}

Result<void> TableReader::open()
{
    m_error.reset();
    m_pending.clear();
    m_titleRows.clear();
    m_header = {};
    if (auto opened = openSource(); !opened) {
        m_error = opened.error();
        return opened;
    }

    // Blank rows are counted, not kept: they play no part in finding the header.
    QList<TableRow> lookahead;
    int nonBlank = 0;
    int blank = 0;
    while (nonBlank < HeaderLookahead) {
        std::optional<TableRow> row = readRecord();
        if (!row)
            break;
        if (row->isBlank()) {
            if (++blank > MaxBlankRowsBeforeHeader && nonBlank == 0) {
                m_error = makeError(Error::Code::InvalidInput,
                                    tr("The file starts with more than %L1 empty rows before its column names (up to "
                                       "line %2). That is not a list that can be imported; check that you chose the "
                                       "right file, or remove the empty rows in the spreadsheet program.")
                                        .arg(MaxBlankRowsBeforeHeader)
                                        .arg(row->lineNumber));
                return *m_error;
            }
            continue;
        }
        ++nonBlank;
        lookahead.append(std::move(*row));
    }
    if (m_error)
        return *m_error;

    const int header = detectHeader(lookahead);
    if (header < 0) {
        m_error = makeError(Error::Code::InvalidInput,
                            tr("The file contains no rows. Check that you chose the right file (or sheet)."));
        return *m_error;
    }
    for (int i = 0; i < header; ++i) {
        if (!lookahead[i].isBlank())
            m_titleRows.append(lookahead[i]);
    }
    m_header = lookahead[header];
    for (qsizetype i = header + 1; i < lookahead.size(); ++i) {
        if (!lookahead[i].isBlank())
            m_pending.push_back(std::move(lookahead[i]));
    }
    return {};
}

bool TableReader::readRecordInto(TableRow& row)
{
    std::optional<TableRow> read = readRecord();
    if (!read)
        return false;
    row = std::move(*read);
    return true;
}

bool TableReader::nextRow(TableRow& row)
{
    if (!m_pending.empty()) {
        row = std::move(m_pending.front());
        m_pending.pop_front();
        return true;
    }
    while (!m_error) {
        if (!readRecordInto(row))
            return false;
        if (!row.isBlank())
            return true;
    }
    return false;
}

std::optional<TableRow> TableReader::nextRow()
{
    if (!m_pending.empty()) {
        TableRow row = std::move(m_pending.front());
        m_pending.pop_front();
        return row;
    }
    while (!m_error) {
        std::optional<TableRow> row = readRecord();
        if (!row)
            return std::nullopt;
        if (!row->isBlank())
            return row;
    }
    return std::nullopt;
}

} // namespace inbeeld
