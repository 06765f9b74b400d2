#include "core/importing/TableReader.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

namespace {

/// Rows from a list, so the shared logic (header rule, blank rows, errors) is tested apart
/// from CSV and XLSX parsing.
class ListReader : public TableReader
{
public:
    explicit ListReader(QList<TableRow> rows, int failAt = -1)
        : m_rows(std::move(rows))
        , m_failAt(failAt)
    {
    }
    int progressPercent() const override { return m_rows.isEmpty() ? 100 : int(m_next * 100 / m_rows.size()); }

protected:
    Result<void> openSource() override { return {}; }
    std::optional<TableRow> readRecord() override
    {
        if (m_next == m_failAt) {
            setError(makeError(Error::Code::InvalidInput, QStringLiteral("broken at %1").arg(m_next + 1)));
            return std::nullopt;
        }
        if (m_next >= m_rows.size())
            return std::nullopt;
        return m_rows[m_next++];
    }

private:
    QList<TableRow> m_rows;
    qsizetype m_next = 0;
    int m_failAt;
};

/// Rows from "a;b;c" lines, numbered from 1; "" is a blank row.
QList<TableRow> rows(const QStringList& lines)
{
    QList<TableRow> list;
    for (const QString& line : lines)
        list.append({list.size() + 1, line.split(u';')});
    return list;
}

} // namespace

class TestTableReader : public QObject
{
    Q_OBJECT

private slots:
    void rowMeasures()
    {
        const TableRow r {1, {QStringLiteral("a"), QString(), QStringLiteral(" "), QStringLiteral("b"), QString()}};
        QCOMPARE(r.filledCount(), 2);
        QCOMPARE(r.span(), 4);
        QVERIFY(!r.isBlank());
        QVERIFY((TableRow {1, {QString(), QStringLiteral("  \t")}}).isBlank());
        QVERIFY(TableRow().isBlank());
    }

    void detectHeader_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("header");
        const QString header = QStringLiteral("BSN;Voornaam;Achternaam;Geboortedatum;Postcode");
        const QString data = QStringLiteral("999990019;Jan;Berg;3-9-2012;1234 AB");
        const QString sparse = QStringLiteral("999990019;;Berg;;");
        QTest::newRow("header first") << QStringList {header, data, data} << 0;
        QTest::newRow("header only") << QStringList {header} << 0;
        QTest::newRow("one title row") << QStringList {QStringLiteral("Overzicht thuiszitters;;;;"), header, data} << 1;
        QTest::newRow("titles and blank") << QStringList {QStringLiteral("Overzicht"),
                                                          QStringLiteral("Peildatum;1-9-2026"),
                                                          QString(),
                                                          header,
                                                          data,
                                                          sparse}
                                          << 3;
        // A title row with three filled cells fails because the wider header follows it.
        QTest::newRow("wide title row") << QStringList {QStringLiteral("Overzicht;RBL;Midden Gelre"), QString(), header,
                                                        data}
                                        << 2;
        // A row with a value in it is not a header, however wide.
        QTest::newRow("title row with a date")
            << QStringList {QStringLiteral("Gemeente;Apeldoorn;Peildatum;1-9-2026"), QString(), header, data} << 2;
        QTest::newRow("no header: first non-blank") << QStringList {data, data} << 0;
        // Data may have one unnamed column more than the header.
        QTest::newRow("extra data column")
            << QStringList {QStringLiteral("BSN;Naam;Geboortedatum"), QStringLiteral("999990019;Berg;1-1-2012;x")} << 0;
        QTest::newRow("sparse data") << QStringList {header, sparse, sparse, sparse} << 0;
        QTest::newRow("two columns: first non-blank")
            << QStringList {QString(), QStringLiteral("BSN;Naam"), QStringLiteral("999990019;Berg")} << 1;
        QTest::newRow("all blank") << QStringList {QString(), QStringLiteral(";;")} << -1;
        QTest::newRow("empty") << QStringList {} << -1;
    }
    void detectHeader()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, header);
        QCOMPARE(TableReader::detectHeader(rows(lines)), header);
    }

    void openSkipsTitlesAndBlankRows()
    {
        ListReader reader(rows({QStringLiteral("Overzicht"), QString(), QStringLiteral("BSN;Naam;Plaats"),
                                QStringLiteral("1;Berg;Epe"), QStringLiteral(";;"), QString(),
                                QStringLiteral("2;Dijk;Ede"), QString()}));
        QVERIFY(reader.open());
        QCOMPARE(reader.headerRow().lineNumber, 3);
        QCOMPARE(reader.headerRow().cells,
                 (QStringList {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Plaats")}));
        QCOMPARE(reader.titleRows().size(), 1);
        QCOMPARE(reader.titleRows().first().lineNumber, 1);
        auto first = reader.nextRow();
        QVERIFY(first);
        QCOMPARE(first->lineNumber, 4);
        auto second = reader.nextRow();
        QVERIFY(second);
        QCOMPARE(second->lineNumber, 7);
        QCOMPARE(second->cells.at(1), QStringLiteral("Dijk"));
        QVERIFY(!reader.nextRow());
        QVERIFY(!reader.hasError());
    }

    void streamsBeyondTheLookahead()
    {
        QStringList lines {QStringLiteral("a;b;c")};
        for (int i = 0; i < 500; ++i)
            lines << QStringLiteral("%1;x;y").arg(i);
        ListReader reader(rows(lines));
        QVERIFY(reader.open());
        int count = 0;
        while (auto row = reader.nextRow()) {
            QCOMPARE(row->cells.first(), QString::number(count));
            QCOMPARE(row->lineNumber, count + 2);
            ++count;
        }
        QCOMPARE(count, 500);
    }

    void errors()
    {
        ListReader empty(rows({QString(), QString()}));
        auto opened = empty.open();
        QVERIFY(!opened);
        QVERIFY(opened.message().contains(QStringLiteral("no rows")));
        QVERIFY(empty.hasError());

        QStringList lines {QStringLiteral("a;b;c")};
        for (int i = 0; i < 100; ++i)
            lines << QStringLiteral("1;2;3");
        ListReader early(rows(lines), 10);
        QVERIFY(!early.open()); // within the look-ahead: open() fails

        ListReader late(rows(lines), 80);
        QVERIFY(late.open());
        int count = 0;
        while (late.nextRow())
            ++count;
        QCOMPARE(count, 79);
        QVERIFY(late.hasError());
        QCOMPARE(late.error().message, QStringLiteral("broken at 81"));
    }
};

INBEELD_TEST_MAIN(TestTableReader)
#include "tst_tablereader.moc"
