#include "core/i18n/Translations.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/SubjectRequests.h"
#include "core/matching/ComparisonService.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/StoreOpener.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/compare/CategoryComparisonView.h"
#include "ui/compare/ComparisonFilterModel.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/importing/SnapshotsPage.h"
#include "ui/lifecycle/AccessExportDialog.h"
#include "ui/lifecycle/AddSubjectRequestDialog.h"
#include "ui/lifecycle/EraseDialog.h"
#include "ui/lifecycle/LifecycleMenu.h"
#include "ui/lifecycle/ListChangesDialog.h"
#include "ui/lifecycle/PurgePreviewDialog.h"
#include "ui/lifecycle/RectifyDialog.h"
#include "ui/lifecycle/RetentionRulesDialog.h"
#include "ui/lifecycle/SubjectRequestsDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QDir>
#include <QFrame>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Renders the lifecycle screens in Dutch at the size of a 1366x768 screen and checks they lay
/// out (nothing cut off below its minimum size). With INBEELD_SCREENSHOT_DIR set, the images are
/// kept there for review.
class TestGuiLifecycleScreens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_shotDir;
    InMemorySecretStore m_secrets;
    const QDate m_today = QDate::currentDate();

    void shoot(QWidget* widget, const QString& name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QVERIFY2(widget->width() <= 1366 && widget->height() <= 768, qPrintable(name));
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(name));
        QVERIFY2(widget->height() >= widget->minimumSizeHint().height(), qPrintable(name));
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        if (!m_shotDir.isEmpty())
            QVERIFY(pixmap.save(m_shotDir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("nl"));
        m_shotDir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
        if (!m_shotDir.isEmpty())
            QVERIFY(QDir().mkpath(m_shotDir));
        m_store = createTestStore(m_dir.filePath(QStringLiteral("s.inbeeld")), QStringLiteral("zeven groene kikkers"),
                                  testOrganisation(Role::Rbl, QStringLiteral("RBL Midden-Gelre")));
        QVERIFY(m_store);
        QVERIFY(importLifecycleLists(*m_store, m_dir).ours > 0);
        QVERIFY(Closures(*m_store).close(bsnKey(2), ClosureReason::BackInSchool, m_today.addMonths(-13)));
        SubjectRequest r;
        r.type = QStringLiteral("access");
        r.childKey = bsnKey(0);
        r.receivedOn = m_today.addDays(-26);
        r.requester = QStringLiteral("parent");
        r.identityCheck = QStringLiteral("paspoort gezien aan de balie");
        r.verifiedBy = QStringLiteral("J. de Boer");
        QVERIFY(SubjectRequests(*m_store).add(r));
        r.type = QStringLiteral("rectification");
        r.receivedOn = m_today.addDays(-3);
        r.requester = QStringLiteral("young_person");
        QVERIFY(SubjectRequests(*m_store).add(r));
    }

    void mainWindowWithBanner()
    {
        StoreOpener opener(m_secrets);
        MainWindow window(opener);
        window.resize(1366, 768);
        window.setStore(m_store.get());
        QVERIFY(!window.lifecycleMenu()->banner()->isHidden());
        shoot(&window, QStringLiteral("lifecycle-main-banner"));
        QMenu* tools = window.lifecycleMenu()->menu();
        tools->popup(window.mapToGlobal(QPoint(200, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(tools));
        if (!m_shotDir.isEmpty())
            QVERIFY(tools->grab().save(m_shotDir + QStringLiteral("/lifecycle-tools-menu.png")));
        tools->hide();
        window.clearStore();
    }

    void retentionScreens()
    {
        PurgePreviewDialog preview(*m_store, nullptr, m_today);
        shoot(&preview, QStringLiteral("lifecycle-purge-preview"));
        RetentionRulesDialog rules(*m_store);
        shoot(&rules, QStringLiteral("lifecycle-retention-rules"));
    }

    void requestScreens()
    {
        SubjectRequestsDialog requests(*m_store, nullptr, m_today);
        requests.select(requests.requests().constFirst().id);
        shoot(&requests, QStringLiteral("lifecycle-requests"));
        AddSubjectRequestDialog add(*m_store);
        shoot(&add, QStringLiteral("lifecycle-request-add"));
        AccessExportDialog access(*m_store);
        access.setChildKey(bsnKey(0));
        shoot(&access, QStringLiteral("lifecycle-access-export"));
    }

    void childScreens()
    {
        auto compared = ComparisonService::compare(*m_store);
        QVERIFY(compared);
        auto comparison = std::make_shared<const Comparison>(compared.takeValue());
        const ComparisonItem* daan = nullptr;
        for (const ComparisonItem& item : comparison->items()) {
            if (comparison->ours(item) && comparison->ours(item)->bsn == fictitiousBsn(0))
                daan = &item;
        }
        QVERIFY(daan);
        CategoryComparisonView view(comparison->category(*daan));
        view.setContext(m_store.get(), std::nullopt);
        view.setComparison(comparison);
        view.resize(1366, 640);
        const int source = view.tableModel()->rowOfChild(bsnKey(0));
        view.table()->setCurrentIndex(view.filterModel()->mapFromSource(view.tableModel()->index(source, 0)));
        view.openDetails();
        shoot(&view, QStringLiteral("lifecycle-compare-detail"));
        QMenu* menu = view.childMenu();
        QVERIFY(menu);
        menu->popup(view.mapToGlobal(QPoint(300, 120)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        if (!m_shotDir.isEmpty())
            QVERIFY(menu->grab().save(m_shotDir + QStringLiteral("/lifecycle-child-menu.png")));
        menu->hide();
        RectifyDialog rectify;
        shoot(&rectify, QStringLiteral("lifecycle-rectify"));
        EraseDialog erase;
        shoot(&erase, QStringLiteral("lifecycle-erase"));

        const qint64 newer
            = importLines(*m_store, m_dir,
                          {lifecycleHeader(),
                           lifecycleRow(fictitiousBsn(0), QStringLiteral("Daan de Vries"), QStringLiteral("3-4-2012"))},
                          SnapshotSide::Ours, QStringLiteral("ours-2.csv"));
        QVERIFY(newer > 0);
        ListChangesDialog changes(*m_store, newer);
        shoot(&changes, QStringLiteral("lifecycle-list-changes"));
        SnapshotsPage lists;
        lists.resize(1366, 600);
        lists.setStore(m_store.get());
        lists.select(newer);
        shoot(&lists, QStringLiteral("lifecycle-lists-tab"));
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiLifecycleScreens)
#include "tst_gui_lifecyclescreens.moc"
