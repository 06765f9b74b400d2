// The document layer: what a caseworker prints or files as PDF must carry its title, organisation,
// tables and page numbers as real text, and the confidentiality mark when personal data is in it.

#include "core/documents/Document.h"
#include "tests/support/PdfText.h"
#include "tests/support/TestMain.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Document sample() const
    {
        Document doc(QStringLiteral("Registratie thuiszitters 2026Q3"), QStringLiteral("SWV Voorbeeld <Oost>"),
                     QDate(2026, 10, 2));
        doc.addHeading(QStringLiteral("Aantallen"));
        doc.addParagraph(QStringLiteral("Per categorie & subgroep."));
        doc.addKeyValues({{QStringLiteral("Peildatum"), QStringLiteral("30-09-2026")}});
        doc.addTable({QStringLiteral("Categorie"), QStringLiteral("Aantal")},
                     {{QStringLiteral("Absoluut verzuim"), QStringLiteral("17")},
                      {QStringLiteral("Vrijstelling"), QStringLiteral("4")}});
        BarChart chart;
        chart.title = QStringLiteral("Verloop");
        chart.groups = {QStringLiteral("2026Q3"), QStringLiteral("2026Q4")};
        chart.series = {QStringLiteral("Absoluut"), QStringLiteral("Langdurig")};
        chart.values = {{17, 5}, {20, 8}};
        doc.addBarChart(chart);
        return doc;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (findTool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
    }

    void pdfHoldsTheTextAsText()
    {
        const QString path = m_dir.filePath(QStringLiteral("doc.pdf"));
        const auto written = sample().writePdf(path);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Registratie thuiszitters 2026Q3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("SWV Voorbeeld <Oost>")));
        QVERIFY(text.contains(QStringLiteral("Per categorie & subgroep.")));
        QVERIFY(text.contains(QStringLiteral("Absoluut verzuim")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(!text.contains(QStringLiteral("CONFIDENTIAL")));
    }

    void confidentialDocumentsSaySoOnEveryPage()
    {
        Document doc = sample();
        doc.setConfidential(true);
        QList<QStringList> rows;
        for (int i = 0; i < 150; ++i)
            rows << QStringList {QString::number(999990000 + i), QStringLiteral("Regel %1").arg(i)};
        doc.addTable({QStringLiteral("BSN"), QStringLiteral("Probleem")}, rows);
        const QString path = m_dir.filePath(QStringLiteral("confidential.pdf"));
        QVERIFY(doc.writePdf(path).ok());
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        QCOMPARE(text.count(QStringLiteral("CONFIDENTIAL: contains personal data")), pages);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Regel 149")));
    }

    void htmlIsEscaped()
    {
        const QString html = sample().toHtml();
        QVERIFY(html.contains(QStringLiteral("SWV Voorbeeld &lt;Oost&gt;")));
        QVERIFY(html.contains(QStringLiteral("categorie &amp; subgroep")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">17</td>")));
    }

    void chartDrawsBarsInTheSeriesColours()
    {
        BarChart chart;
        chart.groups = {QStringLiteral("Q")};
        chart.series = {QStringLiteral("A")};
        chart.values = {{10}};
        const QImage image = chart.render(400, 200);
        QCOMPARE(image.size(), QSize(400, 200));
        // The single bar reaches the top of the scale: the middle of the plot is coloured, not white.
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 3), QColor(0x1f, 0x5f, 0x9e));
    }

    void unwritablePathIsAnError()
    {
        const auto written = sample().writePdf(m_dir.filePath(QStringLiteral("missing/dir/doc.pdf")));
        QVERIFY(!written.ok());
        QVERIFY(!written.message().isEmpty());
    }
};

INBEELD_TEST_MAIN_IMPL(TestDocument, QGuiApplication)
#include "tst_document.moc"
