#include "ui/mainwindow/MainWindow.h"

#include "core/domain/Agreement.h"
#include "core/domain/Role.h"
#include "core/exchange/PackageReader.h"
#include "core/sharing/ShareDecision.h"
#include "core/storage/Store.h"
#include "core/storage/StoreOpener.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/common/AppIcon.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/DroppedFile.h"
#include "ui/compare/ComparePage.h"
#include "ui/exchange/PackageOpenedDialog.h"
#include "ui/exchange/PartnersPage.h"
#include "ui/exchange/SendPackageDialog.h"
#include "ui/importing/ImportWizard.h"
#include "ui/importing/SnapshotsPage.h"
#include "ui/lifecycle/LifecycleMenu.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/OverviewPage.h"
#include "ui/passphrase/ChangePassphraseDialog.h"
#include "ui/reporting/ReportingPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sharing/DecisionsPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace inbeeld {

MainWindow::MainWindow(StoreOpener& opener, QWidget* parent)
    : QMainWindow(parent)
    , m_opener(opener)
    , m_tabs(new QTabWidget(this))
    , m_overviewPage(new OverviewPage(this))
    , m_snapshotsPage(new SnapshotsPage(this))
    , m_comparePage(new ComparePage(this))
    , m_decisionsPage(new DecisionsPage(this))
    , m_partnersPage(new PartnersPage(this))
    , m_auditPage(new AuditLogPage(this))
    , m_reportingPage(new ReportingPage(this))
    , m_lifecycleMenu(new LifecycleMenu(this))
    , m_orgStatusLabel(new QLabel(this))
    , m_storePathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcon::icon());
    setWindowTitle(QStringLiteral("InBeeld"));
    resize(960, 680);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_overviewPage, tr("&Overview"));
    m_tabs->addTab(m_snapshotsPage, tr("&Lists"));
    m_tabs->addTab(m_comparePage, tr("&Compare"));
    m_tabs->addTab(m_decisionsPage, tr("&Decisions"));
    m_tabs->addTab(m_partnersPage, tr("&Partners"));
    m_tabs->addTab(m_reportingPage, tr("&Reporting"));
    m_tabs->addTab(m_auditPage, tr("&Audit log"));
    // The banner (something is due for purging) sits above the tabs and never blocks them.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_lifecycleMenu->banner());
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_orgStatusLabel->setObjectName(QStringLiteral("orgStatusLabel"));
    m_storePathLabel->setObjectName(QStringLiteral("storePathLabel"));
    m_storePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_orgStatusLabel);
    statusBar()->addPermanentWidget(m_storePathLabel);

    createActions();
    createMenus();

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_auditPage)
            m_auditPage->refresh();
        else if (m_tabs->widget(index) == m_partnersPage)
            m_partnersPage->refresh();
        else if (m_tabs->widget(index) == m_reportingPage)
            m_reportingPage->refresh();
    });
    connect(m_reportingPage, &ReportingPage::notice, this,
            [this](const QString& message) { showNotice(message, 15000); });
    connect(m_snapshotsPage, &SnapshotsPage::comparisonInputChanged, m_comparePage, &ComparePage::listsChanged);
    connect(m_lifecycleMenu, &LifecycleMenu::notice, this,
            [this](const QString& message) { showNotice(message, 15000); });
    connect(m_lifecycleMenu, &LifecycleMenu::dataPurged, this, [this] {
        m_snapshotsPage->refresh();
        m_comparePage->listsChanged();
        m_auditPage->refresh();
    });
    connect(m_snapshotsPage, &SnapshotsPage::importRequested, this, [this] { openImportWizard(); });
    connect(m_snapshotsPage, &SnapshotsPage::notice, this,
            [this](const QString& message) { showNotice(message, 15000); });
    connect(m_comparePage, &ComparePage::shareRequested, this,
            [this](const CaseRecord& record, qint64 snapshotId) { m_decisionsPage->openWizard(record, snapshotId); });
    connect(m_comparePage, &ComparePage::notice, this, [this](const QString& message) { showNotice(message, 15000); });
    connect(m_decisionsPage, &DecisionsPage::notice, this,
            [this](const QString& message) { showNotice(message, 15000); });
    connect(m_partnersPage, &PartnersPage::notice, this,
            [this](const QString& message) { showNotice(message, 15000); });
    connect(m_partnersPage, &PartnersPage::sendPackageRequested, this, [this] { openSendPackage(); });
    connect(m_decisionsPage, &DecisionsPage::casePackageRequested, this, [this](const ShareDecision& decision) {
        if (SendPackageDialog* dialog = openSendPackage())
            dialog->prepareCase(decision);
    });
    connect(m_auditPage, &AuditLogPage::verified, this,
            [this](bool, const QString& message) { showNotice(message, 15000); });
    setAcceptDrops(true);
    updateActions();
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString& text, const char* objectName) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        return action;
    };

    m_lockAction = makeAction(tr("&Lock"), "actionLock");
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the store and ask for the passphrase before showing it again."));
    connect(m_lockAction, &QAction::triggered, this, [this] {
        if (!finishImportFirst(&MainWindow::lockRequested))
            emit lockRequested();
    });

    m_importAction = makeAction(tr("&Import list…"), "actionImport");
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a list of thuiszitters from a CSV or Excel file: yours or a partner's."));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportWizard(); });

    m_openPackageAction = makeAction(tr("&Open package…"), "actionOpenPackage");
    m_openPackageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openPackageAction->setStatusTip(tr("Open an exchange package (.inbeeldpakket) that a partner sent you; its list "
                                         "is stored as the partner's list."));
    connect(m_openPackageAction, &QAction::triggered, this, &MainWindow::choosePackageFile);

    m_sendPackageAction = makeAction(tr("&Send package…"), "actionSendPackage");
    m_sendPackageAction->setStatusTip(tr("Make a signed, encrypted exchange package for a partner."));
    connect(m_sendPackageAction, &QAction::triggered, this, [this] { openSendPackage(); });

    m_backupAction = makeAction(tr("&Back up store…"), "actionBackup");
    m_backupAction->setStatusTip(tr("Write an encrypted copy of the store, for example to a drive that is backed up."));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::chooseBackupFile);

    m_restoreAction = makeAction(tr("&Restore from backup…"), "actionRestore");
    m_restoreAction->setStatusTip(tr("Replace the store by a backup; the current store is kept beside it."));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreRequested);

    m_settingsAction = makeAction(tr("S&ettings…"), "actionSettings");
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = makeAction(tr("&Quit"), "actionQuit");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_changePassphraseAction = makeAction(tr("&Change passphrase…"), "actionChangePassphrase");
    connect(m_changePassphraseAction, &QAction::triggered, this, &MainWindow::changePassphrase);

    m_forgetKeyAction = makeAction(tr("&Forget remembered key"), "actionForgetKey");
    m_forgetKeyAction->setStatusTip(tr("Remove the store's key from the keychain of this computer."));
    connect(m_forgetKeyAction, &QAction::triggered, this, &MainWindow::forgetRememberedKey);

    m_verifyAuditAction = makeAction(tr("&Verify audit log"), "actionVerifyAudit");
    connect(m_verifyAuditAction, &QAction::triggered, this, &MainWindow::verifyAuditLog);

    m_aboutAction = makeAction(tr("&About InBeeld"), "actionAbout");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_openPackageAction);
    fileMenu->addAction(m_sendPackageAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_lockAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backupAction);
    fileMenu->addAction(m_restoreAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* securityMenu = menuBar()->addMenu(tr("&Security"));
    securityMenu->setObjectName(QStringLiteral("securityMenu"));
    securityMenu->addAction(m_changePassphraseAction);
    securityMenu->addAction(m_forgetKeyAction);
    securityMenu->addSeparator();
    securityMenu->addAction(m_verifyAuditAction);

    menuBar()->addMenu(m_lifecycleMenu->menu());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::setStore(Store* store)
{
    m_store = store;
    if (!store) {
        clearStore();
        return;
    }
    const OrganisationInfo organisation = store->organisation();
    setWindowTitle(tr("%1 – InBeeld").arg(organisation.name));
    m_orgStatusLabel->setText(tr("%1 – %2").arg(organisation.name, RoleText::displayName(organisation.role)));
    m_storePathLabel->setText(QDir::toNativeSeparators(store->path()));
    m_storePathLabel->setToolTip(tr("The store file of this organisation"));
    m_overviewPage->showStore(store);
    m_snapshotsPage->setStore(store);
    m_comparePage->setStore(store);
    m_decisionsPage->setStore(store);
    m_partnersPage->setStore(store);
    m_reportingPage->setStore(store);
    m_auditPage->setAuditLog(&store->audit());
    m_lifecycleMenu->setStore(store);
    m_lifecycleMenu->checkDue();
    m_tabs->setCurrentWidget(m_overviewPage);
    updateActions();
}

void MainWindow::clearStore()
{
    // Dialogs of this window work on the store: close them before it goes away.
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    // A note being written is saved while the store is still open, then the comparison goes.
    m_comparePage->saveNotes();
    m_comparePage->setStore(nullptr);
    m_store = nullptr;
    setWindowTitle(QStringLiteral("InBeeld"));
    m_orgStatusLabel->clear();
    m_storePathLabel->clear();
    m_storePathLabel->setToolTip(QString());
    m_overviewPage->showStore(nullptr);
    m_snapshotsPage->setStore(nullptr);
    m_decisionsPage->setStore(nullptr);
    m_partnersPage->setStore(nullptr);
    m_reportingPage->setStore(nullptr);
    m_auditPage->setAuditLog(nullptr);
    m_lifecycleMenu->setStore(nullptr);
    statusBar()->clearMessage();
    updateActions();
}

void MainWindow::showNotice(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    for (QAction* action : {m_importAction, m_openPackageAction, m_sendPackageAction, m_lockAction, m_backupAction,
                            m_restoreAction, m_changePassphraseAction, m_forgetKeyAction, m_verifyAuditAction})
        action->setEnabled(open);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
    if (!finishImportFirst(&MainWindow::quitRequested))
        emit quitRequested();
}

bool MainWindow::finishImportFirst(void (MainWindow::*then)())
{
    // The importer works on the store while it runs: the store may only close once the
    // import has been cancelled and rolled back, which happens when the wizard closes.
    if (!m_importWizard || !m_importWizard->isRunning())
        return false;
    connect(m_importWizard, &QDialog::finished, this, then,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    m_importWizard->reject();
    return true;
}

ImportWizard* MainWindow::openImportWizard(const QString& path)
{
    if (!m_store)
        return nullptr;
    // A wizard that was just closed is still there until it is deleted: open a new one then.
    if (m_importWizard && m_importWizard->isVisible()) {
        if (!path.isEmpty())
            m_importWizard->setFile(path);
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    auto* wizard = new ImportWizard(*m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](qint64 snapshotId) {
        m_snapshotsPage->refresh();
        m_snapshotsPage->select(snapshotId);
        m_comparePage->listsChanged();
        m_auditPage->refresh();
        showNotice(tr("List %1 has been imported; it is on the Lists tab.").arg(snapshotId), 15000);
    });
    connect(wizard, &QDialog::accepted, this, [this] { m_tabs->setCurrentWidget(m_snapshotsPage); });
    m_importWizard = wizard;
    wizard->open();
    if (!path.isEmpty())
        wizard->setFile(path);
    return wizard;
}

QString MainWindow::packageFileFrom(const QMimeData* data)
{
    // Packages have their own extension; packages from before it still end in .inbeeld (a store
    // dropped by mistake is recognised and refused by the reader).
    return droppedFile(data, {QStringLiteral("inbeeldpakket"), QStringLiteral("inbeeld")});
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_store
        && (!ImportWizard::listFileFrom(event->mimeData()).isEmpty() || !packageFileFrom(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_store)
        return;
    if (const QString package = packageFileFrom(event->mimeData()); !package.isEmpty()) {
        event->acceptProposedAction();
        // Opened once the drop has finished, so the file manager is not kept waiting.
        QMetaObject::invokeMethod(
            this, [this, package] { openPackage(package); }, Qt::QueuedConnection);
        return;
    }
    const QString path = ImportWizard::listFileFrom(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(path);
}

void MainWindow::choosePackageFile()
{
    if (!m_store)
        return;
    // Packages usually arrive as mail attachments: start in the downloads folder.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open package"), folder, tr("InBeeld packages (*.inbeeldpakket *.inbeeld);;All files (*)"));
    // The session may have locked while the file dialog was open.
    if (path.isEmpty() || !m_store)
        return;
    openPackage(path);
}

bool MainWindow::openPackage(const QString& path)
{
    if (!m_store || path.isEmpty())
        return false;
    if (m_openedDialog)
        m_openedDialog->reject();
    Result<OpenedPackage> opened = makeError(Error::Code::Generic, QString());
    {
        BusyCursor busy;
        opened = PackageReader(*m_store).open(path);
    }
    // Accepted or refused, the attempt is in the audit log.
    m_auditPage->refresh();
    if (!opened) {
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Package not opened"), opened.message(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("packageRefusedBox"));
        box->setInformativeText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        showNotice(tr("The package %1 was not opened; nothing was stored.").arg(QFileInfo(path).fileName()), 15000);
        return false;
    }
    const OpenedPackage& package = opened.value();
    packageListsChanged(package.snapshotId);
    const Result<Agreement> agreement = AgreementCatalog::builtIn(m_store->organisation().agreementId);
    auto* dialog = new PackageOpenedDialog(package, agreement ? &agreement.value() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageOpenedDialog::compareRequested, this, [this](qint64 snapshotId) {
        // Chosen before the tab shows, so that showing it does not start a second comparison.
        m_comparePage->compareWith(snapshotId);
        m_tabs->setCurrentWidget(m_comparePage);
    });
    m_openedDialog = dialog;
    dialog->open();
    showNotice(package.manifest.kind == PackageKind::Case
                   ? tr("Case package from %1 opened; it is case %2 on the Lists tab.")
                         .arg(package.sender)
                         .arg(package.snapshotId)
                   : tr("Package from %1 opened; it is partner list %2 on the Lists tab.")
                         .arg(package.sender)
                         .arg(package.snapshotId),
               15000);
    return true;
}

PackageOpenedDialog* MainWindow::packageOpenedDialog() const
{
    return m_openedDialog;
}

void MainWindow::packageListsChanged(qint64 snapshotId)
{
    m_snapshotsPage->refresh();
    if (snapshotId > 0)
        m_snapshotsPage->select(snapshotId);
    m_comparePage->listsChanged();
}

SendPackageDialog* MainWindow::openSendPackage()
{
    if (!m_store)
        return nullptr;
    if (m_sendDialog) {
        m_sendDialog->raise();
        m_sendDialog->activateWindow();
        return m_sendDialog;
    }
    auto* dialog = new SendPackageDialog(*m_store, this);
    dialog->setSecretStore(&m_partnersPage->secretStore());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendPackageDialog::packageWritten, this, [this](const QString& message) {
        m_auditPage->refresh();
        showNotice(message, 15000);
    });
    m_sendDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::chooseBackupFile()
{
    if (!m_store)
        return;
    const QFileInfo storeFile(m_store->path());
    const QString suggestion = storeFile.absolutePath() + QLatin1Char('/') + storeFile.completeBaseName()
        + QStringLiteral("-backup-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".inbeeld");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up store"), suggestion,
                                                        tr("InBeeld stores (*.inbeeld);;All files (*)"));
    // The session may have locked while the file dialog was open.
    if (target.isEmpty() || !m_store)
        return;
    backupTo(target);
}

bool MainWindow::backupTo(const QString& path)
{
    if (!m_store)
        return false;
    const Result<AuditAnchor> written = [&] {
        BusyCursor busy;
        return m_store->backupTo(path);
    }();
    m_auditPage->refresh();
    if (!written) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Backup failed"),
            tr("The backup could not be written. %1 Choose another place and try again.").arg(written.message()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("backupFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        showNotice(tr("The backup could not be written."), 15000);
        return false;
    }
    showNotice(tr("Backup written to %1. It opens with the current passphrase. Audit anchor of the backup: %2")
                   .arg(QDir::toNativeSeparators(path), written.value().toLine()),
               30000);
    return true;
}

void MainWindow::changePassphrase()
{
    if (!m_store)
        return;
    auto* dialog = new ChangePassphraseDialog(*m_store, m_opener, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showNotice(dialog->resultMessage(), 15000);
        m_auditPage->refresh();
    });
    dialog->open();
}

void MainWindow::forgetRememberedKey()
{
    if (!m_store)
        return;
    const Result<void> forgotten = m_opener.forget(m_store->path());
    if (forgotten || forgotten.code() == Error::Code::NotRemembered)
        showNotice(tr("This computer no longer remembers the key of this store. InBeeld will ask for the "
                      "passphrase next time."),
                   15000);
    else
        showNotice(tr("The key could not be removed from the keychain. %1").arg(forgotten.message()));
}

void MainWindow::verifyAuditLog()
{
    if (!m_store)
        return;
    m_tabs->setCurrentWidget(m_auditPage);
    m_auditPage->verify();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::settingsChanged);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace inbeeld
