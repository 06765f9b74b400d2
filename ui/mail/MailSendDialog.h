#pragma once

#include "core/exchange/PackageDispatch.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace inbeeld {

class SecretStore;
class Store;

/// "Versturen per e-mail": shows the mail core composed for a package we wrote (to the partner's
/// address, subject and body without personal data, the package attached as is), asks the SMTP
/// password when the keychain does not have it, and sends it off the GUI thread with progress and
/// a stop button. Preparing and recording run on the store's thread (PackageDispatch::prepare and
/// record); only SmtpSender::send runs in the pool. The package file stays on disk whatever happens.
class MailSendDialog : public QDialog
{
    Q_OBJECT

public:
    MailSendDialog(Store& store, SecretStore& secrets, const QString& packagePath, const Partner& recipient,
                   QWidget* parent = nullptr);

    /// True when the mail is prepared and mail is set up: "Versturen" can be pressed.
    bool canSend() const;
    /// Starts sending; false (with the reason shown) when it cannot start.
    bool send();
    /// Stops a running send (nothing is sent when it stops before the server took the mail).
    void cancelSending();
    bool isSending() const { return m_watcher.isRunning(); }
    /// For tests: seconds to wait for the server (connect, then between progress).
    void setTimeouts(int connectSeconds, int stallSeconds);

public slots:
    void reject() override;

signals:
    /// Sending ended: ok, and the message shown.
    void finished(bool ok, const QString& message);

private:
    struct Progress;
    void prepare();
    void openSettings();
    void sendDone();
    void showProgress();

    Store& m_store;
    SecretStore& m_secrets;
    QString m_path;
    Partner m_recipient;
    std::optional<PreparedMail> m_mail;
    std::optional<MailSettings> m_settings;
    std::shared_ptr<SmtpSender> m_sender;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<Result<MailReceipt>> m_watcher;
    QTimer m_progressTimer;
    int m_connectTimeout = 20;
    int m_stallTimeout = 60;
    bool m_sent = false;

    QLabel* m_toValue;
    QLabel* m_subjectValue;
    QLabel* m_attachmentValue;
    QPlainTextEdit* m_bodyView;
    QLabel* m_passwordLabel;
    QLineEdit* m_passwordEdit;
    QProgressBar* m_progressBar;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
    QPushButton* m_settingsButton;
    QPushButton* m_sendButton;
    QPushButton* m_stopButton;
    QPushButton* m_closeButton;
};

} // namespace inbeeld
