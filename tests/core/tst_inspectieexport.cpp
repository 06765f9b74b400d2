// The registration's outputs: the XLSX read back cell by cell (types included), the CSV in the
// Dutch Excel dialect, the JSON shape scripts read, the PDF summary as text, the user's column
// mapping, and no personal data of the input in any of them.

#include "core/reporting/InspectieExport.h"
#include "core/reporting/InspectieForm.h"
#include "tests/core/RegistrationFixtures.h"
#include "tests/support/PdfText.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

// Every entry of a zip (XLSX) as text, by name.
QMap<QString, QString> unzip(const QString& path)
{
    QMap<QString, QString> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            entries.insert(zip.getCurrentFileName(), QString::fromUtf8(file.readAll()));
    }
    return entries;
}

// The <c> element of a cell reference in a sheet's XML.
QString cell(const QString& sheetXml, const QString& ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref));
    return re.match(sheetXml).captured(0);
}

QString sharedString(const QMap<QString, QString>& xlsx, const QString& cellXml)
{
    const int index = QRegularExpression(QStringLiteral("<v>(\\d+)</v>")).match(cellXml).captured(1).toInt();
    const QRegularExpression si(QStringLiteral("<si><t[^>]*>(.*?)</t></si>"));
    auto it = si.globalMatch(xlsx.value(QStringLiteral("xl/sharedStrings.xml")));
    for (int i = 0; it.hasNext(); ++i) {
        const auto m = it.next();
        if (i == index)
            return m.captured(1);
    }
    return {};
}

} // namespace

class TestInspectieExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<CaseRecord> m_children;
    QuarterRegistration m_q4;
    QList<QuarterRegistration> m_earlier;

    InspectieExport exporter() const
    {
        return InspectieExport(m_q4, m_earlier, InspectieForm::load(*m_store), QStringLiteral("SWV Test"));
    }

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("e.ibstore")), QStringLiteral("pw-export"));
        QVERIFY(m_store);
        for (int i = 0; i < 6; ++i)
            m_children << registrationChild(i,
                                            i % 3 == 0       ? QStringLiteral("langdurig")
                                                : i % 3 == 1 ? QStringLiteral("absoluut")
                                                             : QStringLiteral("vrijstelling_5a"),
                                            QDate(2026, 8, 20).addDays(-i * 40));
        QVERIFY(storeList(*m_store, SnapshotSide::Ours, QDate(2026, 9, 30), m_children.mid(0, 5)));
        QVERIFY(storeList(*m_store, SnapshotSide::Ours, QDate(2026, 12, 31), m_children.mid(1, 5)));
        InspectieRegistration reg(*m_store);
        QVERIFY(reg.build({2026, 3}).ok());
        auto q4 = reg.build({2026, 4});
        QVERIFY(q4.ok());
        m_q4 = q4.value();
        m_earlier = {reg.load({2026, 3}).value()};
        QCOMPARE(m_q4.rows.size(), 6);
    }

    void xlsxHasRowsAndCountsWithRealDates()
    {
        const QString path = m_dir.filePath(QStringLiteral("r.xlsx"));
        QVERIFY(exporter().write(InspectieExport::Format::Xlsx, path).ok());
        const auto xlsx = unzip(path);
        QVERIFY2(xlsx.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(xlsx.keys().join(u',')));
        const QString rows = xlsx.value(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xlsx.value(QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Registratie\"")));
        QVERIFY(xlsx.value(QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"Aantallen\"")));
        QCOMPARE(sharedString(xlsx, cell(rows, QStringLiteral("A1"))), QStringLiteral("Leerling-ID"));
        QCOMPARE(sharedString(xlsx, cell(rows, QStringLiteral("D1"))), QStringLiteral("Startdatum"));
        QCOMPARE(sharedString(xlsx, cell(rows, QStringLiteral("A2"))), m_q4.rows.at(0).id);
        // The first child's start (20-08-2026) as an Excel serial number with a date style.
        const QString start = cell(rows, QStringLiteral("D2"));
        QVERIFY2(start.contains(QStringLiteral("<v>46254</v>")), qPrintable(start));
        QVERIFY(start.contains(QStringLiteral(" s=\"")));
        QVERIFY(!start.contains(QStringLiteral("t=\"s\"")));
        QVERIFY(rows.contains(QStringLiteral("<pane ySplit=\"1\"")));
        QVERIFY(rows.contains(QStringLiteral("<col ")));
        const QString counts = xlsx.value(QStringLiteral("xl/worksheets/sheet2.xml"));
        const QString total = cell(counts, QStringLiteral("B8"));
        QVERIFY2(total.contains(QStringLiteral("<v>6</v>")) && !total.contains(QStringLiteral("t=\"s\"")),
                 qPrintable(total));
    }

    void csvIsDutchExcel()
    {
        const QByteArray csv = exporter().csv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Leerling-ID;Categorie;Subgroep op peildatum;Startdatum"));
        QVERIFY(csv.contains("\r\n"));
        QCOMPARE(csv.count("\r\n"), 7);
        QVERIFY(csv.contains(";20-08-2026;"));
    }

    void jsonHasTheShapeScriptsRead()
    {
        const QJsonObject root = QJsonDocument::fromJson(exporter().json()).object();
        QCOMPARE(root.value(QStringLiteral("quarter")).toString(), QStringLiteral("2026Q4"));
        QCOMPARE(root.value(QStringLiteral("school_year")).toString(), QStringLiteral("2026-2027"));
        QCOMPARE(root.value(QStringLiteral("peildatum")).toString(), QStringLiteral("2026-12-31"));
        const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
        for (const char* key : {"absoluut", "langdurig_4w_3m", "langdurig_gt_3m", "langdurig_lt_4w", "vrijstelling_5a"})
            QVERIFY2(counts.contains(QLatin1String(key)), key);
        QCOMPARE(counts.value(QStringLiteral("absoluut")).toInt(), 2);
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 6);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.keys(), QStringLiteral("category,end,end_reason,id,source,start,status,subgroup").split(u','));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(first.value(QStringLiteral("end_reason")).toString(), QStringLiteral("not_on_newer_list"));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("ours"));
    }

    void pdfSummaryHasCountsTrendAndExplanations()
    {
        if (findTool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString path = m_dir.filePath(QStringLiteral("s.pdf"));
        QVERIFY(exporter().write(InspectieExport::Format::Pdf, path).ok());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Thuiszitters registration 2026Q4")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2026-2027")));
        QVERIFY(text.contains(QStringLiteral("2026Q3")));
        QVERIFY(text.contains(QStringLiteral("Exemption article 5 under a")));
        QVERIFY(text.contains(QStringLiteral("Leerplichtwet")));
        QVERIFY(!text.contains(QStringLiteral("CONFIDENTIAL")));
    }

    void columnMappingIsRemembered()
    {
        QList<FormColumn> columns {{QStringLiteral("subgroup"), QStringLiteral("Soort verzuim")},
                                   {QStringLiteral("id"), QStringLiteral("Volgnummer")}};
        QVERIFY(InspectieForm::save(*m_store, columns).ok());
        QCOMPARE(InspectieForm::load(*m_store), columns);
        QVERIFY(exporter().csv().startsWith("\xEF\xBB\xBF"
                                            "Soort verzuim;Volgnummer\r\n"));
        QVERIFY(
            !InspectieForm::save(
                 *m_store, {{QStringLiteral("id"), QStringLiteral("A")}, {QStringLiteral("id"), QStringLiteral("B")}})
                 .ok());
        QVERIFY(!InspectieForm::save(*m_store, {{QStringLiteral("bsn"), QStringLiteral("BSN")}}).ok());
        QVERIFY(InspectieForm::save(*m_store, InspectieForm::defaults()).ok());
    }

    void noPersonalDataInAnyOutput()
    {
        QStringList outputs;
        const InspectieExport e = exporter();
        outputs << QString::fromUtf8(e.csv()) << QString::fromUtf8(e.json());
        const QString xlsxPath = m_dir.filePath(QStringLiteral("p.xlsx"));
        QVERIFY(e.writeXlsx(xlsxPath).ok());
        outputs << unzip(xlsxPath).values();
        if (!findTool(QStringLiteral("pdftotext")).isEmpty()) {
            const QString pdfPath = m_dir.filePath(QStringLiteral("p.pdf"));
            QVERIFY(e.write(InspectieExport::Format::Pdf, pdfPath).ok());
            outputs << pdfText(pdfPath);
        }
        QCOMPARE(outputs.size() >= 5, true);
        for (const CaseRecord& child : m_children) {
            for (const QString& secret :
                 {child.bsn, child.firstNames, child.surname, child.street + u' ' + child.houseNumber,
                  child.absenceReason, child.birthDate.toString(QStringLiteral("dd-MM-yyyy")),
                  child.birthDate.toString(Qt::ISODate)}) {
                for (const QString& out : outputs)
                    QVERIFY2(!out.contains(secret), qPrintable(secret));
            }
        }
    }
};

INBEELD_TEST_MAIN_IMPL(TestInspectieExport, QGuiApplication)
#include "tst_inspectieexport.moc"
