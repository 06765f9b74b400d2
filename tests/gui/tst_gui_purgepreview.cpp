#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/Retention.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/storage/Snapshots.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/lifecycle/LifecycleMenu.h"
#include "ui/lifecycle/PurgePreviewDialog.h"
#include "ui/lifecycle/RetentionRulesDialog.h"

#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The retention screens: the purge preview (counts per rule with reasons, confirmation, cancel
/// before the commit point, the result), the retention rules editor and the banner at unlock.
class TestGuiPurgePreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    LifecycleLists m_lists;
    const QDate m_today = QDate::currentDate();

    // Whether our list still holds child n.
    bool holds(int n)
    {
        const QList<CaseRecord> records = Snapshots::records(*m_store, m_lists.ours).value();
        for (const CaseRecord& r : records) {
            if (r.bsn == fictitiousBsn(n))
                return true;
        }
        return false;
    }

    QString cell(PurgePreviewDialog& dialog, const QString& ruleName, int column)
    {
        auto* table = named<QTableWidget>(&dialog, "purgeTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == ruleName)
                return table->item(row, column)->text();
        }
        return {};
    }

    QString closedChildRule()
    {
        const QList<EffectiveRetentionRule> rules = RetentionRules(*m_store).rules().value();
        for (const EffectiveRetentionRule& e : rules) {
            if (e.rule.id == u"closed_child")
                return e.rule.name;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("p.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        m_lists = importLifecycleLists(*m_store, m_dir);
        QVERIFY(m_lists.ours > 0);
        // Sem's case ended 13 months ago: past the 12 months of the default rule.
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, m_today.addMonths(-13)));
    }

    void showsCountsPerRuleWithReasons()
    {
        PurgePreviewDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        const QString rule = closedChildRule();
        QVERIFY(!rule.isEmpty());
        QVERIFY2(cell(dialog, rule, 2).startsWith(u'1'), qPrintable(cell(dialog, rule, 2)));
        const auto rules = RetentionRules(*m_store).rules().value();
        QCOMPARE(named<QTableWidget>(&dialog, "purgeTable")->rowCount(), rules.size());
        for (const EffectiveRetentionRule& e : rules)
            QCOMPARE(cell(dialog, e.rule.name, 3), e.rule.reason);
        // The defaults are to be confirmed by the privacy officers, and the dialog says so.
        QCOMPARE(named<QLabel>(&dialog, "purgeRulesNote")->text(), RetentionRules(*m_store).note().value());
        QVERIFY(named<QPushButton>(&dialog, "purgeButton")->isEnabled());
    }

    void refusedConfirmationRemovesNothing()
    {
        PurgePreviewDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("purgeConfirmBox"));
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        click(named<QPushButton>(&dialog, "purgeButton"));
        QVERIFY(asked);
        QVERIFY(holds(2));
    }

    void cancelBeforeTheCommitRemovesNothing()
    {
        PurgePreviewDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        dialog.setStopAfterSteps(1);
        QSignalSpy purged(&dialog, &PurgePreviewDialog::purged);
        QVERIFY(!dialog.purge(true));
        QCOMPARE(purged.count(), 0);
        QVERIFY(holds(2));
        QVERIFY(Closures(*m_store).get(bsnKey(2)).value());
        QVERIFY(named<QLabel>(&dialog, "purgeResultLabel")->isVisible());
        QCOMPARE(Retention(*m_store).status(m_today).value().totalItems(), 1);
    }

    void bannerAtUnlockOpensThePreview()
    {
        QWidget window;
        LifecycleMenu menu(&window);
        menu.setStore(m_store.get());
        menu.checkDue(m_today);
        window.show();
        QVERIFY(menu.banner()->isVisible());
        QVERIFY(!named<QLabel>(menu.banner(), "retentionBannerLabel")->text().isEmpty());
        click(named<QPushButton>(menu.banner(), "retentionBannerButton"));
        auto* dialog = visibleTopLevel<PurgePreviewDialog>();
        QVERIFY(dialog);
        dialog->reject();
        menu.setStore(nullptr);
        QVERIFY(!menu.banner()->isVisible());
    }

    void confirmedPurgeDeletesAndShowsTheResult()
    {
        PurgePreviewDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            click(named<QPushButton>(box, "purgeConfirmButton"));
        });
        QSignalSpy purged(&dialog, &PurgePreviewDialog::purged);
        click(named<QPushButton>(&dialog, "purgeButton"));
        QCOMPARE(purged.count(), 1);
        QVERIFY(!holds(2));
        QVERIFY(holds(0));
        QVERIFY(!Closures(*m_store).get(bsnKey(2)).value());
        auto* result = named<QLabel>(&dialog, "purgeResultLabel");
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(closedChildRule()));
        QVERIFY(!named<QPushButton>(&dialog, "purgeButton")->isEnabled());
        QVERIFY(auditText(*m_store).contains(QStringLiteral("retention.purged")));
    }

    void rulesEditorStoresAPeriodWithItsReason()
    {
        RetentionRulesDialog dialog(*m_store);
        dialog.show();
        QVERIFY(named<QLabel>(&dialog, "retentionRulesNote")->text().contains(QStringLiteral("bevestigen")));
        auto* months = named<QSpinBox>(&dialog, "retentionMonths_rejected_rows");
        auto* reason = named<QLineEdit>(&dialog, "retentionReason_rejected_rows");
        QVERIFY(months && reason);
        months->setValue(6);
        typeInto(reason, QString());
        QVERIFY(!dialog.save()); // a reason is required
        QVERIFY(named<QLabel>(&dialog, "retentionRulesStatusLabel")->isVisible());
        typeInto(reason, QStringLiteral("afgesproken met de FG"));
        QVERIFY(dialog.save());
        QCOMPARE(RetentionRules(*m_store).months(QStringLiteral("rejected_rows")).value(), 6);
        QVERIFY(auditText(*m_store).contains(QStringLiteral("retention")));
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiPurgePreview)
#include "tst_gui_purgepreview.moc"
