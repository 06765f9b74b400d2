#include "core/importing/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <array>
#include <utility>

namespace inbeeld {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/// The cells of the row being read, overwritten one by one: a cell whose text no one else holds
/// keeps its memory for the new text, so that a long file is not one allocation per cell. Beyond
/// the used columns only empty cells are allowed, and they are not kept.
class RowCells
{
public:
    explicit RowCells(TableRow& row)
        : m_row(row)
    {
    }

    void set(QStringView text)
    {
        m_recordLength += text.size() + 1;
        if (m_count >= TableReader::MaxUsedColumns) {
            m_farValue = m_farValue || !text.trimmed().isEmpty();
            ++m_count;
            return;
        }
        if (m_count == m_row.cells.size()) {
            m_row.cells.emplaceBack(text.toString());
        } else {
            QString& cell = m_row.cells[m_count];
            if (cell.isDetached() && cell.capacity() >= text.size()) {
                cell.resize(text.size()); // within its capacity: no allocation
                std::copy(text.begin(), text.end(), cell.begin());
            } else {
                cell = text.toString();
            }
        }
        ++m_count;
    }
    /// Drops the cells left from a longer earlier row.
    void finish()
    {
        if (m_row.cells.size() > m_count)
            m_row.cells.resize(m_count);
    }
    qsizetype count() const { return m_count; }
    /// A value beyond the used columns.
    bool farValue() const { return m_farValue; }
    bool overLimits() const { return m_farValue || m_recordLength > CsvReader::MaxRecordLength; }

private:
    TableRow& m_row;
    qsizetype m_count = 0;
    qsizetype m_recordLength = 0;
    bool m_farValue = false;
};

} // namespace

CsvReader::CsvReader(const QString& path)
    : m_ownedFile(std::make_unique<QFile>(path))
    , m_device(m_ownedFile.get())
    , m_path(path)
{
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
}

CsvReader::~CsvReader() = default;

QChar CsvReader::detectDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 3> candidates = {u';', u'\t', u','};
    // Per candidate: how many lines have each count.
    std::array<QHash<int, int>, 3> histogram;
    std::array<int, 3> counts = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasText = false;
    const auto endLine = [&] {
        if (lineHasText) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (counts[k] > 0)
                    ++histogram[k][counts[k]];
            }
        }
        counts = {0, 0, 0};
        lineHasText = false;
    };
    // The last line of a sample may be cut off; leave it out unless it is the only one.
    qsizetype end = sample.size();
    if (!sample.isEmpty() && !isLineBreak(sample.back())) {
        const qsizetype lastBreak = std::max(sample.lastIndexOf(u'\n'), sample.lastIndexOf(u'\r'));
        if (lastBreak > 0)
            end = lastBreak + 1;
    }
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            lineHasText = true;
        } else if (!inQuotes && isLineBreak(c)) {
            endLine();
        } else if (!inQuotes) {
            lineHasText = true;
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++counts[k];
            }
        }
    }
    endLine();

    int bestLines = 0, bestCount = 0;
    QChar best = u';';
    for (size_t k = 0; k < candidates.size(); ++k) {
        for (auto it = histogram[k].cbegin(); it != histogram[k].cend(); ++it) {
            const int lines = it.value();
            const int count = it.key();
            if (lines > bestLines || (lines == bestLines && count > bestCount)) {
                bestLines = lines;
                bestCount = count;
                best = QChar(candidates[k]);
            }
        }
    }
    return best;
}

Result<void> CsvReader::openSource()
{
    const QString shownName = m_path.isEmpty() ? tr("the file") : QFileInfo(m_path).fileName();
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         tr("The file %1 cannot be opened: %2. Check that it exists and that you may "
                            "read it.")
                             .arg(shownName, m_device->errorString()));
    }
    m_chunk = m_device->read(kChunkSize);
    if (m_chunk.startsWith("PK\x03\x04")) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is an Excel workbook (XLSX) or another ZIP archive, not a CSV file. Import it as a "
                            "workbook, or save it from the spreadsheet program as CSV.")
                             .arg(shownName));
    }
    qsizetype bomLength = 0;
    const TextDecoder::Encoding detected = TextDecoder::detect(m_chunk, &bomLength);
    const bool utf16 = detected == TextDecoder::Encoding::Utf16LE || detected == TextDecoder::Encoding::Utf16BE;
    if (!utf16 && m_chunk.contains('\0')) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is not a text file, so it cannot be read as CSV. Save the list from the spreadsheet "
                            "program as CSV or XLSX.")
                             .arg(shownName));
    }
    m_encoding = m_forcedEncoding.value_or(detected);
    if (m_forcedEncoding && *m_forcedEncoding != detected)
        bomLength = 0;
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_buf = m_decoder->decode(QByteArrayView(m_chunk).sliced(bomLength));
    m_pos = 0;
    m_line = 1;
    m_skipLf = false;
    m_eof = false;
    m_delimiter = m_forcedDelimiter.value_or(detectDelimiter(m_buf));
    return {};
}

bool CsvReader::fill()
{
    while (!m_eof) {
        m_chunk = m_device->read(kChunkSize);
        if (m_chunk.isEmpty()) {
            m_eof = true;
            m_buf = m_decoder->finish();
        } else {
            m_buf = m_decoder->decode(m_chunk);
        }
        m_pos = 0;
        if (!m_buf.isEmpty())
            return true;
    }
    return false;
}

int CsvReader::progressPercent() const
{
    if (!m_device || m_device->isSequential() || m_device->size() <= 0)
        return 0;
    return int(std::clamp<qint64>(m_device->pos() * 100 / m_device->size(), 0, 100));
}

qint64 CsvReader::bytesDone() const
{
    return m_device && !m_device->isSequential() ? m_device->pos() : 0;
}

qint64 CsvReader::bytesTotal() const
{
    return m_device && !m_device->isSequential() ? std::max<qint64>(m_device->size(), 0) : 0;
}

bool CsvReader::fail(const QString& message)
{
    setError(makeError(Error::Code::InvalidInput, message));
    return false;
}

std::optional<TableRow> CsvReader::readRecord()
{
    TableRow row;
    row.cells.reserve(m_lastWidth);
    if (!readRecordInto(row))
        return std::nullopt;
    return row;
}

bool CsvReader::refuseFarOrLong(qint64 line, bool farValue)
{
    if (farValue) {
        return fail(tr("Line %1 has a value beyond column %2; InBeeld reads the first %2 columns, and a list has "
                       "far fewer. Remove what stands in the far columns and import again.")
                        .arg(line)
                        .arg(MaxUsedColumns));
    }
    return fail(tr("Line %1 is longer than %L2 characters. That is not a row of a list; check that you chose the "
                   "right file.")
                    .arg(line)
                    .arg(MaxRecordLength));
}

bool CsvReader::refuseOpenQuote(qint64 line)
{
    return fail(tr("Line %1: a cell starts with a quote (\") that is never closed, so the rest of the file would "
                   "be one cell. Add the missing quote in the source file, or save the list again from the "
                   "spreadsheet program.")
                    .arg(line));
}

bool CsvReader::refuseTooWide(qint64 line)
{
    return fail(tr("Line %1 has more than %2 columns. This is not a table that can be imported; check that you "
                   "chose the right file.")
                    .arg(line)
                    .arg(MaxColumns));
}

bool CsvReader::refuseTooLong(qint64 line)
{
    return fail(tr("Line %1: a cell is longer than %L2 characters. If a quote (\") opens a cell on that line, its "
                   "closing quote is probably missing; add it in the source file.")
                    .arg(line)
                    .arg(MaxCellLength));
}

void CsvReader::passLineBreak(QChar lineBreak)
{
    ++m_pos;
    ++m_line;
    m_skipLf = lineBreak == u'\r'; // a \n right after it belongs to the same line break
}

bool CsvReader::readRecordInto(TableRow& row)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    row.lineNumber = m_line;
    RowCells cells(row);
    QString field;
    bool any = false;
    qint64 quoteLine = m_line;
    const QChar delimiter = m_delimiter;

    const auto farOrLong = [&] { return refuseFarOrLong(row.lineNumber, cells.farValue()); };
    const auto endLine = [&](QChar lineBreak) {
        passLineBreak(lineBreak);
        cells.finish();
        m_lastWidth = std::min<qsizetype>(cells.count(), 256);
    };
    const auto endRecord = [&](QChar lineBreak) {
        cells.set(field);
        endLine(lineBreak);
        return !cells.overLimits() || farOrLong();
    };
    const auto tooLong = [&] { return refuseTooLong(state == State::Quoted ? quoteLine : row.lineNumber); };
    // After a delimiter: the cell is done; an answer when the row goes over a limit.
    const auto endField = [&]() -> std::optional<bool> {
        ++m_pos;
        cells.set(field);
        field.resize(0);
        if (cells.count() > MaxColumns)
            return refuseTooWide(row.lineNumber);
        if (cells.overLimits())
            return farOrLong();
        return std::nullopt;
    };

    for (;;) {
        if (m_pos >= m_buf.size() && !fill())
            break;
        if (std::exchange(m_skipLf, false) && m_buf[m_pos] == u'\n') {
            ++m_pos; // the \n of a \r\n
            continue;
        }
        const QChar* data = m_buf.constData();
        const qsizetype size = m_buf.size();
        switch (state) {
        case State::FieldStart: {
            const QChar c = data[m_pos];
            any = true;
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
            } else if (c == delimiter) {
                if (const auto refused = endField())
                    return *refused;
            } else if (isLineBreak(c)) {
                return endRecord(c);
            } else {
                state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            qsizetype j = m_pos;
            while (j < size && data[j] != delimiter && !isLineBreak(data[j]))
                ++j;
            if (j < size && field.isEmpty()) {
                // The whole cell lies in the buffer (nearly every cell): made in one go, with one
                // allocation of its own size, instead of appended to field and shared from there.
                if (j - m_pos > MaxCellLength)
                    return tooLong();
                cells.set(QStringView(data + m_pos, j - m_pos));
                m_pos = j;
                if (cells.overLimits())
                    return farOrLong();
                if (data[j] == delimiter) {
                    ++m_pos;
                    state = State::FieldStart;
                    if (cells.count() > MaxColumns)
                        return refuseTooWide(row.lineNumber);
                    break;
                }
                endLine(data[j]);
                return true;
            }
            field.append(QStringView(data + m_pos, j - m_pos));
            m_pos = j;
            if (field.size() > MaxCellLength)
                return tooLong();
            if (j == size)
                break;
            if (data[j] == delimiter) {
                state = State::FieldStart;
                if (const auto refused = endField())
                    return *refused;
            } else {
                return endRecord(data[j]);
            }
            break;
        }
        case State::Quoted: {
            qsizetype j = m_pos;
            while (j < size && data[j] != u'"' && !isLineBreak(data[j]))
                ++j;
            field.append(QStringView(data + m_pos, j - m_pos));
            m_pos = j;
            if (field.size() > MaxCellLength)
                return tooLong();
            if (j == size)
                break;
            ++m_pos;
            if (data[j] == u'"') {
                state = State::QuoteInQuoted;
            } else {
                field.append(u'\n');
                ++m_line;
                m_skipLf = data[j] == u'\r';
            }
            break;
        }
        case State::QuoteInQuoted: {
            const QChar c = data[m_pos];
            if (c == u'"') {
                field.append(u'"');
                state = State::Quoted;
                ++m_pos;
            } else if (c == delimiter) {
                state = State::FieldStart;
                if (const auto refused = endField())
                    return *refused;
            } else if (isLineBreak(c)) {
                return endRecord(c);
            } else {
                state = State::Unquoted; // "ab"c: keep the rest as text
            }
            break;
        }
        }
    }

    // End of the file.
    if (state == State::Quoted)
        return refuseOpenQuote(quoteLine);
    if (!any)
        return false;
    cells.set(field);
    cells.finish();
    return !cells.overLimits() || farOrLong();
}

} // namespace inbeeld
