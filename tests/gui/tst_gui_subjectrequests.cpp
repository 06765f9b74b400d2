#include "core/lifecycle/SubjectRequests.h"
#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/lifecycle/AddSubjectRequestDialog.h"
#include "ui/lifecycle/SubjectRequestsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The register of data-subject requests: registering (identity check required), the deadline
/// warning, extending with a reason, closing, and the access export of a request's child.
class TestGuiSubjectRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    const QDate m_today = QDate::currentDate();

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("r.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        QVERIFY(importLifecycleLists(*m_store, m_dir).ours > 0);
    }

    void registersARequestAndWarnsNearTheDeadline()
    {
        SubjectRequestsDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        auto* table = named<QTableWidget>(&dialog, "requestsTable");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!named<QLabel>(&dialog, "requestsReminderLabel")->isVisible());

        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto* add = qobject_cast<AddSubjectRequestDialog*>(QApplication::activeModalWidget());
            QVERIFY(add);
            auto* type = named<QComboBox>(add, "requestTypeCombo");
            type->setCurrentIndex(type->findData(QStringLiteral("access")));
            typeInto(named<QLineEdit>(add, "requestBsnEdit"), fictitiousBsn(0));
            named<QDateEdit>(add, "requestReceivedEdit")->setDate(m_today.addDays(-26));
            auto* requester = named<QComboBox>(add, "requestRequesterCombo");
            requester->setCurrentIndex(requester->findData(QStringLiteral("parent")));
            // Without the identity check the request is refused and the dialog stays open.
            click(named<QPushButton>(add, "requestRegisterButton"));
            QVERIFY(add->isVisible());
            QVERIFY(named<QLabel>(add, "requestStatusLabel")->isVisible());
            typeInto(named<QLineEdit>(add, "requestIdentityEdit"), QStringLiteral("paspoort gezien aan de balie"));
            typeInto(named<QLineEdit>(add, "requestVerifiedByEdit"), QStringLiteral("J. de Boer"));
            click(named<QPushButton>(add, "requestRegisterButton"));
            answered = true;
        });
        click(named<QPushButton>(&dialog, "addRequestButton"));
        QVERIFY(answered);

        QCOMPARE(table->rowCount(), 1);
        const SubjectRequest& r = dialog.requests().constFirst();
        QCOMPARE(r.type, QStringLiteral("access"));
        QCOMPARE(r.childKey, bsnKey(0));
        QCOMPARE(r.deadline, m_today.addDays(-26).addMonths(1));
        QVERIFY(table->item(0, SubjectRequestsDialog::IdentityColumn)->text().contains(QStringLiteral("J. de Boer")));
        // Due within a week: highlighted, and said in words.
        QVERIFY(table->item(0, SubjectRequestsDialog::StatusColumn)->background().style() != Qt::NoBrush);
        QVERIFY(table->item(0, SubjectRequestsDialog::StatusColumn)->text() != tr("open"));
        QVERIFY(named<QLabel>(&dialog, "requestsReminderLabel")->isVisible());

        QSignalSpy export_(&dialog, &SubjectRequestsDialog::accessExportRequested);
        dialog.select(r.id);
        click(named<QPushButton>(&dialog, "requestAccessExportButton"));
        QCOMPARE(export_.count(), 1);
        QCOMPARE(export_.constFirst().constFirst().toString(), bsnKey(0));
    }

    void extendsWithAReasonAndCloses()
    {
        SubjectRequestsDialog dialog(*m_store, nullptr, m_today);
        dialog.show();
        auto* table = named<QTableWidget>(&dialog, "requestsTable");
        QCOMPARE(table->rowCount(), 1);
        const qint64 id = dialog.requests().constFirst().id;
        const QDate deadline = dialog.requests().constFirst().deadline;
        dialog.select(id);
        QVERIFY(!dialog.extendSelected(QString())); // a reason is required
        QVERIFY(dialog.extendSelected(QStringLiteral("veel lijsten door te nemen")));
        QCOMPARE(SubjectRequests(*m_store).get(id).value().deadline, deadline.addMonths(2));
        // No longer near its deadline; extended once only.
        QVERIFY(!named<QLabel>(&dialog, "requestsReminderLabel")->isVisible());
        QCOMPARE(table->item(0, SubjectRequestsDialog::StatusColumn)->background().style(), Qt::NoBrush);
        QVERIFY(!named<QPushButton>(&dialog, "extendRequestButton")->isEnabled());

        QVERIFY(dialog.closeSelected(QStringLiteral("inzage verstrekt"), false));
        QCOMPARE(table->rowCount(), 0); // only open requests are shown
        named<QCheckBox>(&dialog, "showClosedRequestsCheck")->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(SubjectRequests(*m_store).get(id).value().status, QStringLiteral("done"));
        QVERIFY(!named<QPushButton>(&dialog, "closeRequestButton")->isEnabled());
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiSubjectRequests)
#include "tst_gui_subjectrequests.moc"
