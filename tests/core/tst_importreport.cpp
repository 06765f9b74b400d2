#include "core/importing/ImportReport.h"
#include "core/importing/Importer.h"
#include "core/importing/RejectedRowsCsv.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The report of an import: its order, the export of rejected rows, and reading it back.
class TestImportReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static ImportIssue issue(qint64 line, ImportIssue::Severity severity, const QString& message)
    {
        ImportIssue i;
        i.line = line;
        i.column = QStringLiteral("BSN");
        i.severity = severity;
        i.code = QStringLiteral("x");
        i.message = message;
        return i;
    }

private slots:
    void errorsFirstThenByLine()
    {
        ImportReport r;
        r.issues = {issue(9, ImportIssue::Severity::Warning, QStringLiteral("w9")),
                    issue(12, ImportIssue::Severity::Error, QStringLiteral("e12")),
                    issue(3, ImportIssue::Severity::Warning, QStringLiteral("w3")),
                    issue(5, ImportIssue::Severity::Error, QStringLiteral("e5"))};
        QStringList order;
        for (const ImportIssue& i : r.sortedIssues())
            order << i.message;
        QCOMPARE(
            order,
            (QStringList {QStringLiteral("e5"), QStringLiteral("e12"), QStringLiteral("w3"), QStringLiteral("w9")}));
        QCOMPARE(r.errors().size(), 2);
        QCOMPARE(r.rowWarnings().size(), 2);
        QCOMPARE(r.issues[1].text(), QStringLiteral("Line 12, column BSN: e12"));
    }

    void rejectedRowsExportForExcel()
    {
        ImportReport r;
        r.mapping = ColumnMapping({QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Reden")});
        r.rejectedRows = {
            {7,
             {failingBsn(0), QStringLiteral("Berg; van der"), QStringLiteral("zegt \"nee\"")},
             {QStringLiteral("Line 7, column BSN: fails"), QStringLiteral("second problem")}},
            {9,
             {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Özdemir"), QStringLiteral("-3"),
              QStringLiteral("extra")},
             {QStringLiteral("Line 9: broken")}},
        };
        const QString file = path(QStringLiteral("afgekeurd.csv"));
        QVERIFY(r.exportRejectedCsv(file));
        const QByteArray bytes = readFile(file);
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "BSN;Naam;Reden;Line in source file;Problem\r\n"
            + failingBsn(0).toUtf8()
            + ";\"Berg; van der\";\"zegt \"\"nee\"\"\";7;\"Line 7, column BSN: fails\nsecond problem\"\r\n"
              "\"'=HYPERLINK(\"\"x\"\")\";\xC3\x96zdemir;'-3;9;Line 9: broken;extra\r\n";
        QCOMPARE(bytes, expected);
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!r.exportRejectedCsv(path(QStringLiteral("no/such/folder/x.csv"))));
    }

    // Every start a spreadsheet runs as a formula is shown as text; every delimiter is quoted.
    void rejectedCellsAreNeverFormulas()
    {
        for (const QString& start : {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
                                     QStringLiteral("\t"), QStringLiteral("\r"), QStringLiteral("\uFF1D"),
                                     QStringLiteral("\uFF0B"), QStringLiteral("\uFF0D"), QStringLiteral("\uFF20")}) {
            const QString cell = RejectedRowsCsv::cell(start + QStringLiteral("SUM(A1)"));
            QVERIFY2(cell.startsWith(u'\'') || cell.startsWith(QStringLiteral("\"'")), qPrintable(cell));
        }
        QCOMPARE(RejectedRowsCsv::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(RejectedRowsCsv::cell(QStringLiteral("a\tb")), QStringLiteral("\"a\tb\""));
        QCOMPARE(RejectedRowsCsv::cell(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
        QCOMPARE(RejectedRowsCsv::cell(QStringLiteral("Berg")), QStringLiteral("Berg"));
    }

    void storedReportReadsBack()
    {
        auto store = createTestStore(path(QStringLiteral("r.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(store);
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file,
                          {QStringLiteral("BSN;Naam;Geboortedatum;Categorie;Reden;Opmerking"),
                           fictitiousBsn(0) + QStringLiteral(";Jan Jansen;1-2-2012;LRV;ziek;a"),
                           failingBsn(1) + QStringLiteral(";Piet Pietersen;1-2-2012;LRV;;b"),
                           QStringLiteral(";Kees Bakker;1-2-2012;AV;weg;c")}));
        ImportOptions options;
        options.peildatum = QDate(2026, 9, 30);
        const auto imported = Importer(*store).run(file, options);
        QVERIFY2(imported, qPrintable(imported.message()));
        const ImportReport& r = imported.value();

        const auto loaded = ImportReport::load(*store, r.snapshotId);
        QVERIFY2(loaded, qPrintable(loaded.message()));
        const ImportReport& l = loaded.value();
        QCOMPARE(l.snapshotId, r.snapshotId);
        QCOMPARE(l.fileName, r.fileName);
        QCOMPARE(l.fileHash, r.fileHash);
        QCOMPARE(l.peildatum, r.peildatum);
        QCOMPARE(l.accepted, 2);
        QCOMPARE(l.rejected, 1);
        QCOMPARE(l.warnings, r.warnings);
        QCOMPARE(l.mapping, r.mapping);
        QCOMPARE(l.issues.size(), r.issues.size());
        for (qsizetype i = 0; i < l.issues.size(); ++i)
            QCOMPARE(l.issues[i].text(), r.issues[i].text());
        QCOMPARE(l.fileIssues.size(), r.fileIssues.size());
        QCOMPARE(l.notImported.size(), 1);
        QCOMPARE(l.rejectedRows.size(), 1);
        QCOMPARE(l.rejectedRows[0].line, 3);
        QCOMPARE(l.rejectedRows[0].messages, r.rejectedRows[0].messages);
        // The fresh report has the row as it was; the store keeps only the columns an accepted row of
        // its category could have kept: not the unmapped "Opmerking".
        QCOMPARE(r.rejectedRows[0].cells,
                 (QStringList {failingBsn(1), QStringLiteral("Piet Pietersen"), QStringLiteral("1-2-2012"),
                               QStringLiteral("LRV"), QString(), QStringLiteral("b")}));
        QCOMPARE(l.rejectedRows[0].cells,
                 (QStringList {failingBsn(1), QStringLiteral("Piet Pietersen"), QStringLiteral("1-2-2012"),
                               QStringLiteral("LRV"), QString(), QString()}));

        // The stored report exports the same rows (minus what was not kept).
        QVERIFY(l.exportRejectedCsv(path(QStringLiteral("b.csv"))));
        QVERIFY(readFile(path(QStringLiteral("b.csv")))
                    .contains(failingBsn(1).toUtf8() + ";Piet Pietersen;1-2-2012;LRV;;;3;"));
        QVERIFY(!ImportReport::load(*store, 999));

        // Absoluut verzuim has no reason in the agreement: a rejected absoluut row keeps none either.
        const QString second = path(QStringLiteral("absoluut.csv"));
        QVERIFY(writeList(second,
                          {QStringLiteral("BSN;Naam;Geboortedatum;Categorie;Reden"),
                           fictitiousBsn(5) + QStringLiteral(";Jan Jansen;1-2-2012;AV;weg"),
                           failingBsn(6) + QStringLiteral(";Kees Bakker;1-2-2012;AV;ziek")}));
        const auto absoluut = Importer(*store).run(second, options);
        QVERIFY(absoluut);
        const auto stored = ImportReport::load(*store, absoluut.value().snapshotId);
        QVERIFY(stored);
        QCOMPARE(stored.value().rejectedRows.size(), 1);
        QCOMPARE(stored.value().rejectedRows[0].cells.value(4), QString());
        QCOMPARE(absoluut.value().rejectedRows[0].cells.value(4), QStringLiteral("ziek"));
    }
};

INBEELD_TEST_MAIN(TestImportReport)
#include "tst_importreport.moc"
