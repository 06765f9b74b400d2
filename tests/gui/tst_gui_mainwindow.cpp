#include "core/domain/Agreement.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/StoreOpener.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString Passphrase = QStringLiteral("kaas fiets molen regen 42");
const QString OrgName = QStringLiteral("SWV Proef Rijn");
} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsHaveNamesAndShortcuts();
    void statusBarShowsOrganisationAndPath();
    void overviewShowsStoreAndAgreement();
    void auditLogNewestFirstAndVerifies();
    void auditAnchorCopiesAndVerifies();
    void backupWritesAStoreThatOpens();
    void backupToBadPlaceReports();
    void settingsDialogSavesSettings();
    void clearStoreRemovesAllData();

private:
    QTemporaryDir m_dir;
    InMemorySecretStore m_secrets;
    std::unique_ptr<StoreOpener> m_opener;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

void TestGuiMainWindow::initTestCase()
{
    SqlCipherDriver::registerDriver();
    m_opener = std::make_unique<StoreOpener>(m_secrets);
}

void TestGuiMainWindow::init()
{
    clearSettings();
    const QString path = m_dir.filePath(QStringLiteral("main-%1.inbeeld").arg(++m_counter));
    m_store = createTestStore(path, Passphrase, testOrganisation(Role::Swv, OrgName));
    QVERIFY(m_store);
    m_window = std::make_unique<MainWindow>(*m_opener);
    m_window->setStore(m_store.get());
    m_window->show();
}

void TestGuiMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestGuiMainWindow::actionsHaveNamesAndShortcuts()
{
    for (const char* name : {"actionLock", "actionBackup", "actionRestore", "actionQuit", "actionChangePassphrase",
                             "actionForgetKey", "actionVerifyAudit", "actionSettings", "actionAbout", "actionRetention",
                             "actionRetentionRules", "actionSubjectRequests", "actionAccessExport"}) {
        auto* action = named<QAction>(m_window.get(), name);
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        QVERIFY2(!action->associatedObjects().isEmpty(), name); // in a menu
    }
    QCOMPARE(named<QAction>(m_window.get(), "actionLock")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy lock(m_window.get(), &MainWindow::lockRequested);
    named<QAction>(m_window.get(), "actionLock")->trigger();
    QCOMPARE(lock.count(), 1);
    QSignalSpy restore(m_window.get(), &MainWindow::restoreRequested);
    named<QAction>(m_window.get(), "actionRestore")->trigger();
    QCOMPARE(restore.count(), 1);
    QCOMPARE(m_window->menuBar()->actions().size(), 4); // File, Security, Tools, Help
}

void TestGuiMainWindow::statusBarShowsOrganisationAndPath()
{
    const QString status = named<QLabel>(m_window.get(), "orgStatusLabel")->text();
    QVERIFY(status.contains(OrgName));
    QVERIFY(status.contains(RoleText::displayName(Role::Swv)));
    QCOMPARE(named<QLabel>(m_window.get(), "storePathLabel")->text(), QDir::toNativeSeparators(m_store->path()));
    QVERIFY(m_window->windowTitle().contains(OrgName));
}

void TestGuiMainWindow::overviewShowsStoreAndAgreement()
{
    QCOMPARE(named<QLabel>(m_window.get(), "orgNameValue")->text(), OrgName);
    QCOMPARE(named<QLabel>(m_window.get(), "roleValue")->text(), RoleText::displayName(Role::Swv));
    QCOMPARE(named<QLabel>(m_window.get(), "schemaVersionValue")->text(), QString::number(m_store->schemaVersion()));
    QVERIFY(named<QLabel>(m_window.get(), "cipherVersionValue")->text().contains(m_store->cipherVersion()));

    const Result<Agreement> agreement = AgreementCatalog::builtIn(m_store->organisation().agreementId);
    QVERIFY2(agreement, qPrintable(agreement.message()));
    QVERIFY(named<QLabel>(m_window.get(), "agreementValue")->text().contains(agreement.value().title()));
    auto* tree = named<QTreeWidget>(m_window.get(), "agreementTree");
    const QList<AgreementCategory> categories = agreement.value().categories();
    QCOMPARE(tree->topLevelItemCount(), categories.size());
    for (int i = 0; i < categories.size(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        QCOMPARE(item->text(0), categories.at(i).name);
        const QList<AgreementField> fields = agreement.value().fieldsFor(categories.at(i).code);
        QCOMPARE(item->childCount(), fields.size());
        for (int f = 0; f < fields.size(); ++f) {
            QCOMPARE(item->child(f)->text(0), fields.at(f).name);
            QCOMPARE(item->child(f)->text(1), fields.at(f).reason);
        }
    }
}

void TestGuiMainWindow::auditLogNewestFirstAndVerifies()
{
    QVERIFY(m_store->audit().append(QStringLiteral("test.second"), QStringLiteral("second entry")));
    auto* tabs = named<QTabWidget>(m_window.get(), "mainTabs");
    tabs->setCurrentWidget(named<QWidget>(m_window.get(), "auditPage"));
    auto* table = named<QTableView>(m_window.get(), "auditTable");
    QAbstractItemModel* model = table->model();
    QCOMPARE(model->rowCount(), int(m_store->audit().count()));
    QVERIFY(model->rowCount() >= 2);
    QCOMPARE(model->index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("test.second"));
    QVERIFY(model->index(0, AuditLogModel::NumberColumn).data().toLongLong()
            > model->index(1, AuditLogModel::NumberColumn).data().toLongLong());

    click(named<QPushButton>(m_window.get(), "verifyAuditButton"));
    QVERIFY(named<QLabel>(m_window.get(), "auditStatusLabel")->text().contains(QStringLiteral("intact")));

    tabs->setCurrentIndex(0);
    named<QAction>(m_window.get(), "actionVerifyAudit")->trigger();
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("auditPage"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("intact")));
}

void TestGuiMainWindow::auditAnchorCopiesAndVerifies()
{
    auto* tabs = named<QTabWidget>(m_window.get(), "mainTabs");
    tabs->setCurrentWidget(named<QWidget>(m_window.get(), "auditPage"));
    auto* page = named<AuditLogPage>(m_window.get(), "auditPage");
    const QString shown = named<QLabel>(m_window.get(), "auditAnchorLabel")->text();
    QCOMPARE(shown, m_store->audit().anchor().value().toLine());

    click(named<QPushButton>(m_window.get(), "copyAnchorButton"));
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, m_store->audit().anchor().value().toLine());

    // Later entries keep the copied anchor valid; a log cut below it does not.
    QVERIFY(m_store->audit().append(QStringLiteral("test.after"), QStringLiteral("after the anchor")));
    QVERIFY(page->verifyAnchor(copied));
    QVERIFY(named<QLabel>(m_window.get(), "auditStatusLabel")->text().contains(QStringLiteral("intact")));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(m_store->audit().count() - 1)));
    QVERIFY(!page->verifyAnchor(copied));
    QVERIFY(named<QLabel>(m_window.get(), "auditStatusLabel")->text().contains(QStringLiteral("privacy officer")));
    QVERIFY(!page->verifyAnchor(QStringLiteral("no anchor at all")));
}

void TestGuiMainWindow::backupWritesAStoreThatOpens()
{
    const QString target = m_dir.filePath(QStringLiteral("backup-%1.inbeeld").arg(m_counter));
    QVERIFY(m_window->backupTo(target));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)));
    QVERIFY(m_window->statusBar()->currentMessage().contains(m_store->audit().anchor().value().toLine()));
    QVERIFY(!readFile(target).startsWith("SQLite format 3"));
    auto backup = Store::open(target, passphrase(Passphrase));
    QVERIFY2(backup, qPrintable(backup.message()));
    QCOMPARE(backup.value()->organisation().name, OrgName);
}

void TestGuiMainWindow::backupToBadPlaceReports()
{
    // A folder that cannot exist: its parent is a file.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker-%1.txt").arg(m_counter));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!m_window->backupTo(blocker + QStringLiteral("/backup.inbeeld")));
    auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("backupFailedBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("could not be written")));
    box->close();
}

void TestGuiMainWindow::settingsDialogSavesSettings()
{
    QSignalSpy changed(m_window.get(), &MainWindow::settingsChanged);
    named<QAction>(m_window.get(), "actionSettings")->trigger();
    auto* dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* language = named<QComboBox>(dialog, "languageCombo");
    auto* idle = named<QSpinBox>(dialog, "idleSpin");
    QCOMPARE(idle->value(), AppSettings::idleLockMinutes());
    QCOMPARE(language->count(), 2);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    idle->setValue(3);
    click(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings::idleLockMinutes(), 3);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

    // Cancel keeps what was saved.
    named<QAction>(m_window.get(), "actionSettings")->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog")))
                && dialog->isVisible());
    named<QSpinBox>(dialog, "idleSpin")->setValue(0);
    QCOMPARE(named<QSpinBox>(dialog, "idleSpin")->text(), QStringLiteral("Never"));
    dialog->reject();
    QCOMPARE(AppSettings::idleLockMinutes(), 3);
    QCOMPARE(changed.count(), 1);
}

void TestGuiMainWindow::clearStoreRemovesAllData()
{
    named<QAction>(m_window.get(), "actionSettings")->trigger(); // a dialog that must be closed too
    m_window->clearStore();
    QVERIFY(!m_window->store());
    for (const char* name : {"orgStatusLabel", "storePathLabel", "orgNameValue", "roleValue", "agreementValue",
                             "schemaVersionValue", "cipherVersionValue"})
        QVERIFY2(named<QLabel>(m_window.get(), name)->text().isEmpty(), name);
    QCOMPARE(named<QTreeWidget>(m_window.get(), "agreementTree")->topLevelItemCount(), 0);
    QCOMPARE(named<QTableView>(m_window.get(), "auditTable")->model()->rowCount(), 0);
    QVERIFY(!named<QAction>(m_window.get(), "actionBackup")->isEnabled());
    QVERIFY(!m_window->windowTitle().contains(OrgName));
    const QList<QDialog*> dialogs = m_window->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs)
        QVERIFY(!dialog->isVisible());
}

INBEELD_GUI_TEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
