#include "core/importing/Importer.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/core/ImportFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/sharing/DecisionListModel.h"
#include "ui/sharing/DecisionsPage.h"
#include "ui/sharing/ShareWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("kaas fiets molen regen 42");

CaseRecord langdurigChild()
{
    CaseRecord r;
    r.id = 7;
    r.category = QStringLiteral("langdurig");
    r.bsn = fictitiousBsn(2);
    r.firstNames = QStringLiteral("Daniël");
    r.prefix = QStringLiteral("van der");
    r.surname = QStringLiteral("Berg");
    r.nameKey = QStringLiteral("berg|daniel");
    r.birthDate = QDate(2012, 3, 12);
    r.lastSchool = QStringLiteral("Rijnpoort College");
    r.absenceReason = QStringLiteral("autisme, thuis sinds de zomer");
    return r;
}

/// Types text into a line edit with the keyboard, replacing what it held.
void typeText(QWidget* edit, const QString& text)
{
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Keeps a screenshot when INBEELD_SCREENSHOT_DIR is set, to look at what users see.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QStringLiteral("/sharewizard-") + name + QStringLiteral(".png"));
}

/// Types an answer into the visible input dialog with that name and presses Enter.
void answerInputDialog(QWidget* parent, const char* name, const QString& text)
{
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = named<QInputDialog>(parent, name)) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto* edit = dialog->findChild<QLineEdit*>();
    QVERIFY(edit);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// Presses Enter where the keyboard focus is: the wizard's default button (Next or Record).
void pressEnter(QWizard* wizard)
{
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : wizard, Qt::Key_Return);
}

} // namespace

/// The share wizard walked with the keyboard only, to a stored decision; its rules are core's.
class TestGuiShareWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_n = 0;

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }
    void init() { m_store = createTestStore(m_dir.filePath(QStringLiteral("w%1.inbeeld").arg(++m_n)), Pass); }
    void cleanup() { m_store.reset(); }

    void keyboardWalkToAStoredDecision()
    {
        QVERIFY(m_store);
        ShareWizard wizard(*m_store, langdurigChild(), 3);
        QSignalSpy recorded(&wizard, &ShareWizard::decisionRecorded);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ShareWizard::TalkPageId));

        // Step 0: another SWV than the first one offered; the parents were informed (default).
        auto* recipient = named<QComboBox>(&wizard, "recipientCombo");
        QVERIFY(recipient);
        QCOMPARE(recipient->currentData().toString(), QStringLiteral("swv-passend-wijs")); // other role first
        recipient->setFocus();
        QTest::keyClick(recipient, Qt::Key_Down);
        QCOMPARE(recipient->currentData().toString(), QStringLiteral("swv-de-verbinding"));
        // Not informed needs a reason: Next stays disabled until one is typed.
        auto* informedNo = named<QRadioButton>(&wizard, "informedNo");
        informedNo->setFocus();
        QTest::keyClick(informedNo, Qt::Key_Space);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* informedYes = named<QRadioButton>(&wizard, "informedYes");
        informedYes->setFocus();
        QTest::keyClick(informedYes, Qt::Key_Space);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        pressEnter(&wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::GroundPageId));

        // Step 1: the agreement's ground is proposed.
        QCOMPARE(named<QComboBox>(&wizard, "groundCombo")->currentData().toString(), QStringLiteral("public_task"));
        QVERIFY(named<QLabel>(&wizard, "groundExplanation")->text().contains(QStringLiteral("Leerplichtwet")));
        pressEnter(&wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::PurposePageId));

        // Step 2: no purpose yet, so Next is disabled; choose "een passende plek".
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* purpose = named<QComboBox>(&wizard, "purposeCombo");
        purpose->setFocus();
        QTest::keyClick(purpose, Qt::Key_Down);
        QTest::keyClick(purpose, Qt::Key_Down);
        QCOMPARE(purpose->currentData().toString(), QStringLiteral("suitable_place"));
        pressEnter(&wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::FieldsPageId));

        // Step 3: the minimum is pre-selected; add the reason for absence.
        QVERIFY(named<QCheckBox>(&wizard, "field_bsn")->isChecked());
        QVERIFY(!named<QCheckBox>(&wizard, "field_last_school")->isChecked());
        QVERIFY(!named<QCheckBox>(&wizard, "field_exemption_date")); // not allowed for langdurig
        auto* reason = named<QCheckBox>(&wizard, "field_absence_reason");
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Space);
        QVERIFY(reason->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto* problems = named<QLabel>(wizard.currentPage(), "problemLabel");
        QVERIFY2(problems->text().contains(QStringLiteral("autisme")), qPrintable(problems->text()));
        screenshot(&wizard, QStringLiteral("fields-blocked"));
        typeText(named<QWidget>(&wizard, "text_absence_reason"), QStringLiteral("medische redenen"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the justification is still missing
        QVERIFY(!problems->text().contains(QStringLiteral("autisme")));
        auto* why = named<QWidget>(&wizard, "justification_absence_reason");
        typeText(why, QStringLiteral("Om te weten welke ondersteuning passend is."));
        QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(problems->text()));
        pressEnter(&wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::SubsidiarityPageId));

        // Step 4: why the less intrusive ways are not enough.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        typeText(named<QWidget>(&wizard, "subsidiarityReasonEdit"),
                 QStringLiteral("Anoniem bespreken is geprobeerd; zonder naam vindt niemand een plek."));
        pressEnter(&wizard);
        QCOMPARE(wizard.currentId(), int(ShareWizard::SummaryPageId));

        const QString summary = named<QLabel>(&wizard, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Samenwerkingsverband De Verbinding")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("medische redenen")));
        QVERIFY(!summary.contains(QStringLiteral("autisme")));
        screenshot(&wizard, QStringLiteral("summary"));
        pressEnter(&wizard);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(!wizard.isVisible());

        const auto decisions = DecisionStore(*m_store).list();
        QVERIFY(decisions);
        QCOMPARE(decisions.value().size(), 1);
        const ShareDecision& d = decisions.value().first();
        QCOMPARE(d.id, wizard.recordedDecision());
        QCOMPARE(d.recipient, QStringLiteral("swv-de-verbinding"));
        QCOMPARE(d.child.childKey, langdurigChild().childKey());
        QCOMPARE(d.child.snapshotId, 3);
        QVERIFY(d.fields().contains(QStringLiteral("absence_reason")));
        QCOMPARE(d.answers.texts.value(QStringLiteral("absence_reason")), QStringLiteral("medische redenen"));
        QCOMPARE(d.answers.purposeId, QStringLiteral("suitable_place"));
        QVERIFY(d.isInForce(QDateTime::currentDateTimeUtc()));
    }

    void choosingAnAlternativeRecordsThatNothingIsShared()
    {
        QVERIFY(m_store);
        ShareWizard wizard(*m_store, langdurigChild(), 3);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        pressEnter(&wizard); // talk
        pressEnter(&wizard); // ground
        auto* purpose = named<QComboBox>(&wizard, "purposeCombo");
        purpose->setFocus();
        QTest::keyClick(purpose, Qt::Key_Down);
        pressEnter(&wizard); // purpose
        pressEnter(&wizard); // fields: the minimum
        QCOMPARE(wizard.currentId(), int(ShareWizard::SubsidiarityPageId));
        auto* anonymous = named<QRadioButton>(&wizard, "alternative_anonymous");
        anonymous->setFocus();
        QTest::keyClick(anonymous, Qt::Key_Space);
        QVERIFY(anonymous->isChecked());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // no reason needed: nothing is shared
        pressEnter(&wizard);
        QVERIFY(named<QLabel>(&wizard, "summaryLabel")->text().contains(QStringLiteral("nothing is shared")));
        pressEnter(&wizard);
        const auto decisions = DecisionStore(*m_store).list().value();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().outcome, ShareDecision::Outcome::Alternative);
        QCOMPARE(decisions.first().answers.alternative, QStringLiteral("anonymous"));
        QVERIFY(decisions.first().fields().isEmpty());
    }

    void decisionsTabStartsTheWizardForAChildAndWithdraws()
    {
        QVERIFY(m_store);
        const QString list = m_dir.filePath(QStringLiteral("lijst%1.csv").arg(m_n));
        QVERIFY(writeList(list,
                          {QStringLiteral("BSN;Achternaam;Voornamen;Geboortedatum;Soort verzuim;Reden verzuim"),
                           QStringLiteral("%1;Berg;Daniël;12-3-2012;Langdurig relatief verzuim;geen passende plek")
                               .arg(fictitiousBsn(2))}));
        Importer importer(*m_store);
        auto imported = importer.run(list, ImportOptions {});
        QVERIFY2(imported && imported.value().stored(), qPrintable(imported.message()));

        InMemorySecretStore secrets;
        StoreOpener opener(secrets);
        MainWindow window(opener);
        window.setStore(m_store.get());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* tabs = named<QTabWidget>(&window, "mainTabs");
        auto* page = named<DecisionsPage>(&window, "decisionsPage");
        QVERIFY(tabs && page);
        // Alt+D opens the tab.
        QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget(), page);

        // "New decision…" asks for the BSN; an unknown child is refused with a message.
        auto* newButton = named<QPushButton>(page, "newDecisionButton");
        newButton->setFocus();
        QTest::keyClick(newButton, Qt::Key_Space);
        answerInputDialog(page, "childBsnDialog", fictitiousBsn(5));
        QTRY_VERIFY(named<QLabel>(page, "decisionsErrorLabel")->text().contains(fictitiousBsn(5)));

        newButton->setFocus();
        QTest::keyClick(newButton, Qt::Key_Space);
        answerInputDialog(page, "childBsnDialog", fictitiousBsn(2));
        ShareWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = named<ShareWizard>(page, "shareWizard")) && wizard->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        pressEnter(wizard); // talk: the parents were informed
        pressEnter(wizard); // ground
        auto* purpose = named<QComboBox>(wizard, "purposeCombo");
        purpose->setFocus();
        QTest::keyClick(purpose, Qt::Key_Down);
        pressEnter(wizard); // purpose
        pressEnter(wizard); // fields: the minimum
        typeText(named<QWidget>(wizard, "subsidiarityReasonEdit"),
                 QStringLiteral("Ouders willen dat het SWV meedenkt; anoniem kan dat niet."));
        pressEnter(wizard);
        pressEnter(wizard); // record
        auto* table = named<QTableView>(page, "decisionsTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(page->selectedDecision(), 1);
        QCOMPARE(table->model()->index(0, DecisionListModel::StateColumn).data().toString(),
                 QStringLiteral("in force"));

        // Withdraw with a reason.
        auto* withdraw = named<QPushButton>(page, "withdrawDecisionButton");
        QVERIFY(withdraw->isEnabled());
        withdraw->setFocus();
        QTest::keyClick(withdraw, Qt::Key_Space);
        answerInputDialog(page, "withdrawReasonDialog", QStringLiteral("ouders maakten bezwaar"));
        QTRY_COMPARE(table->model()->index(0, DecisionListModel::StateColumn).data().toString(),
                     QStringLiteral("withdrawn"));
        QVERIFY(!withdraw->isEnabled());
        QCOMPARE(DecisionStore(*m_store).get(1).value().withdrawReason, QStringLiteral("ouders maakten bezwaar"));
        screenshot(&window, QStringLiteral("decisions-tab"));
        window.clearStore();
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiShareWizard)
#include "tst_gui_sharewizard.moc"
