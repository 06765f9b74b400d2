#pragma once

#include "core/storage/Store.h"
#include "core/storage/StoreOpener.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace inbeeld {

class IdleWatcher;
class MainWindow;
class SecretStore;
class SetupWizard;
class UnlockDialog;

/// Runs a session of the program: first-run setup, unlocking, locking (by hand or when idle),
/// restoring a backup. It owns the open store and the top-level windows, and shows its dialogs
/// with show()/open(), never exec(), so the event loop keeps running and tests can drive them.
class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(SecretStore& secrets, QObject* parent = nullptr);
    ~SessionController() override;

    /// Shows the setup wizard on a first run (no path given, no known stores); otherwise opens
    /// the given store, or the last one used, with its remembered key or else the unlock dialog.
    /// demo marks a throw-away demo store: it is not added to the known stores.
    void start(const QString& storePathOrEmpty = {}, bool demo = false);

    /// Closes the store (which wipes its key), clears the main window and asks to unlock again.
    void lock();

    Store* store() const { return m_store.get(); }
    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    UnlockDialog* unlockDialog() const { return m_unlockDialog.get(); }
    /// The setup wizard while it is shown, else null.
    SetupWizard* setupWizard() const;
    IdleWatcher* idleWatcher() const { return m_idleWatcher; }
    StoreOpener& opener() { return m_opener; }

signals:
    void locked();
    void unlocked();
    /// The user closed the program (main window, unlock dialog or first-run wizard).
    void quitRequested();

private:
    void showSetupWizard(bool firstRun);
    void wizardAccepted();
    void wizardRejected();
    void showUnlock(const QString& path, const QString& error = {}, const QString& info = {});
    bool openRemembered(const QString& path, QString* error);
    void unlockRequested();
    void adopt(std::unique_ptr<Store> store);
    void closeStore();
    void lockWithInfo(const QString& info);
    void noteKeychainUnavailable();
    void restoreRequested();
    void restorePending();
    void applySettings();
    void quit();

    StoreOpener m_opener;
    IdleWatcher* m_idleWatcher;
    std::unique_ptr<MainWindow> m_mainWindow;
    std::unique_ptr<UnlockDialog> m_unlockDialog;
    QPointer<SetupWizard> m_wizard;
    std::unique_ptr<Store> m_store;
    QString m_demoPath;
    QString m_pendingBackupPath;
    SecretBytes m_pendingBackupPassphrase;
    bool m_wizardIsFirstRun = false;
    bool m_keychainNoticeShown = false;
    bool m_keychainUnavailable = false;
};

} // namespace inbeeld
