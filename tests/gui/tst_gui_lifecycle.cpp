#include "core/lifecycle/Closures.h"
#include "core/matching/ComparisonService.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/compare/ComparisonDetailPane.h"
#include "ui/lifecycle/CloseCaseDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Closing and reopening a child's case from the comparison's detail pane.
class TestGuiLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    const ComparisonItem* itemOf(const Comparison& c, const QString& bsn)
    {
        for (const ComparisonItem& item : c.items()) {
            const CaseRecord* ours = c.ours(item);
            if (ours && ours->bsn == bsn)
                return &item;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("g.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        QVERIFY(importLifecycleLists(*m_store, m_dir).theirs > 0);
    }

    void closesAndReopensFromTheDetailPane()
    {
        auto compared = ComparisonService::compare(*m_store);
        QVERIFY(compared);
        auto comparison = std::make_shared<const Comparison>(compared.takeValue());
        ComparisonDetailPane pane;
        pane.setContext(m_store.get(), std::nullopt);
        pane.resize(900, 600);
        pane.show();
        QVERIFY(pane.showItem(comparison, itemOf(*comparison, fictitiousBsn(0))));
        auto* close = named<QPushButton>(&pane, "closeCaseButton");
        auto* reopen = named<QPushButton>(&pane, "reopenCaseButton");
        QVERIFY(close && reopen);
        QVERIFY(close->isVisible());
        QVERIFY(!reopen->isVisible());

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CloseCaseDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* reason = named<QComboBox>(dialog, "closeReasonCombo");
            QCOMPARE(reason->count(), 4);
            reason->setCurrentIndex(1); // startkwalificatie
            typeInto(named<QLineEdit>(dialog, "closeNoteEdit"), QStringLiteral("diploma mbo 2"));
            click(named<QPushButton>(dialog, "closeCaseOkButton"));
            answered = true;
        });
        QSignalSpy changed(&pane, &ComparisonDetailPane::decisionChanged);
        click(close);
        QVERIFY(answered);
        QCOMPARE(changed.count(), 1);
        auto closure = Closures(*m_store).get(bsnKey(0));
        QVERIFY(closure && closure.value());
        QCOMPARE(closure.value()->reason, ClosureReason::Startkwalificatie);
        QCOMPARE(closure.value()->note, QStringLiteral("diploma mbo 2"));

        // Shown again (as after the comparison is refreshed): the mark instead of open work.
        QVERIFY(pane.showItem(comparison, itemOf(*comparison, fictitiousBsn(0))));
        const QString outcome = named<QLabel>(&pane, "detailOutcomeLabel")->text();
        QVERIFY2(outcome.startsWith(Closures::comparisonMark(*comparison, *itemOf(*comparison, fictitiousBsn(0)),
                                                             Closures(*m_store).all().value())),
                 qPrintable(outcome));
        QVERIFY(reopen->isVisible());
        QVERIFY(!close->isVisible());
        click(reopen);
        QVERIFY(!Closures(*m_store).get(bsnKey(0)).value());
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiLifecycle)
#include "tst_gui_lifecycle.moc"
