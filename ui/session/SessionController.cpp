#include "ui/session/SessionController.h"

#include "core/demo/DemoStore.h"
#include "core/settings/AppSettings.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/BusyCursor.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/session/IdleWatcher.h"
#include "ui/setup/SetupWizard.h"
#include "ui/unlock/UnlockDialog.h"

#include <QDir>
#include <QFileInfo>
#include <utility>

namespace inbeeld {

SessionController::SessionController(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_opener(secrets)
    , m_idleWatcher(new IdleWatcher(this))
    , m_mainWindow(std::make_unique<MainWindow>(m_opener))
    , m_unlockDialog(std::make_unique<UnlockDialog>())
{
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &SessionController::lock);
    connect(m_mainWindow.get(), &MainWindow::restoreRequested, this, &SessionController::restoreRequested);
    connect(m_mainWindow.get(), &MainWindow::settingsChanged, this, &SessionController::applySettings);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &SessionController::quit);
    connect(m_unlockDialog.get(), &UnlockDialog::unlockRequested, this, &SessionController::unlockRequested);
    connect(m_unlockDialog.get(), &UnlockDialog::newOrganisationRequested, this, [this] {
        m_unlockDialog->hide();
        showSetupWizard(false);
    });
    connect(m_unlockDialog.get(), &QDialog::rejected, this, &SessionController::quit);
    connect(m_idleWatcher, &IdleWatcher::idle, this, [this] {
        lockWithInfo(tr("InBeeld locked the store because it was not used for a while. Enter the passphrase to go "
                        "on."));
    });
    applySettings();
}

SessionController::~SessionController()
{
    closeStore();
    delete m_wizard.data();
}

SetupWizard* SessionController::setupWizard() const
{
    return m_wizard.data();
}

void SessionController::start(const QString& storePathOrEmpty, bool demo)
{
    const QString path
        = storePathOrEmpty.isEmpty() ? AppSettings::lastStore() : QFileInfo(storePathOrEmpty).absoluteFilePath();
    if (path.isEmpty()) {
        showSetupWizard(true);
        return;
    }
    if (demo)
        m_demoPath = path;
    QString error;
    if (openRemembered(path, &error))
        return;
    showUnlock(path, error);
}

bool SessionController::openRemembered(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path))
        return false;
    Result<std::unique_ptr<Store>> opened = [&] {
        BusyCursor busy;
        return m_opener.openRemembered(path);
    }();
    if (opened) {
        adopt(opened.takeValue());
        return true;
    }
    switch (opened.code()) {
    case Error::Code::NotRemembered:
        break;
    case Error::Code::KeychainUnavailable:
        m_keychainUnavailable = true;
        noteKeychainUnavailable();
        break;
    default:
        // Another problem than the key (in use, too new, damaged): the passphrase will not help
        // either, but the user should see why before trying.
        *error = opened.message();
        break;
    }
    return false;
}

void SessionController::noteKeychainUnavailable()
{
    if (m_keychainNoticeShown)
        return;
    m_keychainNoticeShown = true;
    m_unlockDialog->setKeychainNotice(
        tr("The keychain of this computer is not available, so InBeeld cannot remember the passphrase here. "
           "Enter the passphrase each time you open the store."));
}

void SessionController::showUnlock(const QString& path, const QString& error, const QString& info)
{
    QStringList stores = AppSettings::knownStores();
    if (!path.isEmpty() && !stores.contains(path))
        stores.prepend(path);
    m_unlockDialog->setStores(stores, path);
    m_unlockDialog->setInfo(info);
    m_unlockDialog->setRememberAvailable(!m_keychainUnavailable);
    m_unlockDialog->setBusy(false);
    if (!error.isEmpty())
        m_unlockDialog->showError(error);
    m_unlockDialog->show();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

void SessionController::unlockRequested()
{
    const QString path = m_unlockDialog->storePath();
    const SecretBytes passphrase = m_unlockDialog->takePassphrase();
    const bool remember = m_unlockDialog->rememberKey();
    QString keychainWarning;
    m_unlockDialog->setBusy(true);
    Result<std::unique_ptr<Store>> opened = [&] {
        BusyCursor busy;
        return m_opener.openWithPassphrase(path, passphrase, remember, &keychainWarning);
    }();
    m_unlockDialog->setBusy(false);
    if (!opened) {
        m_unlockDialog->showError(opened.message());
        return;
    }
    adopt(opened.takeValue());
    if (!keychainWarning.isEmpty())
        m_mainWindow->showNotice(keychainWarning);
}

void SessionController::adopt(std::unique_ptr<Store> store)
{
    closeStore();
    m_store = std::move(store);
    const QString path = m_store->path();
    if (path != m_demoPath && !DemoStore::isDemoPath(path))
        AppSettings::addKnownStore(path);

    m_unlockDialog->hide();
    m_unlockDialog->reset();
    m_mainWindow->setStore(m_store.get());
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    m_idleWatcher->setActive(true);
    emit unlocked();
}

void SessionController::closeStore()
{
    m_idleWatcher->setActive(false);
    m_mainWindow->clearStore();
    m_store.reset();
}

void SessionController::lock()
{
    lockWithInfo(tr("The store is locked. Enter the passphrase to go on."));
}

void SessionController::lockWithInfo(const QString& info)
{
    if (!m_store)
        return;
    const QString path = m_store->path();
    closeStore();
    m_mainWindow->hide();
    emit locked();
    showUnlock(path, {}, info);
}

void SessionController::showSetupWizard(bool firstRun)
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizardIsFirstRun = firstRun;
    m_wizard = new SetupWizard(m_opener);
    connect(m_wizard, &QDialog::accepted, this, &SessionController::wizardAccepted);
    connect(m_wizard, &QDialog::rejected, this, &SessionController::wizardRejected);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void SessionController::wizardAccepted()
{
    SetupWizard* wizard = m_wizard.data();
    std::unique_ptr<Store> store = wizard->takeStore();
    const QString keychainWarning = wizard->keychainWarning();
    wizard->deleteLater();
    m_wizard.clear();
    if (!store) {
        showUnlock(m_unlockDialog->storePath());
        return;
    }
    const QString name = store->organisation().name;
    adopt(std::move(store));
    m_mainWindow->showNotice(keychainWarning.isEmpty()
                                 ? tr("The store for %1 is ready. Make a backup now and then with File, Back up "
                                      "store.")
                                       .arg(name)
                                 : keychainWarning);
}

void SessionController::wizardRejected()
{
    if (m_wizard)
        m_wizard->deleteLater();
    m_wizard.clear();
    // From the unlock dialog, Cancel goes back there; on a first run there is nothing to go back to.
    if (m_wizardIsFirstRun)
        quit();
    else
        showUnlock(m_unlockDialog->storePath());
}

void SessionController::restoreRequested()
{
    if (!m_store)
        return;
    auto* dialog = new RestoreDialog(m_store->path(), m_mainWindow.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingBackupPath = dialog->backupPath();
        m_pendingBackupPassphrase = dialog->takePassphrase();
        // Not inside the dialog's signal: the dialog deletes itself once it has closed.
        QMetaObject::invokeMethod(this, &SessionController::restorePending, Qt::QueuedConnection);
    });
    dialog->open();
}

void SessionController::restorePending()
{
    const QString backupPath = std::exchange(m_pendingBackupPath, QString());
    const SecretBytes passphrase = std::move(m_pendingBackupPassphrase);
    m_pendingBackupPassphrase = SecretBytes();
    if (!m_store || backupPath.isEmpty())
        return;
    const QString storePath = m_store->path();
    // Store::restore needs the store closed: lock first, then replace the file.
    closeStore();
    m_mainWindow->hide();
    emit locked();

    const Result<void> restored = [&] {
        BusyCursor busy;
        return Store::restore(backupPath, storePath, passphrase);
    }();
    if (!restored) {
        showUnlock(
            storePath,
            tr("The backup was not restored. %1 The store is as it was; unlock it to go on.").arg(restored.message()));
        return;
    }
    // The restored file has its own key: a remembered key of the replaced store no longer fits.
    (void)m_opener.forget(storePath);
    showUnlock(storePath, {},
               tr("The backup has been restored. The replaced store was kept as %1. Unlock the restored store with "
                  "the passphrase of the backup.")
                   .arg(QDir::toNativeSeparators(storePath + QStringLiteral(".before-restore"))));
}

void SessionController::applySettings()
{
    m_idleWatcher->setIdleTimeout(IdleWatcher::minutesToMilliseconds(AppSettings::idleLockMinutes()));
}

void SessionController::quit()
{
    closeStore();
    m_mainWindow->hide();
    m_unlockDialog->hide();
    emit quitRequested();
}

} // namespace inbeeld
