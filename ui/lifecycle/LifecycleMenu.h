#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPushButton;
class QWidget;

namespace inbeeld {

class AccessExportDialog;
class PurgePreviewDialog;
class RetentionRulesDialog;
class Store;
class SubjectRequestsDialog;

/// The main window's Tools menu for the end of processing (retention preview and purge, retention
/// rules, requests of data subjects, access export) and the banner that says at unlock, without
/// stopping the user, that data is due for purging or a request nears its deadline. Kept apart
/// from MainWindow so that the window only places the menu and the banner.
class LifecycleMenu : public QObject
{
    Q_OBJECT

public:
    /// window: parent of the menu, the banner and the dialogs.
    explicit LifecycleMenu(QWidget* window);

    QMenu* menu() const { return m_menu; }
    QFrame* banner() const { return m_banner; }

    /// The open store (not owned), or null: actions are disabled and the banner hidden.
    void setStore(Store* store);
    /// Shows the banner when something is due or a request nears its deadline (at unlock).
    void checkDue(const QDate& today = QDate::currentDate());

    PurgePreviewDialog* openPurgePreview();
    RetentionRulesDialog* openRetentionRules();
    SubjectRequestsDialog* openRequests();
    AccessExportDialog* openAccessExport(const QString& childKey = {});

signals:
    void notice(const QString& message);
    /// Data was purged: lists and comparisons must be read again.
    void dataPurged();

private:
    template<typename Dialog>
    Dialog* raise(QPointer<Dialog>& existing);

    QWidget* m_window;
    Store* m_store = nullptr;
    QMenu* m_menu;
    QAction* m_purgeAction;
    QAction* m_rulesAction;
    QAction* m_requestsAction;
    QAction* m_accessAction;
    QFrame* m_banner;
    QLabel* m_bannerLabel;
    QPushButton* m_bannerPurgeButton;
    QPushButton* m_bannerRequestsButton;
    QPointer<PurgePreviewDialog> m_purgeDialog;
    QPointer<RetentionRulesDialog> m_rulesDialog;
    QPointer<SubjectRequestsDialog> m_requestsDialog;
};

} // namespace inbeeld
