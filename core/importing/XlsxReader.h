#pragma once

#include "core/importing/TableReader.h"

#include <QHash>
#include <QIODevice>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>
#include <optional>

class QuaZip;

namespace inbeeld {
class XmlPartGuard;
}

namespace inbeeld {

/// Reads one sheet of an Excel workbook (XLSX) row by row with QuaZip and QXmlStreamReader:
/// the sheet XML is streamed, never loaded whole (only the shared strings table is kept in
/// memory, as every reader must). Cells come out as text like a CSV export would have them:
///  - shared and inline strings as written; numbers in plain notation ("999990019", "1.5");
///  - booleans as "TRUE" / "FALSE"; formula errors as Excel shows them ("#N/A");
///  - numbers with a date format (built-in formats 14–17 and 22, or a custom format with d, m or
///    y in it outside quotes and brackets, where m next to h or s means minutes) as an ISO date
///    "2026-09-03", with " HH:mm:ss" when the serial has a time of day;
///  - numbers with a time-only format (built-in 18–21, 45–47, or custom h/m/s) as "HH:mm:ss";
///  - missing cells between filled ones as empty strings (cell references give the column).
/// The row number of the sheet is the TableRow's lineNumber.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// Limits that keep a hostile workbook from taking more than some hundred MB (docs
    /// user-guide "Limits"). An inflated part larger than MaxPartSize, or larger than 1 MiB and
    /// more than MaxPartRatio times its packed size, is refused before it is read.
    static constexpr qint64 MaxPartSize = 1024LL * 1024 * 1024;
    static constexpr int MaxPartRatio = 200;
    static constexpr qsizetype MaxSharedStrings = 2'000'000;
    static constexpr qint64 MaxSharedStringChars = 64LL * 1024 * 1024;
    /// Excel's own last row.
    static constexpr qint64 MaxRowNumber = 1'048'576;

    explicit XlsxReader(const QString& path);
    /// Reads from a device the caller keeps alive (it must be random-access, like a QFile).
    explicit XlsxReader(QIODevice* device);
    ~XlsxReader() override;

    /// The sheet to read (by its name on the tab); default: the first sheet. Call before open().
    void setSheetName(const QString& name) { m_requestedSheet = name; }
    /// The names of all sheets, in workbook order; valid after open().
    QStringList sheetNames() const;
    /// The sheet being read; valid after open().
    QString sheetName() const { return m_sheetName; }

    /// The sheet names of a workbook without reading any sheet.
    static Result<QStringList> listSheets(const QString& path);

    int progressPercent() const override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

protected:
    Result<void> openSource() override;
    std::optional<TableRow> readRecord() override;

private:
    enum class NumberKind { Plain, Date, Time };
    struct Sheet
    {
        QString name;
        QString part; // path inside the archive
    };

    Result<void> openArchive();
    Result<void> readWorkbook();
    Result<void> readSharedStrings(const QString& part);
    Result<void> readStyles(const QString& part);
    std::unique_ptr<XmlPartGuard> openPart(const QString& part);
    Error refusal(const QString& message) const;
    QHash<QString, QString> readRelationships(const QString& forPart, QHash<QString, QString>* byType);
    Error damaged(const QString& part, const QXmlStreamReader& xml) const;
    QString cellText(QStringView type, int style, const QString& value, const QString& inlineText) const;
    QString readInlineText(QXmlStreamReader& xml, QStringView endElement);

    QString m_path;
    QIODevice* m_device = nullptr;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<XmlPartGuard> m_sheetFile;
    std::optional<Error> m_partRefusal; // a part refused by openPart() or its guard
    QXmlStreamReader m_xml;
    QString m_requestedSheet;
    QString m_sheetName;
    QString m_sheetPart;
    QList<Sheet> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QStringList m_sharedStrings;
    QList<NumberKind> m_cellFormats; // per cellXfs index (the "s" attribute of a cell)
    bool m_date1904 = false;
    qint64 m_lastRow = 0;
    qint64 m_sheetSize = 0;
    bool m_sheetDone = false;
};

} // namespace inbeeld
