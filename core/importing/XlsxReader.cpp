#include "core/importing/XlsxReader.h"

#include "core/domain/DutchDate.h"
#include "core/importing/XlsxCells.h"
#include "core/importing/XmlPartGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTime>
#include <algorithm>
#include <cmath>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace inbeeld {

using namespace xlsx;

namespace {

bool isName(const QXmlStreamReader& xml, QLatin1StringView name)
{
    return xml.name() == name;
}

/// An attribute by its local name, whatever its namespace prefix ("r:id" → "id").
QString attribute(const QXmlStreamReader& xml, QLatin1StringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString resolveTarget(const QString& sourcePart, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const QString dir = directoryOf(sourcePart);
    return QDir::cleanPath(dir.isEmpty() ? target : dir + u'/' + target);
}

} // namespace

XlsxReader::XlsxReader(const QString& path)
    : m_path(path)
{
}

XlsxReader::XlsxReader(QIODevice* device)
    : m_device(device)
{
}

XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    m_sheetFile.reset();
    if (m_zip)
        m_zip->close();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& s : m_sheets)
        names << s.name;
    return names;
}

Result<QStringList> XlsxReader::listSheets(const QString& path)
{
    XlsxReader reader(path);
    if (auto opened = reader.openArchive(); !opened)
        return opened.error();
    if (auto workbook = reader.readWorkbook(); !workbook)
        return workbook.error();
    return reader.sheetNames();
}

int XlsxReader::progressPercent() const
{
    if (!m_sheetFile || m_sheetSize <= 0)
        return 0;
    return int(std::clamp<qint64>(m_sheetFile->bytesPassed() * 100 / m_sheetSize, 0, 100));
}

qint64 XlsxReader::bytesDone() const
{
    return m_sheetFile ? std::min(m_sheetFile->bytesPassed(), m_sheetSize) : 0;
}

qint64 XlsxReader::bytesTotal() const
{
    return m_sheetFile ? m_sheetSize : 0;
}

Result<void> XlsxReader::openArchive()
{
    const QString shownName = m_path.isEmpty() ? tr("The file") : QFileInfo(m_path).fileName();
    if (!m_path.isEmpty() && !QFileInfo::exists(m_path)) {
        return makeError(Error::Code::Io, tr("The file %1 does not exist. Check the name and the folder.").arg(m_path));
    }
    m_zip = m_device ? std::make_unique<QuaZip>(m_device) : std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 is not an Excel workbook (XLSX): it is not a readable ZIP archive. If it is an old "
                            ".xls workbook, save it in the spreadsheet program as .xlsx or as CSV first.")
                             .arg(shownName));
    }
    return {};
}

Error XlsxReader::refusal(const QString& message) const
{
    return makeError(Error::Code::InvalidInput,
                     message + u' '
                         + tr("Nothing was read from it. If it is a real list, open it in the spreadsheet program, "
                              "save it again as .xlsx (or as CSV) and import the saved copy."));
}

std::unique_ptr<XmlPartGuard> XlsxReader::openPart(const QString& part)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return nullptr;
    // The central directory first: a part that would unpack to too much is not opened at all.
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return nullptr;
    const qint64 mib = 1024 * 1024;
    if (info.uncompressedSize > quint64(MaxPartSize)) {
        m_partRefusal = refusal(tr("The part %1 of this workbook is %2 MB once unpacked; InBeeld reads parts of at "
                                   "most %3 MB.")
                                    .arg(part)
                                    .arg(qint64(info.uncompressedSize / quint64(mib)))
                                    .arg(MaxPartSize / mib));
        return nullptr;
    }
    if (info.uncompressedSize > quint64(mib)
        && info.uncompressedSize / std::max<quint64>(info.compressedSize, 1) > quint64(MaxPartRatio)) {
        m_partRefusal = refusal(tr("The part %1 of this workbook unpacks to more than %2 times its packed size; a "
                                   "real workbook packs far less tightly (this is how a small file is made to fill "
                                   "the memory).")
                                    .arg(part)
                                    .arg(MaxPartRatio));
        return nullptr;
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return std::make_unique<XmlPartGuard>(std::move(file), qint64(info.uncompressedSize));
}

Error XlsxReader::damaged(const QString& part, const QXmlStreamReader& xml) const
{
    const auto* guard = dynamic_cast<const XmlPartGuard*>(xml.device());
    switch (guard ? guard->violation() : XmlPartGuard::Violation::None) {
    case XmlPartGuard::Violation::Dtd:
        return refusal(tr("This workbook contains a DTD (in part %1); a real Excel workbook never has one, and it can "
                          "make a small file expand without end.")
                           .arg(part));
    case XmlPartGuard::Violation::TooLarge:
        return refusal(tr("The part %1 of this workbook holds more than its directory says.").arg(part));
    case XmlPartGuard::Violation::RunTooLong:
        return refusal(tr("The part %1 of this workbook holds a text or tag of more than %L2 bytes (line %3); Excel "
                          "itself keeps at most 32,767 characters in a cell.")
                           .arg(part)
                           .arg(XmlPartGuard::MaxRunBytes)
                           .arg(xml.lineNumber()));
    case XmlPartGuard::Violation::TooDeep:
        return refusal(tr("The part %1 of this workbook nests more than %2 levels deep; a real workbook nests a few.")
                           .arg(part)
                           .arg(XmlPartGuard::MaxDepth));
    case XmlPartGuard::Violation::None:
        break;
    }
    if (m_partRefusal)
        return *m_partRefusal;
    return makeError(Error::Code::InvalidInput,
                     tr("The workbook is damaged: the part %1 cannot be read (line %2: %3). Open the workbook in the "
                        "spreadsheet program, save it again and import the saved copy.")
                         .arg(part)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString()));
}

QHash<QString, QString> XlsxReader::readRelationships(const QString& forPart, QHash<QString, QString>* byType)
{
    const QString relsPart = forPart.isEmpty()
        ? QStringLiteral("_rels/.rels")
        : (directoryOf(forPart).isEmpty() ? QString() : directoryOf(forPart) + u'/') + QStringLiteral("_rels/")
            + forPart.mid(forPart.lastIndexOf(u'/') + 1) + QStringLiteral(".rels");
    QHash<QString, QString> byId;
    std::unique_ptr<XmlPartGuard> file = openPart(relsPart);
    if (!file)
        return byId;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement() || !isName(xml, QLatin1StringView("Relationship")))
            continue;
        if (attribute(xml, QLatin1StringView("TargetMode")) == u"External")
            continue;
        const QString target = resolveTarget(forPart, attribute(xml, QLatin1StringView("Target")));
        byId.insert(attribute(xml, QLatin1StringView("Id")), target);
        if (byType) {
            const QString type = attribute(xml, QLatin1StringView("Type"));
            const QString kind = type.mid(type.lastIndexOf(u'/') + 1);
            if (!byType->contains(kind))
                byType->insert(kind, target);
        }
    }
    if (file->violation() != XmlPartGuard::Violation::None && !m_partRefusal)
        m_partRefusal = damaged(relsPart, xml);
    return byId;
}

Result<void> XlsxReader::readWorkbook()
{
    QHash<QString, QString> rootTypes;
    readRelationships(QString(), &rootTypes);
    const QString workbookPart = rootTypes.value(QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml"));
    std::unique_ptr<XmlPartGuard> file = openPart(workbookPart);
    if (m_partRefusal)
        return *m_partRefusal;
    if (!file) {
        return makeError(Error::Code::InvalidInput,
                         tr("The file is a ZIP archive but not an Excel workbook (it has no workbook part). Choose an "
                            ".xlsx file saved by a spreadsheet program."));
    }
    struct SheetRef
    {
        QString name;
        QString relationshipId;
    };
    QList<SheetRef> refs;
    {
        QXmlStreamReader xml(file.get());
        while (!xml.atEnd() && !xml.hasError()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (isName(xml, QLatin1StringView("workbookPr"))) {
                const QString v = attribute(xml, QLatin1StringView("date1904"));
                m_date1904 = v == u"1" || v == u"true";
            } else if (isName(xml, QLatin1StringView("sheet"))) {
                refs.append({attribute(xml, QLatin1StringView("name")), attribute(xml, QLatin1StringView("id"))});
            }
        }
        if (xml.hasError())
            return damaged(workbookPart, xml);
    }
    file.reset();

    QHash<QString, QString> workbookTypes;
    const QHash<QString, QString> byId = readRelationships(workbookPart, &workbookTypes);
    if (m_partRefusal)
        return *m_partRefusal;
    m_sharedStringsPart = workbookTypes.value(QStringLiteral("sharedStrings"));
    m_stylesPart = workbookTypes.value(QStringLiteral("styles"));
    m_sheets.clear();
    for (const SheetRef& ref : std::as_const(refs)) {
        const QString part = byId.value(ref.relationshipId);
        if (!part.isEmpty())
            m_sheets.append({ref.name, part});
    }
    if (m_sheets.isEmpty()) {
        return makeError(Error::Code::InvalidInput,
                         tr("The workbook contains no worksheets. Check that you chose the right file."));
    }
    return {};
}

Result<void> XlsxReader::readStyles(const QString& part)
{
    m_cellFormats.clear();
    std::unique_ptr<XmlPartGuard> file = openPart(part);
    if (m_partRefusal)
        return *m_partRefusal;
    if (!file)
        return {}; // no styles: every number is plain
    QHash<int, QString> customFormats;
    QList<int> xfFormatIds;
    QXmlStreamReader xml(file.get());
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isName(xml, QLatin1StringView("numFmt"))) {
                customFormats.insert(attribute(xml, QLatin1StringView("numFmtId")).toInt(),
                                     attribute(xml, QLatin1StringView("formatCode")));
            } else if (isName(xml, QLatin1StringView("cellXfs"))) {
                inCellXfs = true;
            } else if (inCellXfs && isName(xml, QLatin1StringView("xf"))) {
                xfFormatIds.append(attribute(xml, QLatin1StringView("numFmtId")).toInt());
            }
        } else if (xml.isEndElement() && isName(xml, QLatin1StringView("cellXfs"))) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return damaged(part, xml);
    for (const int id : std::as_const(xfFormatIds)) {
        const FormatKind kind
            = customFormats.contains(id) ? customFormatKind(customFormats.value(id)) : builtInFormatKind(id);
        m_cellFormats.append(kind == FormatKind::Date       ? NumberKind::Date
                                 : kind == FormatKind::Time ? NumberKind::Time
                                                            : NumberKind::Plain);
    }
    return {};
}

QString XlsxReader::readInlineText(QXmlStreamReader& xml, QStringView endElement)
{
    // <si>/<is>: plain <t>, or rich-text runs <r><t>..</t></r>; phonetic runs (<rPh>) are not text.
    QString text;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (isName(xml, QLatin1StringView("t")))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (isName(xml, QLatin1StringView("rPh")))
                xml.skipCurrentElement();
        } else if (xml.isEndElement() && xml.name() == endElement) {
            break;
        }
    }
    return text;
}

Result<void> XlsxReader::readSharedStrings(const QString& part)
{
    m_sharedStrings.clear();
    std::unique_ptr<XmlPartGuard> file = openPart(part);
    if (m_partRefusal)
        return *m_partRefusal;
    if (!file)
        return {};
    QXmlStreamReader xml(file.get());
    qint64 characters = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement() || !isName(xml, QLatin1StringView("si")))
            continue;
        QString text = readInlineText(xml, u"si");
        characters += text.size();
        if (text.size() > MaxCellLength) {
            return refusal(tr("The workbook holds a text of more than %L1 characters, more than Excel itself keeps in "
                              "a cell.")
                               .arg(MaxCellLength));
        }
        if (m_sharedStrings.size() >= MaxSharedStrings || characters > MaxSharedStringChars) {
            return refusal(tr("The workbook holds more than %L1 different texts or more than %L2 characters of text; "
                              "InBeeld reads lists up to Excel's own size, which stay far below that.")
                               .arg(MaxSharedStrings)
                               .arg(MaxSharedStringChars));
        }
        m_sharedStrings.append(std::move(text));
    }
    if (xml.hasError())
        return damaged(part, xml);
    return {};
}

Result<void> XlsxReader::openSource()
{
    m_sheets.clear();
    m_lastRow = 0;
    m_sheetDone = false;
    m_partRefusal.reset();
    if (auto opened = openArchive(); !opened)
        return opened;
    if (auto workbook = readWorkbook(); !workbook)
        return workbook;

    const Sheet* chosen = &m_sheets.first();
    if (!m_requestedSheet.isEmpty()) {
        chosen = nullptr;
        for (const Sheet& s : std::as_const(m_sheets)) {
            if (s.name == m_requestedSheet)
                chosen = &s;
        }
        for (const Sheet& s : std::as_const(m_sheets)) {
            if (!chosen && s.name.compare(m_requestedSheet, Qt::CaseInsensitive) == 0)
                chosen = &s;
        }
        if (!chosen) {
            return makeError(Error::Code::InvalidInput,
                             tr("The workbook has no sheet named \"%1\". Its sheets are: %2. Choose one of these.")
                                 .arg(m_requestedSheet, sheetNames().join(QStringLiteral(", "))));
        }
    }
    m_sheetName = chosen->name;
    m_sheetPart = chosen->part;

    if (!m_stylesPart.isEmpty()) {
        if (auto styles = readStyles(m_stylesPart); !styles)
            return styles;
    }
    if (!m_sharedStringsPart.isEmpty()) {
        if (auto strings = readSharedStrings(m_sharedStringsPart); !strings)
            return strings;
    }

    QuaZipFileInfo64 sheetInfo;
    m_sheetFile = openPart(m_sheetPart);
    if (m_partRefusal)
        return *m_partRefusal;
    if (!m_sheetFile) {
        return makeError(Error::Code::InvalidInput,
                         tr("The workbook is damaged: the sheet \"%1\" is missing from it. Open the workbook in the "
                            "spreadsheet program, save it again and import the saved copy.")
                             .arg(m_sheetName));
    }
    m_sheetSize = qint64(m_zip->getCurrentFileInfo(&sheetInfo) ? sheetInfo.uncompressedSize : 0);
    m_xml.setDevice(m_sheetFile.get());
    return {};
}

QString XlsxReader::cellText(QStringView type, int style, const QString& value, const QString& inlineText) const
{
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e")
        return value;
    if (type == u"d") // an ISO 8601 date (strict OOXML): keep the date
        return value.left(10);
    if (value.isEmpty())
        return value;
    const NumberKind kind = style >= 0 && style < m_cellFormats.size() ? m_cellFormats.at(style) : NumberKind::Plain;
    if (kind == NumberKind::Plain)
        return plainNumber(value);
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok)
        return value;
    if (kind == NumberKind::Time)
        return timeOfDay(serial);
    const Result<QDate> date = DutchDate::fromExcelSerial(serial, m_date1904);
    if (!date)
        return plainNumber(value); // row validation will say what is wrong with it
    QString text = date.value().toString(Qt::ISODate);
    if (serial != std::floor(serial))
        text += u' ' + timeOfDay(serial);
    return text;
}

std::optional<TableRow> XlsxReader::readRecord()
{
    if (m_sheetDone)
        return std::nullopt;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        m_xml.readNext();
        if (m_xml.isEndElement() && isName(m_xml, QLatin1StringView("sheetData")))
            break;
        if (!m_xml.isStartElement() || !isName(m_xml, QLatin1StringView("row")))
            continue;

        TableRow row;
        bool ok = false;
        const qint64 number = attribute(m_xml, QLatin1StringView("r")).toLongLong(&ok);
        row.lineNumber = ok && number > 0 ? number : m_lastRow + 1;
        m_lastRow = row.lineNumber;
        if (row.lineNumber > MaxRowNumber) {
            setError(refusal(tr("Sheet \"%1\" has a row numbered beyond %L2, Excel's last row.")
                                 .arg(m_sheetName)
                                 .arg(MaxRowNumber)));
            return std::nullopt;
        }
        int nextColumn = 0;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && isName(m_xml, QLatin1StringView("row")))
                break;
            if (!m_xml.isStartElement())
                continue;
            if (!isName(m_xml, QLatin1StringView("c"))) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString reference = attribute(m_xml, QLatin1StringView("r"));
            int column = reference.isEmpty() ? nextColumn : columnOfReference(reference);
            if (column < 0 || column >= xlsx::MaxColumns) {
                setError(makeError(Error::Code::InvalidInput,
                                   tr("The workbook is damaged: row %1 of sheet \"%2\" has an invalid cell reference "
                                      "\"%3\". Open the workbook in the spreadsheet program, save it again and "
                                      "import the saved copy.")
                                       .arg(row.lineNumber)
                                       .arg(m_sheetName, reference)));
                return std::nullopt;
            }
            const QString type = attribute(m_xml, QLatin1StringView("t"));
            const QString styleText = attribute(m_xml, QLatin1StringView("s"));
            const int style = styleText.isEmpty() ? 0 : styleText.toInt();
            QString value, inlineText;
            while (!m_xml.atEnd() && !m_xml.hasError()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && isName(m_xml, QLatin1StringView("c")))
                    break;
                if (!m_xml.isStartElement())
                    continue;
                if (isName(m_xml, QLatin1StringView("v")))
                    value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (isName(m_xml, QLatin1StringView("is")))
                    inlineText = readInlineText(m_xml, u"is");
                else
                    m_xml.skipCurrentElement(); // <f> formulas, extensions
            }
            if (value.size() > MaxCellLength || inlineText.size() > MaxCellLength) {
                setError(makeError(Error::Code::InvalidInput,
                                   tr("Row %1: a cell of more than %L2 characters, more than Excel itself keeps in a "
                                      "cell. Nothing was imported; check that you chose the right file.")
                                       .arg(row.lineNumber)
                                       .arg(MaxCellLength)));
                return std::nullopt;
            }
            QString text = cellText(type, style, value, inlineText);
            nextColumn = column + 1;
            // Empty cells are only kept when a filled one follows: a row of 16,384 empty cells
            // (column XFD) costs nothing.
            if (text.isEmpty())
                continue;
            if (column >= MaxUsedColumns) {
                setError(makeError(Error::Code::InvalidInput,
                                   tr("Row %1: a value in column %2; InBeeld reads the first %3 columns, and a list "
                                      "has far fewer. Remove what stands in the far columns (or choose the right "
                                      "sheet) and import again.")
                                       .arg(row.lineNumber)
                                       .arg(columnLetters(column))
                                       .arg(MaxUsedColumns)));
                return std::nullopt;
            }
            while (row.cells.size() < column)
                row.cells.append(QString());
            if (column < row.cells.size())
                row.cells[column] = std::move(text); // out of order: the reference wins
            else
                row.cells.append(std::move(text));
        }
        if (m_xml.hasError())
            break;
        return row;
    }
    m_sheetDone = true;
    if (m_xml.hasError())
        setError(damaged(m_sheetPart, m_xml));
    return std::nullopt;
}

} // namespace inbeeld
