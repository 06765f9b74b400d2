// The printable documents of the daily work: the whole weighing of a decision (confidential),
// the comparison overview (counts only), the import report (confidential), and the processing
// register entry (GDPR art. 30) as JSON and PDF.

#include "core/matching/ComparisonService.h"
#include "core/reporting/CaseDocuments.h"
#include "core/reporting/ProcessingRegister.h"
#include "tests/core/RegistrationFixtures.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/PdfText.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestCaseDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString textOf(const Document& doc, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const auto written = doc.writePdf(path);
        if (!written)
            qWarning("%s", qPrintable(written.message()));
        return pdfText(path);
    }

private slots:
    void initTestCase()
    {
        if (findTool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
    }

    void decisionRecordHoldsTheWholeWeighing()
    {
        const Agreement agreement = builtInAgreement();
        const QString recipient = agreement.parties().last().id;
        ShareDecision decision = decisionFor(3, recipient, QDateTime(QDate(2026, 10, 5), QTime(9, 30), Qt::UTC));
        decision.id = 42;
        decision.withdrawnAt = QDateTime(QDate(2026, 10, 6), QTime(10, 0), Qt::UTC);
        decision.withdrawnBy = QStringLiteral("privacyofficer");
        decision.withdrawReason = QStringLiteral("Kind staat weer ingeschreven");
        const Document doc = CaseDocuments::decisionRecord(decision, agreement, QStringLiteral("RBL Test"));
        QVERIFY(doc.isConfidential());
        const QString text = textOf(doc, QStringLiteral("decision.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Share decision 42")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("BSN %1").arg(fictitiousBsn(3))));
        QVERIFY(text.contains(QStringLiteral("tester")));
        QVERIFY(text.contains(agreement.parties().last().name));
        QVERIFY(text.contains(QStringLiteral("Anoniem bespreken is geprobeerd")));
        QVERIFY(text.contains(QStringLiteral("Kind staat weer ingeschreven")));
        QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
        for (const QString& field : decision.fields())
            QVERIFY2(text.simplified().contains(agreement.field(field)->name.simplified()), qPrintable(field));
    }

    void comparisonOverviewHasCountsOnly()
    {
        auto store = createTestStore(m_dir.filePath(QStringLiteral("c.ibstore")), QStringLiteral("pw-documenten"));
        QVERIFY(store);
        QList<CaseRecord> ours {registrationChild(0), registrationChild(1, QStringLiteral("absoluut"))};
        QVERIFY(storeList(*store, SnapshotSide::Ours, QDate(2026, 9, 30), ours));
        QVERIFY(
            storeList(*store, SnapshotSide::Theirs, QDate(2026, 9, 30), {registrationChild(0)}, QStringLiteral("SWV")));
        auto comparison = ComparisonService::compare(*store);
        QVERIFY(comparison.ok());
        const Document doc = CaseDocuments::comparisonOverview(comparison.value(), QStringLiteral("RBL Test"));
        QVERIFY(!doc.isConfidential());
        const QString text = textOf(doc, QStringLiteral("overview.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Comparison overview")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("langdurig")));
        for (const CaseRecord& r : ours)
            for (const QString& secret : {r.bsn, r.surname, r.firstNames})
                QVERIFY(!text.contains(secret));

        auto reg = ProcessingRegister::collect(*store, builtInAgreement());
        QVERIFY2(reg.ok(), qPrintable(reg.message()));
        const QJsonObject json = reg.value().json();
        for (const char* key : {"controller", "purposes", "legal_ground", "data_subjects", "data_categories",
                                "recipients", "retention", "security_measures", "figures"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("figures"))
                     .toObject()
                     .value(QStringLiteral("children_on_newest_own_lists"))
                     .toInt(),
                 2);
        QVERIFY(!json.value(QStringLiteral("purposes")).toArray().isEmpty());
        const QString registerText = textOf(reg.value().document(), QStringLiteral("register.pdf"));
        QVERIFY(registerText.contains(QStringLiteral("GDPR art. 30")));
        QVERIFY(registerText.contains(QStringLiteral("SQLCipher")));
        for (const CaseRecord& r : ours)
            QVERIFY(!registerText.contains(r.bsn) && !reg.value().jsonBytes().contains(r.bsn.toUtf8()));
    }

    void importReportIsConfidential()
    {
        ImportReport report;
        report.fileName = QStringLiteral("leerplicht.csv");
        report.sourceName = QStringLiteral("Leerplicht");
        report.rowsRead = 3;
        report.accepted = 2;
        report.rejected = 1;
        ImportIssue issue;
        issue.line = 3;
        issue.column = QStringLiteral("BSN");
        issue.value = QStringLiteral("999999990");
        issue.message = QStringLiteral("Regel 3: het BSN klopt niet.");
        report.issues << issue;
        report.rejectedRows << RejectedRow {
            3, {QStringLiteral("999999990"), QStringLiteral("Jansen")}, {issue.message}};
        const Document doc = CaseDocuments::importReport(report, QStringLiteral("RBL Test"));
        QVERIFY(doc.isConfidential());
        const QString text = textOf(doc, QStringLiteral("import.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Regel 3: het BSN klopt niet.")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Jansen")));
        QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
    }
};

INBEELD_TEST_MAIN_IMPL(TestCaseDocuments, QGuiApplication)
#include "tst_casedocuments.moc"
