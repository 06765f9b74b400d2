#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QCloseEvent;
class QLabel;
class QMimeData;
class QTabWidget;

namespace inbeeld {

class AuditLogPage;
class ComparePage;
class DecisionsPage;
class ImportWizard;
class LifecycleMenu;
class OverviewPage;
class PackageOpenedDialog;
class PartnersPage;
class ReportingPage;
class SendPackageDialog;
class SnapshotsPage;
class Store;
class StoreOpener;

/// The main window over one open store: overview, imported lists, comparison, sharing decisions,
/// partners, audit log, and the store's menu actions. A CSV or XLSX file dropped on it opens the
/// import wizard with that file; an exchange package (.inbeeld) dropped on it is opened.
/// It shows the store it is given but never owns it; the session controller opens and closes
/// stores and asks the window to forget everything when the session locks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(StoreOpener& opener, QWidget* parent = nullptr);

    /// Shows the open store (not owned).
    void setStore(Store* store);
    /// Removes every piece of store data from the window and closes its dialogs.
    void clearStore();
    Store* store() const { return m_store; }
    ReportingPage* reportingPage() const { return m_reportingPage; }
    LifecycleMenu* lifecycleMenu() const { return m_lifecycleMenu; }

    /// A message in the status bar; timeoutMs 0 keeps it until the next one.
    void showNotice(const QString& message, int timeoutMs = 0);

    /// Writes a backup of the open store to path and reports the outcome; true on success.
    bool backupTo(const QString& path);

    /// Opens the import wizard (or raises the open one), starting with path when given.
    ImportWizard* openImportWizard(const QString& path = {});

    /// Opens a partner's exchange package (File > Open package…, or dropped on the window): shows
    /// what was stored, or core's refusal. True when the package was accepted.
    bool openPackage(const QString& path);
    /// The dialog shown for the package opened last (null when it was closed or refused).
    PackageOpenedDialog* packageOpenedDialog() const;
    /// Opens the "Send package" dialog (or raises the open one).
    SendPackageDialog* openSendPackage();
    /// The exchange package in a drag (one local .inbeeld file), or empty.
    static QString packageFileFrom(const QMimeData* data);

signals:
    void lockRequested();
    void restoreRequested();
    void settingsChanged();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void chooseBackupFile();
    void choosePackageFile();
    void packageListsChanged(qint64 snapshotId);
    void changePassphrase();
    void forgetRememberedKey();
    void verifyAuditLog();
    void openSettings();
    void showAbout();
    void updateActions();
    /// While an import runs: cancels it, closes the wizard, and then emits then; true if so.
    bool finishImportFirst(void (MainWindow::*then)());

    StoreOpener& m_opener;
    Store* m_store = nullptr;

    QTabWidget* m_tabs;
    OverviewPage* m_overviewPage;
    SnapshotsPage* m_snapshotsPage;
    ComparePage* m_comparePage;
    DecisionsPage* m_decisionsPage;
    PartnersPage* m_partnersPage;
    AuditLogPage* m_auditPage;
    ReportingPage* m_reportingPage;
    LifecycleMenu* m_lifecycleMenu; // Tools menu and the retention banner
    QPointer<ImportWizard> m_importWizard;
    QPointer<PackageOpenedDialog> m_openedDialog;
    QPointer<SendPackageDialog> m_sendDialog;
    QLabel* m_orgStatusLabel;
    QLabel* m_storePathLabel;

    QAction* m_lockAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openPackageAction = nullptr;
    QAction* m_sendPackageAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_changePassphraseAction = nullptr;
    QAction* m_forgetKeyAction = nullptr;
    QAction* m_verifyAuditAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace inbeeld
