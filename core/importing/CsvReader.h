#pragma once

#include "core/importing/TableReader.h"
#include "core/importing/TextDecoder.h"

#include <QIODevice>
#include <QString>
#include <memory>
#include <optional>

class QFile;

namespace inbeeld {

/// Reads a CSV file as Dutch Excel and other programs write it, streaming in chunks so memory
/// stays constant however long the file is. Detects the encoding (UTF-8 with or without BOM,
/// UTF-16 with BOM, otherwise Windows-1252) and the delimiter (";", "," or tab), and follows
/// RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quoted cells. Lines may
/// end in CRLF, LF or CR. Line breaks inside a cell become "\n".
///
/// Leniency where Excel and hand-edited files differ from RFC 4180: a quote inside an unquoted
/// cell is kept as a character, and text after a closing quote ("ab"c) is appended to the cell.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// A line with more cells than this (Excel's own column limit) is refused; of these, only
    /// the first TableReader::MaxUsedColumns may hold a value, and empty cells beyond are not kept.
    static constexpr int MaxColumns = 16384;
    /// A record (a line, or lines joined by a quoted line break) longer than this is refused.
    static constexpr qsizetype MaxRecordLength = 1024 * 1024;

    explicit CsvReader(const QString& path);
    /// Reads from a device the caller keeps alive; it is opened read-only when it is not open.
    explicit CsvReader(QIODevice* device);
    ~CsvReader() override;

    /// Overrides detection; call before open().
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }
    void setEncoding(TextDecoder::Encoding encoding) { m_forcedEncoding = encoding; }

    /// Valid after open().
    QChar delimiter() const { return m_delimiter; }
    TextDecoder::Encoding encoding() const { return m_encoding; }
    /// Bytes of a UTF-8 file that were not valid UTF-8 and were read as Windows-1252.
    qint64 encodingFallbacks() const { return m_decoder ? m_decoder->fallbackBytes() : 0; }

    int progressPercent() const override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

    /// The delimiter of a text sample: for each of ";", tab and ",", counted per line outside
    /// quotes, the most frequent non-zero count and on how many lines it occurs. The delimiter
    /// that occurs equally often on the most lines wins (ties: higher count, then ; tab ,).
    /// Without any of them (a single column) the answer is ";".
    static QChar detectDelimiter(QStringView sample);

protected:
    Result<void> openSource() override;
    std::optional<TableRow> readRecord() override;
    bool readRecordInto(TableRow& row) override;

private:
    bool fill();
    bool fail(const QString& message);
    /// The refusals of a line (each calls fail and returns false): a value beyond the used
    /// columns or a line over MaxRecordLength, more than MaxColumns cells, a cell too long.
    /// Steps over the line break at m_pos that ends a record.
    void passLineBreak(QChar lineBreak);
    bool refuseFarOrLong(qint64 line, bool farValue);
    bool refuseTooWide(qint64 line);
    bool refuseTooLong(qint64 line);
    /// At the end of the file: a quote opened on line that is never closed.
    bool refuseOpenQuote(qint64 line);

    std::unique_ptr<QFile> m_ownedFile;
    QIODevice* m_device = nullptr;
    QString m_path;
    std::optional<QChar> m_forcedDelimiter;
    std::optional<TextDecoder::Encoding> m_forcedEncoding;
    QChar m_delimiter = u';';
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_chunk;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qsizetype m_lastWidth = 0; // cells of the previous record: room reserved for the next
    bool m_skipLf = false;
    bool m_eof = false;
};

} // namespace inbeeld
