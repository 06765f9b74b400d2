// The Rapportage tab: registering a quarter shows the trend per subgroup as chart and table, the
// export buttons write the files, the form's column names are edited and remembered, and a child
// only the partner lists is added to the registration from the comparison's detail pane.

#include "core/audit/AuditLog.h"
#include "core/matching/ComparisonService.h"
#include "core/reporting/InspectieForm.h"
#include "core/reporting/InspectieRegistration.h"
#include "tests/core/RegistrationFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/compare/ComparisonDetailPane.h"
#include "ui/reporting/FormColumnsDialog.h"
#include "ui/reporting/ReportingPage.h"
#include "ui/reporting/TrendChart.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestGuiReporting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("g.ibstore")), QStringLiteral("pw-rapportage"));
        QVERIFY(m_store);
        QVERIFY(storeList(*m_store, SnapshotSide::Ours, QDate(2026, 9, 30),
                          {registrationChild(0), registrationChild(1, QStringLiteral("absoluut"))}));
        QVERIFY(storeList(*m_store, SnapshotSide::Ours, QDate(2026, 12, 31),
                          {registrationChild(0), registrationChild(2, QStringLiteral("vrijstelling_5a"))}));
        QVERIFY(storeList(*m_store, SnapshotSide::Theirs, QDate(2026, 12, 31),
                          {registrationChild(0), registrationChild(7, QStringLiteral("absoluut"))},
                          QStringLiteral("SWV")));
    }

    void registeringShowsTheTrendAndExports()
    {
        ReportingPage page;
        page.resize(1100, 700);
        page.setStore(m_store.get());
        page.show();
        for (const QString& code : {QStringLiteral("2026Q3"), QStringLiteral("2026Q4")}) {
            const int index = page.quarterBox()->findText(code);
            if (index < 0)
                page.quarterBox()->addItem(code);
            page.quarterBox()->setCurrentIndex(page.quarterBox()->findText(code));
            QVERIFY(!page.shownQuarter());
            QVERIFY(page.registerQuarter());
        }
        QVERIFY(page.shownQuarter());
        QCOMPARE(page.shownQuarter()->quarter.code(), QStringLiteral("2026Q4"));
        QTableWidget* table = page.trendTable();
        QCOMPARE(table->columnCount(), 3); // subgroup, 2026Q3, 2026Q4
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("2026Q3"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Absolute absence"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1")); // cumulative: child 1 stays, ended
        QCOMPARE(table->item(table->rowCount() - 3, 2)->text(), QStringLiteral("3")); // total
        QCOMPARE(page.trendChart()->chart().groups, QStringLiteral("2026Q3,2026Q4").split(u','));
        page.grab().save(QStringLiteral("/tmp/inbeeld-rapportage.png"));

        const QString json = m_dir.filePath(QStringLiteral("q4.json"));
        QVERIFY(page.exportTo(InspectieExport::Format::Json, json).ok());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("quarter")).toString(), QStringLiteral("2026Q4"));
        QCOMPARE(root.value(QStringLiteral("rows")).toArray().size(), 3);
        for (const auto format :
             {InspectieExport::Format::Xlsx, InspectieExport::Format::Csv, InspectieExport::Format::Pdf}) {
            const QString path = m_dir.filePath(QStringLiteral("q4.%1").arg(int(format)));
            QVERIFY(page.exportTo(format, path).ok());
            QVERIFY(QFile(path).size() > 100);
        }
        // Choosing an earlier quarter shows it as registered then.
        page.quarterBox()->setCurrentIndex(page.quarterBox()->findText(QStringLiteral("2026Q3")));
        QCOMPARE(page.shownQuarter()->rows.size(), 2);
        QCOMPARE(page.peildatumEdit()->date(), QDate(2026, 9, 30));
    }

    void retentionIsShownAndStored()
    {
        ReportingPage page;
        page.setStore(m_store.get());
        QCOMPARE(page.retentionBox()->value(), InspectieRegistration(*m_store).retentionYears());
        const qint64 entriesBefore = m_store->audit().count();
        page.retentionBox()->setValue(7);
        QVERIFY(page.applyRetention());
        QCOMPARE(InspectieRegistration(*m_store).retentionYears(), 7);
        QCOMPARE(m_store->audit().entries(1).value().first().action, QStringLiteral("inspectie.retention_set"));
        QCOMPARE(m_store->audit().count(), entriesBefore + 1);
        // A second page shows what is stored.
        ReportingPage other;
        other.setStore(m_store.get());
        QCOMPARE(other.retentionBox()->value(), 7);
        QVERIFY(InspectieRegistration(*m_store).setRetentionYears(InspectieRegistration::DefaultRetentionYears));
    }

    void formColumnsAreEditedAndRemembered()
    {
        FormColumnsDialog dialog(*m_store);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), InspectieForm::fieldIds().size());
        table->item(0, 1)->setText(QStringLiteral("Nummer leerling"));
        table->item(7, 0)->setCheckState(Qt::Unchecked); // "Bron" is not on the form
        QVERIFY(dialog.save());
        const auto saved = InspectieForm::load(*m_store);
        QCOMPARE(saved.size(), 7);
        QCOMPARE(saved.first().header, QStringLiteral("Nummer leerling"));
        FormColumnsDialog again(*m_store);
        QCOMPARE(again.table()->item(0, 1)->text(), QStringLiteral("Nummer leerling"));
        QCOMPARE(again.table()->item(7, 0)->checkState(), Qt::Unchecked);
        QVERIFY(InspectieForm::save(*m_store, InspectieForm::defaults()).ok());
    }

    void onlyTheirsChildIsAddedFromTheDetailPane()
    {
        auto comparison = ComparisonService::compare(*m_store);
        QVERIFY(comparison.ok());
        auto shared = std::make_shared<const Comparison>(comparison.takeValue());
        const ComparisonItem* onlyTheirs = nullptr;
        const ComparisonItem* both = nullptr;
        for (const ComparisonItem& item : shared->items()) {
            if (item.outcome == ComparisonOutcome::OnlyTheirs)
                onlyTheirs = &item;
            else if (item.outcome == ComparisonOutcome::Both)
                both = &item;
        }
        QVERIFY(onlyTheirs && both);
        ComparisonDetailPane pane;
        pane.setContext(m_store.get(), std::nullopt);
        pane.show();
        auto* button = named<QPushButton>(&pane, "addToRegistrationButton");
        QVERIFY(button);
        QVERIFY(pane.showItem(shared, both));
        QVERIFY(!button->isVisible());
        QVERIFY(!pane.addToRegistration(QString()));
        QVERIFY(pane.showItem(shared, onlyTheirs));
        QVERIFY(button->isVisible());
        QVERIFY(pane.addToRegistration(QStringLiteral("Bevestigd in overleg")));
        auto q4 = InspectieRegistration(*m_store).build({2026, 4});
        QVERIFY(q4.ok());
        QCOMPARE(q4.value().rows.size(), 4);
        QCOMPARE(q4.value().rows.last().source, QStringLiteral("partner"));
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiReporting)
#include "tst_gui_reporting.moc"
