#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/SubjectRights.h"
#include "core/matching/ComparisonService.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/compare/CategoryComparisonView.h"
#include "ui/compare/ComparisonDetailPane.h"
#include "ui/compare/ComparisonFilterModel.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/importing/SnapshotsPage.h"
#include "ui/lifecycle/CloseCaseDialog.h"
#include "ui/lifecycle/EraseDialog.h"
#include "ui/lifecycle/ListChangesDialog.h"
#include "ui/lifecycle/RectifyDialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Closing and reopening a child's case from the comparison's detail pane and from its list (the
/// table's menu), the child's other lifecycle actions there, and closing the children a newer own
/// list dropped from the Lists tab's changes.
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

    // Makes the row of our child n current in view and returns the child's menu.
    QMenu* menuFor(CategoryComparisonView& view, int n)
    {
        const int source = view.tableModel()->rowOfChild(bsnKey(n));
        if (source < 0)
            return nullptr;
        view.table()->setCurrentIndex(view.filterModel()->mapFromSource(view.tableModel()->index(source, 0)));
        return view.childMenu();
    }

    // Triggers a named action of the child's menu, answering the input dialog it opens with text.
    static void triggerWithText(QMenu* menu, const char* action, const QString& text)
    {
        QTimer::singleShot(0, [text] {
            auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(text);
            input->accept();
        });
        named<QAction>(menu, action)->trigger();
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

    void closesFromTheListView()
    {
        auto compared = ComparisonService::compare(*m_store);
        QVERIFY(compared);
        auto comparison = std::make_shared<const Comparison>(compared.takeValue());
        const ComparisonItem* sem = itemOf(*comparison, fictitiousBsn(2));
        QVERIFY(sem);
        CategoryComparisonView view(comparison->category(*sem));
        view.setContext(m_store.get(), std::nullopt);
        view.setComparison(comparison);
        view.resize(1300, 600);
        view.show();
        QMenu* menu = menuFor(view, 2);
        QVERIFY(menu);
        QVERIFY(named<QAction>(menu, "childCloseAction"));
        QVERIFY(!named<QAction>(menu, "childReopenAction"));

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CloseCaseDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            named<QComboBox>(dialog, "closeReasonCombo")->setCurrentIndex(2); // moved out
            click(named<QPushButton>(dialog, "closeCaseOkButton"));
            answered = true;
        });
        QSignalSpy changed(&view, &CategoryComparisonView::decisionChanged);
        named<QAction>(menu, "childCloseAction")->trigger();
        QVERIFY(answered);
        QCOMPARE(changed.count(), 1);
        auto closure = Closures(*m_store).get(bsnKey(2));
        QVERIFY(closure && closure.value());
        QCOMPARE(closure.value()->reason, ClosureReason::MovedOut);

        // The menu now offers to reopen instead.
        menu = menuFor(view, 2);
        QVERIFY(named<QAction>(menu, "childReopenAction"));
        QVERIFY(!named<QAction>(menu, "childCloseAction"));
        named<QAction>(menu, "childReopenAction")->trigger();
        QVERIFY(!Closures(*m_store).get(bsnKey(2)).value());
    }

    void restrictsHoldsAndCorrectsFromTheListView()
    {
        auto compared = ComparisonService::compare(*m_store);
        QVERIFY(compared);
        auto comparison = std::make_shared<const Comparison>(compared.takeValue());
        const ComparisonItem* daan = itemOf(*comparison, fictitiousBsn(0));
        CategoryComparisonView view(comparison->category(*daan));
        view.setContext(m_store.get(), std::nullopt);
        view.setComparison(comparison);
        view.show();
        ChildFlags flags(*m_store);

        triggerWithText(menuFor(view, 0), "childRestrictAction", QStringLiteral("verzoek 3"));
        auto restriction = flags.get(bsnKey(0), ChildFlag::Kind::Restriction);
        QVERIFY(restriction && restriction.value());
        QCOMPARE(restriction.value()->reason, QStringLiteral("verzoek 3"));
        named<QAction>(menuFor(view, 0), "childRestrictAction")->trigger(); // now: lift
        QVERIFY(!flags.get(bsnKey(0), ChildFlag::Kind::Restriction).value());

        triggerWithText(menuFor(view, 0), "childHoldAction", QStringLiteral("klacht"));
        QVERIFY(flags.get(bsnKey(0), ChildFlag::Kind::Hold).value());
        named<QAction>(menuFor(view, 0), "childHoldAction")->trigger(); // now: release
        QVERIFY(!flags.get(bsnKey(0), ChildFlag::Kind::Hold).value());

        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<RectifyDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* field = named<QComboBox>(dialog, "rectifyFieldCombo");
            field->setCurrentIndex(field->findData(QStringLiteral("last_school")));
            typeInto(named<QLineEdit>(dialog, "rectifyValueEdit"), QStringLiteral("Het Baken"));
            typeInto(named<QLineEdit>(dialog, "rectifyReasonEdit"), QStringLiteral("verzoek 4"));
            click(named<QPushButton>(dialog, "rectifyOkButton"));
        });
        named<QAction>(menuFor(view, 0), "childRectifyAction")->trigger();
        auto corrections = SubjectRights(*m_store).rectifications(bsnKey(0));
        QVERIFY(corrections);
        QCOMPARE(corrections.value().size(), 1);
        QCOMPARE(corrections.value().constFirst().newValue, QStringLiteral("Het Baken"));
        QCOMPARE(corrections.value().constFirst().oldValue, QStringLiteral("Rijnpoort College"));
    }

    void erasureIsRefusedOrGrantedFromTheListView()
    {
        auto compared = ComparisonService::compare(*m_store);
        QVERIFY(compared);
        auto comparison = std::make_shared<const Comparison>(compared.takeValue());
        CategoryComparisonView view(comparison->category(*itemOf(*comparison, fictitiousBsn(0))));
        view.setContext(m_store.get(), std::nullopt);
        view.setComparison(comparison);
        view.show();
        const auto decide = [this](bool grant) {
            QTimer::singleShot(0, this, [grant] {
                auto* dialog = qobject_cast<EraseDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QVERIFY(!named<QLabel>(dialog, "publicTaskLabel")->text().isEmpty());
                named<QPlainTextEdit>(dialog, "eraseReasoningEdit")->setPlainText(QStringLiteral("verzoek 5"));
                if (grant) {
                    QTimer::singleShot(0, [] {
                        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                        QVERIFY(box);
                        click(named<QPushButton>(box, "eraseConfirmButton"));
                    });
                }
                click(named<QPushButton>(dialog, grant ? "eraseGrantButton" : "eraseRefuseButton"));
            });
        };
        // Refused under the public task: recorded, nothing removed.
        decide(false);
        named<QAction>(menuFor(view, 0), "childEraseAction")->trigger();
        QVERIFY(auditText(*m_store).contains(QStringLiteral("granted=no")));
        QVERIFY(!ComparisonService::compare(*m_store).value().items().isEmpty());
        // Granted for the partner-only Zoë (3): nothing of her is left.
        QVERIFY(menuFor(view, 3));
        decide(true);
        named<QAction>(menuFor(view, 3), "childEraseAction")->trigger();
        QVERIFY(auditText(*m_store).contains(QStringLiteral("granted=yes")));
        auto after = ComparisonService::compare(*m_store);
        for (const ComparisonItem& item : after.value().items()) {
            const CaseRecord* theirs = after.value().theirs(item);
            QVERIFY(!theirs || theirs->bsn != fictitiousBsn(3));
        }
    }

    void offersToCloseChildrenANewerListDropped()
    {
        // Our newer list no longer holds Emma (1) and Sem (2).
        const qint64 newer
            = importLines(*m_store, m_dir,
                          {lifecycleHeader(),
                           lifecycleRow(fictitiousBsn(0), QStringLiteral("Daan de Vries"), QStringLiteral("3-4-2012"))},
                          SnapshotSide::Ours, QStringLiteral("ours-2.csv"));
        QVERIFY(newer > 0);
        ListChangesDialog dialog(*m_store, newer);
        dialog.show();
        QCOMPARE(dialog.dropped().size(), 2);
        auto* list = named<QListWidget>(&dialog, "droppedList");
        auto* closeButton = named<QPushButton>(&dialog, "closeDroppedButton");
        QVERIFY(list && closeButton);
        QCOMPARE(list->count(), 2);
        // Never silent: nothing is ticked and no reason is assumed.
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(!closeButton->isEnabled());
        named<QComboBox>(&dialog, "droppedReasonCombo")->setCurrentIndex(0); // back in school
        QVERIFY(closeButton->isEnabled());
        int emma = dialog.dropped().at(0).bsn == fictitiousBsn(1) ? 0 : 1;
        list->item(emma)->setCheckState(Qt::Checked);
        QSignalSpy closed(&dialog, &ListChangesDialog::casesClosed);
        click(closeButton);
        QCOMPARE(closed.count(), 1);
        auto closure = Closures(*m_store).get(bsnKey(1));
        QVERIFY(closure && closure.value());
        QCOMPARE(closure.value()->reason, ClosureReason::BackInSchool);
        QVERIFY(!Closures(*m_store).get(bsnKey(2)).value());
        QCOMPARE(dialog.dropped().size(), 1);
        QCOMPARE(dialog.dropped().constFirst().bsn, fictitiousBsn(2));
    }

    void deletesAWronglyImportedListAfterConfirmation()
    {
        const qint64 wrong = importLines(
            *m_store, m_dir,
            {lifecycleHeader(),
             lifecycleRow(fictitiousBsn(4), QStringLiteral("Fout Geimporteerd"), QStringLiteral("1-1-2012"))},
            SnapshotSide::Ours, QStringLiteral("verkeerd.csv"));
        QVERIFY(wrong > 0);
        SnapshotsPage page;
        page.setStore(m_store.get());
        page.select(wrong);
        page.show();
        QCOMPARE(page.selectedSnapshot(), wrong);
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!page.deleteSelected());
        QVERIFY(question.contains(QStringLiteral("verkeerd.csv")));
        QVERIFY(Snapshots::get(*m_store, wrong));
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            click(named<QPushButton>(box, "deleteListConfirmButton"));
        });
        QSignalSpy changed(&page, &SnapshotsPage::comparisonInputChanged);
        click(named<QPushButton>(&page, "deleteListButton"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!Snapshots::get(*m_store, wrong));
        QVERIFY(auditText(*m_store).contains(QStringLiteral("snapshot.deleted")));
        QVERIFY(page.selectedSnapshot() != wrong);
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiLifecycle)
#include "tst_gui_lifecycle.moc"
