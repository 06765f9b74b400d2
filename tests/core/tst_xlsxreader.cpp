#include "core/importing/XlsxReader.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace inbeeld;

namespace {

using Parts = QMap<QString, QByteArray>;

bool writeZip(const QString& path, const Parts& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
            return false;
        file.write(it.value());
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// The parts are plain string literals with single-quoted attributes: moc 6.4 mis-reads multi-line
// raw strings that contain "//" and then finds no Q_OBJECT class in this file.
const QByteArray kContentTypes
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>\n"
      "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>\n"
      "<Default Extension='xml' ContentType='application/xml'/>\n"
      "<Override PartName='/xl/workbook.xml' "
      "ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'/>\n"
      "<Override PartName='/xl/worksheets/sheet1.xml' "
      "ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'/>\n"
      "<Override PartName='/xl/worksheets/sheet2.xml' "
      "ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'/>\n"
      "<Override PartName='/xl/sharedStrings.xml' "
      "ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'/>\n"
      "<Override PartName='/xl/styles.xml' "
      "ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'/>\n"
      "</Types>";

const QByteArray kRootRels = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                             "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>\n"
                             "<Relationship Id='rId1' "
                             "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                             "officeDocument' Target='xl/workbook.xml'/>\n"
                             "</Relationships>";

QByteArray workbook(bool date1904 = false)
{
    return QByteArray("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                      "<workbook xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' "
                      "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>\n"
                      "<workbookPr")
        + (date1904 ? " date1904='1'" : "")
        + "/>\n"
          "<sheets>\n"
          "<sheet name='Leerlingen' sheetId='1' r:id='rId1'/>\n"
          "<sheet name='Blad 2' sheetId='2' r:id='rId2'/>\n"
          "</sheets>\n"
          "</workbook>";
}

// Targets in both relative and absolute form, as different programs write them.
const QByteArray kWorkbookRels
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>\n"
      "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
      "Target='worksheets/sheet1.xml'/>\n"
      "<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' "
      "Target='/xl/worksheets/sheet2.xml'/>\n"
      "<Relationship Id='rId3' "
      "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings' "
      "Target='sharedStrings.xml'/>\n"
      "<Relationship Id='rId4' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles' "
      "Target='styles.xml'/>\n"
      "<Relationship Id='rId5' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink' "
      "Target='https://example.org' TargetMode='External'/>\n"
      "</Relationships>";

// Shared strings: plain, rich text in runs (with a phonetic run that is not text), spaces kept.
const QByteArray kSharedStrings
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<sst xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main' count='9' uniqueCount='9'>\n"
      "<si><t>Overzicht thuiszitters</t></si>\n"
      "<si><t>BSN</t></si>\n"
      "<si><t>Voornaam</t></si>\n"
      "<si><t>Achternaam</t></si>\n"
      "<si><t>Geboortedatum</t></si>\n"
      "<si><t>Startdatum verzuim</t></si>\n"
      "<si><t>Actief</t></si>\n"
      "<si><r><rPr><b/></rPr><t>Jan</t></r><r><t xml:space='preserve'> Willem</t></r><rPh><t>x</t></rPh></si>\n"
      "<si><t>Tijd</t></si>\n"
      "</sst>";

// cellXfs: 0 general, 1 built-in 14 (date), 2 custom "d-m-yyyy;@", 3 built-in 20 (h:mm),
// 4 custom "0.00" (plain), 5 custom "[$-413]d mmmm yyyy", 6 custom "mm:ss" (time),
// 7 custom "\"dag\" 0" (plain: the d is quoted text).
const QByteArray kStyles
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<styleSheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>\n"
      "<numFmts count='5'>\n"
      "<numFmt numFmtId='164' formatCode='d-m-yyyy;@'/>\n"
      "<numFmt numFmtId='165' formatCode='0.00'/>\n"
      "<numFmt numFmtId='166' formatCode='[$-413]d mmmm yyyy'/>\n"
      "<numFmt numFmtId='167' formatCode='mm:ss'/>\n"
      "<numFmt numFmtId='168' formatCode='&quot;dag&quot; 0'/>\n"
      "</numFmts>\n"
      "<cellStyleXfs count='1'><xf numFmtId='14'/></cellStyleXfs>\n"
      "<cellXfs count='8'>\n"
      "<xf numFmtId='0'/><xf numFmtId='14' applyNumberFormat='1'/><xf numFmtId='164'/><xf numFmtId='20'/>\n"
      "<xf numFmtId='165'/><xf numFmtId='166'/><xf numFmtId='167'/><xf numFmtId='168'/>\n"
      "</cellXfs>\n"
      "</styleSheet>";

// A title in row 1, the header in row 3, data from row 4; row 6 missing; cells missing in
// between; one row without cell references.
const QByteArray kSheet1
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>\n"
      "<dimension ref='A1:H8'/>\n"
      "<sheetData>\n"
      "<row r='1'><c r='A1' t='s'><v>0</v></c></row>\n"
      "<row r='3'><c r='A3' t='s'><v>1</v></c><c r='B3' t='s'><v>2</v></c><c r='C3' t='s'><v>3</v></c><c r='D3' "
      "t='s'><v>4</v></c><c r='E3' t='s'><v>5</v></c><c r='F3' t='s'><v>6</v></c><c r='G3' t='s'><v>8</v></c></row>\n"
      "<row r='4'><c r='A4'><v>999990019</v></c><c r='B4' t='s'><v>7</v></c><c r='C4' "
      "t='inlineStr'><is><t>Özdemir</t></is></c><c r='D4' s='1'><v>41155</v></c><c r='E4' s='2'><v>46268</v></c><c "
      "r='F4' t='b'><v>1</v></c><c r='G4' s='3'><v>0.5</v></c></row>\n"
      "<row r='5'><c r='A5'><v>9.9999001E8</v></c><c r='D5' s='5'><v>45292.75</v></c><c r='F5' "
      "t='b'><v>0</v></c></row>\n"
      "<row r='7'><c><v>1.5</v></c><c s='4'><v>2.25</v></c><c t='str'><f>A7*2</f><v>drie</v></c><c "
      "s='7'><v>12</v></c><c t='e'><v>#N/A</v></c><c s='6'><v>0.0006944444444444445</v></c></row>\n"
      "<row r='8' spans='1:8'><c r='H8' t='inlineStr'><is><r><t>rich</t></r><r><t> inline</t></r></is></c></row>\n"
      "</sheetData>\n"
      "</worksheet>";

const QByteArray kSheet2
    = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
      "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>\n"
      "<row r='1'><c r='A1' t='inlineStr'><is><t>Code</t></is></c><c r='B1' t='inlineStr'><is><t>Naam</t></is></c><c "
      "r='C1' t='inlineStr'><is><t>Plaats</t></is></c></row>\n"
      "<row r='2'><c r='A2'><v>1</v></c><c r='B2' t='inlineStr'><is><t>Çelik</t></is></c><c r='C2' "
      "t='inlineStr'><is><t>Ede</t></is></c></row>\n"
      "</sheetData></worksheet>";

Parts standardParts(bool date1904 = false)
{
    return {{QStringLiteral("[Content_Types].xml"), kContentTypes},
            {QStringLiteral("_rels/.rels"), kRootRels},
            {QStringLiteral("xl/workbook.xml"), workbook(date1904)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels},
            {QStringLiteral("xl/worksheets/sheet1.xml"), kSheet1},
            {QStringLiteral("xl/worksheets/sheet2.xml"), kSheet2},
            {QStringLiteral("xl/sharedStrings.xml"), kSharedStrings},
            {QStringLiteral("xl/styles.xml"), kStyles}};
}

QStringList cells(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* c : list)
        out << QString::fromUtf8(c);
    return out;
}

} // namespace

/// An XLSX workbook built here with QuaZip (the minimal parts), read back cell by cell.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const Parts& parts)
    {
        const QString path = m_dir.filePath(name);
        return writeZip(path, parts) ? path : QString();
    }

private slots:
    void readsFirstSheet()
    {
        const QString path = write(QStringLiteral("lijst.xlsx"), standardParts());
        QVERIFY(!path.isEmpty());
        XlsxReader reader(path);
        auto opened = reader.open();
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(reader.sheetNames(), (QStringList {QStringLiteral("Leerlingen"), QStringLiteral("Blad 2")}));
        QCOMPARE(reader.sheetName(), QStringLiteral("Leerlingen"));

        // Title row above the header, as in CSV.
        QCOMPARE(reader.titleRows().size(), 1);
        QCOMPARE(reader.titleRows().first().cells, cells({"Overzicht thuiszitters"}));
        QCOMPARE(reader.headerRow().lineNumber, 3);
        QCOMPARE(reader.headerRow().cells,
                 cells({"BSN", "Voornaam", "Achternaam", "Geboortedatum", "Startdatum verzuim", "Actief", "Tijd"}));

        auto row4 = reader.nextRow();
        QVERIFY(row4);
        QCOMPARE(row4->lineNumber, 4);
        // 41155 = 2012-09-03 (built-in date format 14), 46268 = 2026-09-03 (custom d-m-yyyy).
        QCOMPARE(row4->cells,
                 cells({"999990019", "Jan Willem", "Özdemir", "2012-09-03", "2026-09-03", "TRUE", "12:00:00"}));

        auto row5 = reader.nextRow();
        QVERIFY(row5);
        QCOMPARE(row5->lineNumber, 5);
        // Exponent notation becomes plain digits; B5 and C5 are missing, so empty; a date with a time.
        QCOMPARE(row5->cells, cells({"999990010", "", "", "2024-01-01 18:00:00", "", "FALSE"}));

        auto row7 = reader.nextRow();
        QVERIFY(row7);
        QCOMPARE(row7->lineNumber, 7);
        // Cells without references follow each other; "0.00" and "\"dag\" 0" are not dates;
        // a formula's cached string; an error value; a minutes:seconds time.
        QCOMPARE(row7->cells, cells({"1.5", "2.25", "drie", "12", "#N/A", "00:01:00"}));

        auto row8 = reader.nextRow();
        QVERIFY(row8);
        QCOMPARE(row8->cells.size(), 8);
        QCOMPARE(row8->cells.at(7), QStringLiteral("rich inline"));

        QVERIFY(!reader.nextRow());
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
        QCOMPARE(reader.progressPercent(), 100);
    }

    void readsNamedSheet()
    {
        const QString path = write(QStringLiteral("named.xlsx"), standardParts());
        for (const QString& name : {QStringLiteral("Blad 2"), QStringLiteral("blad 2")}) {
            XlsxReader reader(path);
            reader.setSheetName(name);
            QVERIFY(reader.open());
            QCOMPARE(reader.sheetName(), QStringLiteral("Blad 2"));
            QCOMPARE(reader.headerRow().cells, cells({"Code", "Naam", "Plaats"}));
            auto row = reader.nextRow();
            QVERIFY(row);
            QCOMPARE(row->cells, cells({"1", "Çelik", "Ede"}));
            QVERIFY(!reader.nextRow());
        }
        XlsxReader missing(path);
        missing.setSheetName(QStringLiteral("Blad 3"));
        auto opened = missing.open();
        QVERIFY(!opened);
        QVERIFY2(opened.message().contains(QStringLiteral("Leerlingen, Blad 2")), qPrintable(opened.message()));

        auto sheets = XlsxReader::listSheets(path);
        QVERIFY(sheets);
        QCOMPARE(sheets.value().size(), 2);
    }

    void minimalPartsWithoutPackageRels()
    {
        // Only the parts the format cannot do without; no _rels/.rels, no styles.
        Parts parts = standardParts();
        parts.remove(QStringLiteral("_rels/.rels"));
        parts.remove(QStringLiteral("xl/styles.xml"));
        const QString path = write(QStringLiteral("minimal.xlsx"), parts);
        XlsxReader reader(path);
        auto opened = reader.open();
        QVERIFY2(opened, qPrintable(opened.message()));
        auto row = reader.nextRow();
        QVERIFY(row);
        QCOMPARE(row->cells.at(3), QStringLiteral("41155")); // without styles, a plain number
    }

    void date1904()
    {
        const QString path = write(QStringLiteral("mac.xlsx"), standardParts(true));
        XlsxReader reader(path);
        QVERIFY(reader.open());
        auto row = reader.nextRow();
        QVERIFY(row);
        QCOMPARE(row->cells.at(3), QStringLiteral("2016-09-04")); // 41155 days after 1904-01-01
    }

    void readsFromDevice()
    {
        const QString path = write(QStringLiteral("device.xlsx"), standardParts());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        XlsxReader reader(&file);
        QVERIFY(reader.open());
        QCOMPARE(reader.headerRow().cells.first(), QStringLiteral("BSN"));
    }

    // A sheet whose compressed data is damaged half-way (found by the xlsx fuzz target): the
    // decompressor fails on every read, which the XML reader took as "more data may come" and
    // asked again, forever. Now reading ends with a clear error.
    void damagedCompressedSheetEnds()
    {
        XlsxReader reader(QStringLiteral(INBEELD_FUZZ_REGRESSIONS_DIR "/xlsx/timeout-damaged-deflate-stream.xlsx"));
        if (reader.open()) {
            while (reader.nextRow())
                ;
        }
        QVERIFY(reader.hasError());
        QVERIFY2(reader.error().message.contains(QStringLiteral("damaged")), qPrintable(reader.error().message));
    }

    void corruptFiles()
    {
        // Not a ZIP at all.
        const QString text = m_dir.filePath(QStringLiteral("tekst.xlsx"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BSN;Naam\n999990019;Berg\n");
        f.close();
        XlsxReader notZip(text);
        auto r1 = notZip.open();
        QVERIFY(!r1);
        QVERIFY2(r1.message().contains(QStringLiteral("not an Excel workbook")), qPrintable(r1.message()));

        // A ZIP without a workbook.
        const QString other = write(QStringLiteral("other.xlsx"), {{QStringLiteral("readme.txt"), "hello"}});
        XlsxReader noWorkbook(other);
        auto r2 = noWorkbook.open();
        QVERIFY(!r2);
        QVERIFY2(r2.message().contains(QStringLiteral("no workbook")), qPrintable(r2.message()));

        // A sheet cut off in the middle: the rows before it, then a clear error.
        Parts parts = standardParts();
        QByteArray cut = kSheet1;
        cut.truncate(cut.indexOf("<row r=\"7\">") + 20);
        parts[QStringLiteral("xl/worksheets/sheet1.xml")] = cut;
        XlsxReader truncated(write(QStringLiteral("cut.xlsx"), parts));
        QVERIFY(!truncated.open()); // the look-ahead reaches the damage
        QVERIFY2(truncated.error().message.contains(QStringLiteral("damaged")), qPrintable(truncated.error().message));

        // Broken workbook XML.
        Parts badWorkbook = standardParts();
        badWorkbook[QStringLiteral("xl/workbook.xml")] = "<workbook><sheets><sheet name=";
        XlsxReader bad(write(QStringLiteral("bad.xlsx"), badWorkbook));
        auto r3 = bad.open();
        QVERIFY(!r3);
        QVERIFY2(r3.message().contains(QStringLiteral("damaged")), qPrintable(r3.message()));

        // The sheet part the workbook points to is missing.
        Parts noSheet = standardParts();
        noSheet.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
        XlsxReader missingSheet(write(QStringLiteral("nosheet.xlsx"), noSheet));
        auto r4 = missingSheet.open();
        QVERIFY(!r4);
        QVERIFY2(r4.message().contains(QStringLiteral("Leerlingen")), qPrintable(r4.message()));

        XlsxReader absent(m_dir.filePath(QStringLiteral("absent.xlsx")));
        auto r5 = absent.open();
        QVERIFY(!r5);
        QCOMPARE(r5.code(), Error::Code::Io);
    }

    void manyRowsStream()
    {
        QByteArray sheet
            = "<?xml version='1.0' encoding='UTF-8'?>\n"
              "<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>\n"
              "<row r='1'><c r='A1' t='inlineStr'><is><t>BSN</t></is></c><c r='B1' "
              "t='inlineStr'><is><t>Naam</t></is></c><c r='C1' t='inlineStr'><is><t>Datum</t></is></c></row>\n"
              "";
        for (int i = 2; i <= 20001; ++i) {
            sheet
                += QStringLiteral(
                       R"(<row r="%1"><c r="A%1"><v>%2</v></c><c r="B%1" t="s"><v>7</v></c><c r="C%1" s="1"><v>45292</v></c></row>)")
                       .arg(i)
                       .arg(999990000 + i)
                       .toUtf8();
        }
        sheet += "</sheetData></worksheet>";
        Parts parts = standardParts();
        parts[QStringLiteral("xl/worksheets/sheet1.xml")] = sheet;
        XlsxReader reader(write(QStringLiteral("big.xlsx"), parts));
        QVERIFY(reader.open());
        int count = 0;
        while (auto row = reader.nextRow()) {
            ++count;
            QCOMPARE(row->lineNumber, count + 1);
            if (count == 20000) {
                QCOMPARE(row->cells,
                         (QStringList {QString::number(999990000 + 20001), QStringLiteral("Jan Willem"),
                                       QStringLiteral("2024-01-01")}));
            }
        }
        QCOMPARE(count, 20000);
        QVERIFY(!reader.hasError());
    }
};

INBEELD_TEST_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
