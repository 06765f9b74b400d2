#pragma once

#include "core/mail/MailSettings.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace inbeeld {

class SecretStore;
class Store;

/// "E-mailinstellingen": the organisation's mail server for sending packages (server, port,
/// STARTTLS or TLS, user name, sender, an optional CA file), kept in the store by
/// MailSettingsStore. The password goes to the OS keychain (SecretStore), never to the store or
/// QSettings; without a keychain it is asked at each send. "Testen" logs in without sending, off
/// the GUI thread.
class MailSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    MailSettingsDialog(Store& store, SecretStore& secrets, QWidget* parent = nullptr);

    /// Checks and stores the settings (and the password in the keychain when asked). Shows core's
    /// message and returns false when refused.
    bool save();
    /// Starts the connection test with what the form holds; false when it could not start.
    bool startTest();
    bool isTesting() const { return m_watcher.isRunning(); }

public slots:
    void accept() override;

signals:
    /// The test ended: ok, and the message shown.
    void testFinished(bool ok, const QString& message);

private:
    MailSettings formSettings() const;
    void load();
    void chooseCaFile();
    void securityChanged();
    void testDone();
    void setBusy(bool busy);

    Store& m_store;
    SecretStore& m_secrets;
    bool m_remembered = false; // a password for the loaded settings is in the keychain
    QFutureWatcher<QPair<bool, QString>> m_watcher;

    QLineEdit* m_serverEdit;
    QSpinBox* m_portSpin;
    QComboBox* m_securityCombo;
    QLineEdit* m_userEdit;
    QLineEdit* m_senderEdit;
    QLineEdit* m_caEdit;
    QPushButton* m_caButton;
    QLineEdit* m_passwordEdit;
    QCheckBox* m_rememberCheck;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
    QProgressBar* m_busyBar;
    QPushButton* m_testButton;
    QPushButton* m_saveButton;
};

} // namespace inbeeld
