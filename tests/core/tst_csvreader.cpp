#include "core/importing/CsvReader.h"
#include "tests/support/TestMain.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace inbeeld;

namespace {

struct ReadResult
{
    TableRow header;
    QList<TableRow> rows;
    QString error;
    QChar delimiter;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    qint64 fallbacks = 0;
    int titleRows = 0;
};

ReadResult readAll(CsvReader& reader)
{
    ReadResult r;
    auto opened = reader.open();
    if (!opened) {
        r.error = opened.message();
        return r;
    }
    r.header = reader.headerRow();
    r.titleRows = int(reader.titleRows().size());
    r.delimiter = reader.delimiter();
    r.encoding = reader.encoding();
    while (auto row = reader.nextRow())
        r.rows.append(*row);
    if (reader.hasError())
        r.error = reader.error().message;
    r.fallbacks = reader.encodingFallbacks();
    return r;
}

ReadResult readBytes(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader reader(&buffer);
    return readAll(reader);
}

QStringList cells(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* c : list)
        out << QString::fromUtf8(c);
    return out;
}

} // namespace

/// CSV as Dutch Excel and other programs write it: encodings, delimiters, RFC 4180 quoting,
/// line endings, title rows, line numbers, and clear errors.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithBom()
    {
        const auto r = readBytes("\xEF\xBB\xBF"
                                 "BSN;Voornaam;Achternaam\r\n999990019;Mehmet;\xC3\x96zdemir\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf8WithBom);
        QCOMPARE(r.header.cells, cells({"BSN", "Voornaam", "Achternaam"})); // no BOM in the first name
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].cells, cells({"999990019", "Mehmet", "Özdemir"}));
        QCOMPARE(r.rows[0].lineNumber, 2);
    }

    void utf8WithoutBom()
    {
        const auto r = readBytes("BSN;Naam;Plaats\n999990019;Ana\xC3\xAFs \xC3\x87"
                                 "elik;Zo\xC3\xAB\n");
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf8);
        QCOMPARE(r.rows[0].cells, cells({"999990019", "Anaïs Çelik", "Zoë"}));
    }

    void windows1252()
    {
        // "Özdemir" and "€" as Excel's "CSV (gescheiden door lijstscheidingsteken)" writes them.
        const auto r = readBytes("BSN;Achternaam;Opmerking\r\n999990019;\xD6zdemir;\x80 5,- \x93ok\x94\r\n");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, TextDecoder::Encoding::Windows1252);
        QCOMPARE(r.rows[0].cells, cells({"999990019", "Özdemir", "€ 5,- “ok”"}));
    }

    void utf16WithBom()
    {
        const QString text = QStringLiteral("BSN\tNaam\tPlaats\r\n999990019\tÖzdemir\tEde\r\n");
        QByteArray bytes("\xFF\xFE");
        for (const QChar c : text) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const auto r = readBytes(bytes);
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf16LE);
        QCOMPARE(r.delimiter, QChar(u'\t'));
        QCOMPARE(r.rows[0].cells, cells({"999990019", "Özdemir", "Ede"}));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QStringLiteral(";");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("\t");
        QTest::newRow("decimal commas") << QByteArray("a;b;c\n1,5;2;3\n2,5;2;3\n") << QStringLiteral(";");
        QTest::newRow("quoted semicolons in comma file")
            << QByteArray("naam,adres,plaats\n\"Berg; van der\",\"Dorpsstraat 1; achter\",Epe\n")
            << QStringLiteral(",");
        QTest::newRow("title rows") << QByteArray("Overzicht, kwartaal 3\n\nBSN;Naam;Plaats\n1;B;E\n2;C;F\n")
                                    << QStringLiteral(";");
        QTest::newRow("single column") << QByteArray("BSN\n999990019\n") << QStringLiteral(";");
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(QString::fromUtf8(bytes)), delimiter.at(0));
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.delimiter, delimiter.at(0));
    }

    void rfc4180Quoting()
    {
        const QByteArray bytes = "BSN;Naam;Toelichting\r\n"
                                 "999990019;\"Berg; van der\";\"zegt \"\"nee\"\"\"\r\n"
                                 "999990020;\"Dijk\";\"regel 1\r\nregel 2\nregel 3\"\r\n"
                                 "999990021;\"\";\"\"\"\"\r\n"
                                 "999990022;Jan \"Jantje\" Berg;\"ab\"cd\r\n";
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].cells, cells({"999990019", "Berg; van der", "zegt \"nee\""}));
        QCOMPARE(r.rows[1].cells, cells({"999990020", "Dijk", "regel 1\nregel 2\nregel 3"}));
        QCOMPARE(r.rows[2].cells, cells({"999990021", "", "\""}));
        QCOMPARE(r.rows[3].cells, cells({"999990022", "Jan \"Jantje\" Berg", "abcd"}));
        // Line numbers are physical lines: the record with two line breaks inside quotes started
        // on line 3 and the next one on line 6.
        QCOMPARE(r.rows[0].lineNumber, 2);
        QCOMPARE(r.rows[1].lineNumber, 3);
        QCOMPARE(r.rows[2].lineNumber, 6);
        QCOMPARE(r.rows[3].lineNumber, 7);
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CR") << QByteArray("\r");
    }
    void lineEndings()
    {
        QFETCH(QByteArray, eol);
        const QByteArray bytes = "a;b;c" + eol + "1;2;3" + eol + "\"x" + eol + "y\";5;6" + eol + "7;8;9";
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1].cells, cells({"x\ny", "5", "6"}));
        QCOMPARE(r.rows[1].lineNumber, 3);
        QCOMPARE(r.rows[2].cells, cells({"7", "8", "9"})); // no line break at the end of the file
        QCOMPARE(r.rows[2].lineNumber, 5);
    }

    void blankAndTrailingLinesSkipped()
    {
        const auto r = readBytes("a;b;c\r\n1;2;3\r\n;;\r\n\r\n4;5;\r\n\r\n\r\n;;\r\n");
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[1].cells, cells({"4", "5", ""}));
        QCOMPARE(r.rows[1].lineNumber, 5);
    }

    void titleRowsAboveHeader()
    {
        const QByteArray bytes = "Overzicht thuiszitters RBL Midden Gelre;;;;\r\n"
                                 "Peildatum;1-9-2026;;;\r\n"
                                 ";;;;\r\n"
                                 "BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum\r\n"
                                 "999990019;Jan;van der;Berg;3-9-2012\r\n"
                                 "999990020;Mehmet;;\xC3\x96zdemir;12-1-2011\r\n";
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.header.lineNumber, 4);
        QCOMPARE(r.header.cells.at(3), QStringLiteral("Achternaam"));
        QCOMPARE(r.titleRows, 2);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].lineNumber, 5);
        QCOMPARE(r.rows[1].cells.at(3), QStringLiteral("Özdemir"));
    }

    void unterminatedQuoteNamesTheLine()
    {
        const auto r = readBytes("a;b;c\n1;2;3\n4;\"open;6\n7;8;9\n");
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("Line 3")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("quote")));

        // Far beyond the look-ahead: the rows before are delivered, then the error.
        QByteArray late = "a;b;c\n";
        for (int i = 0; i < 200; ++i)
            late += "1;2;3\n";
        late += "\"x;y;z\n1;2;3\n";
        const auto r2 = readBytes(late);
        QCOMPARE(r2.rows.size(), 200);
        QVERIFY2(r2.error.contains(QStringLiteral("Line 202")), qPrintable(r2.error));
    }

    void overlongCellIsAnError()
    {
        QByteArray bytes = "a;b;c\n1;2;3\n\"";
        bytes += QByteArray(CsvReader::MaxCellLength + 10, 'x');
        bytes += "\";2;3\n";
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.contains(QStringLiteral("Line 3")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("longer than")));
    }

    // Empty cells far to the right are left out without being kept; a value there is refused.
    void farColumnsAreBounded()
    {
        QByteArray bytes = "a;b;c\n1;2;3" + QByteArray(5000, ';') + "\n";
        const auto empty = readBytes(bytes);
        QVERIFY2(empty.error.isEmpty(), qPrintable(empty.error));
        QCOMPARE(empty.rows.size(), 1);
        QVERIFY(empty.rows.first().cells.size() <= TableReader::MaxUsedColumns);
        bytes = "a;b;c\n1;2;3" + QByteArray(300, ';') + "x\n";
        const auto far = readBytes(bytes);
        QVERIFY2(far.error.contains(QStringLiteral("beyond column 256")), qPrintable(far.error));
        QByteArray blank(2000, '\n');
        const auto blanks = readBytes(blank + "a;b;c\n1;2;3\n");
        QVERIFY2(blanks.error.contains(QStringLiteral("empty rows")), qPrintable(blanks.error));
    }

    void chunkBoundaries()
    {
        // More than one 64 KiB chunk, with multi-byte characters, CRLF pairs and quoted line
        // breaks landing on every kind of boundary: every row must come back intact.
        QByteArray bytes = "\xEF\xBB\xBF"
                           "nr;naam;toelichting\r\n";
        QList<QStringList> expected;
        for (int i = 0; i < 6000; ++i) {
            const QString name = QStringLiteral("Özdemir-Çelik %1 %2").arg(i).arg(QString(i % 17, u'é'));
            const QString note = i % 3 == 0 ? QStringLiteral("regel 1\nregel 2 €") : QStringLiteral("x;y \"z\"");
            QString quoted = note;
            quoted.replace(u'"', QStringLiteral("\"\""));
            quoted.replace(u'\n', QStringLiteral("\r\n"));
            bytes += QStringLiteral("%1;%2;\"%3\"\r\n").arg(i).arg(name, quoted).toUtf8();
            expected << QStringList {QString::number(i), name, note};
        }
        QVERIFY(bytes.size() > 4 * 64 * 1024);
        const auto r = readBytes(bytes);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rows.size(), expected.size());
        qint64 line = 2;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.rows[i].cells, expected[i]);
            QCOMPARE(r.rows[i].lineNumber, line);
            line += i % 3 == 0 ? 2 : 1;
        }
    }

    /// nextRow(TableRow&) reads into the same row again and again: rows of other widths, long and
    /// short cells, empty cells and quoted ones come back as nextRow() gives them, and a cell that
    /// someone else still holds is never written over.
    void readingIntoTheSameRow()
    {
        QByteArray bytes = "nr;naam;plaats;school\r\n";
        for (int i = 0; i < 3000; ++i) {
            const QByteArray name = i % 5 == 0 ? QByteArray() : QByteArray(1 + i % 40, char('a' + i % 26));
            if (i % 7 == 3)
                bytes += QByteArray::number(i) + ';' + name + "\r\n"; // narrower
            else if (i % 7 == 4)
                bytes += QByteArray::number(i) + ';' + name + ";Arnhem;\"De School; Noord\";extra;\r\n"; // wider
            else
                bytes += QByteArray::number(i) + ';' + name + ";Arnhem;De School\r\n";
        }
        QList<TableRow> expected;
        {
            QBuffer buffer;
            buffer.setData(bytes);
            CsvReader reader(&buffer);
            QVERIFY(reader.open());
            while (auto row = reader.nextRow())
                expected << *row;
        }
        QCOMPARE(expected.size(), 3000);
        QBuffer buffer;
        buffer.setData(bytes);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        TableRow row;
        QList<TableRow> held; // every tenth row's cells, kept as an import keeps rejected rows
        qsizetype i = 0;
        while (reader.nextRow(row)) {
            QVERIFY(i < expected.size());
            QCOMPARE(row.lineNumber, expected[i].lineNumber);
            QCOMPARE(row.cells, expected[i].cells);
            if (i % 10 == 0)
                held << row; // shares the cells
            ++i;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(i, expected.size());
        for (qsizetype k = 0; k < held.size(); ++k)
            QCOMPARE(held[k].cells, expected[k * 10].cells);
    }

    void crlfSplitAcrossChunks()
    {
        // The CR as the last byte of the first 64 KiB chunk, the LF as the first of the next;
        // and a two-byte character split in the same way.
        for (const QByteArray& tail : {QByteArray("\r\n"), QByteArray("\xC3\x96\r\n")}) {
            QByteArray bytes = "a;b;c\n1;2;";
            // Cells of 1,000 characters (a cell may have at most 32,767) up to the chunk's end.
            while (bytes.size() < 64 * 1024 - 1 - 1000)
                bytes += QByteArray(999, 'x') + ';';
            bytes += QByteArray(64 * 1024 - bytes.size() - 1, 'x');
            bytes += tail + "4;5;6\r\n";
            const auto r = readBytes(bytes);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.rows.size(), 2);
            QCOMPARE(r.rows[1].cells, cells({"4", "5", "6"}));
            QCOMPARE(r.rows[1].lineNumber, 3);
            QCOMPARE(r.fallbacks, 0);
        }
    }

    void invalidUtf8LaterInTheFile()
    {
        // UTF-8 at the start, one Windows-1252 byte far beyond the detection sample.
        QByteArray bytes = "a;b;c\n\xC3\x96zdemir;2;3\n";
        while (bytes.size() < 200 * 1024)
            bytes += "1;2;3\n";
        bytes += "\xD6zdemir;2;3\n";
        const auto r = readBytes(bytes);
        QCOMPARE(r.encoding, TextDecoder::Encoding::Utf8);
        QCOMPARE(r.rows.first().cells.first(), QStringLiteral("Özdemir"));
        QCOMPARE(r.rows.last().cells.first(), QStringLiteral("Özdemir"));
        QCOMPARE(r.fallbacks, 1);
    }

    void forcedSettings()
    {
        QBuffer buffer;
        buffer.setData("a|b|c\n\xD6|2|3\n");
        CsvReader reader(&buffer);
        reader.setDelimiter(u'|');
        reader.setEncoding(TextDecoder::Encoding::Windows1252);
        const auto r = readAll(reader);
        QCOMPARE(r.delimiter, QChar(u'|'));
        QCOMPARE(r.rows[0].cells, cells({"Ö", "2", "3"}));
    }

    void fromFileWithProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lijst.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BSN;Naam;Plaats\r\n");
        for (int i = 0; i < 20000; ++i)
            f.write("999990019;Berg;Epe\r\n");
        f.close();
        CsvReader reader(path);
        QVERIFY(reader.open());
        int count = 0, lastProgress = 0;
        while (auto row = reader.nextRow()) {
            ++count;
            QVERIFY(reader.progressPercent() >= lastProgress);
            lastProgress = reader.progressPercent();
        }
        QCOMPARE(count, 20000);
        QCOMPARE(reader.progressPercent(), 100);
        QVERIFY(!reader.hasError());
    }

    void unreadableInput()
    {
        CsvReader missing(QStringLiteral("/nonexistent/lijst.csv"));
        auto opened = missing.open();
        QVERIFY(!opened);
        QCOMPARE(opened.code(), Error::Code::Io);
        QVERIFY(opened.message().contains(QStringLiteral("lijst.csv")));

        const auto xlsx = readBytes(QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
        QVERIFY2(xlsx.error.contains(QStringLiteral("XLSX")), qPrintable(xlsx.error));

        const auto binary = readBytes(QByteArray("\x01\x02\0\0abc", 7));
        QVERIFY2(binary.error.contains(QStringLiteral("not a text file")), qPrintable(binary.error));

        const auto empty = readBytes(QByteArray());
        QVERIFY2(empty.error.contains(QStringLiteral("no rows")), qPrintable(empty.error));
        const auto blank = readBytes("\r\n;;;\r\n\r\n");
        QVERIFY2(blank.error.contains(QStringLiteral("no rows")), qPrintable(blank.error));
    }
};

INBEELD_TEST_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
