#include "ui/mail/MailSendDialog.h"

#include "core/secrets/SecretStore.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/SecretText.h"
#include "ui/mail/MailSettingsDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace inbeeld {

// Written by the sending thread, read by the GUI's timer: no signal crosses threads into a dialog
// that may be closing.
struct MailSendDialog::Progress
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
};

MailSendDialog::MailSendDialog(Store& store, SecretStore& secrets, const QString& packagePath, const Partner& recipient,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_path(packagePath)
    , m_recipient(recipient)
    , m_progress(std::make_shared<Progress>())
    , m_toValue(new QLabel(this))
    , m_subjectValue(new QLabel(this))
    , m_attachmentValue(new QLabel(this))
    , m_bodyView(new QPlainTextEdit(this))
    , m_passwordLabel(new QLabel(tr("Mail &password:"), this))
    , m_passwordEdit(new QLineEdit(this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_settingsButton(new QPushButton(tr("Mail se&ttings…"), this))
    , m_sendButton(new QPushButton(tr("&Send"), this))
    , m_stopButton(new QPushButton(tr("S&top sending"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("mailSendDialog"));
    setWindowTitle(tr("Send package by mail"));
    m_toValue->setObjectName(QStringLiteral("mailToValue"));
    m_subjectValue->setObjectName(QStringLiteral("mailSubjectValue"));
    m_subjectValue->setWordWrap(true);
    m_attachmentValue->setObjectName(QStringLiteral("mailAttachmentValue"));
    m_attachmentValue->setWordWrap(true);
    for (QLabel* l : {m_toValue, m_subjectValue, m_attachmentValue})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bodyView->setObjectName(QStringLiteral("mailBodyView"));
    m_bodyView->setReadOnly(true);
    m_passwordEdit->setObjectName(QStringLiteral("mailPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_progressBar->setObjectName(QStringLiteral("mailProgress"));
    m_progressBar->hide();
    m_statusLabel->setObjectName(QStringLiteral("mailStatusLabel"));
    LabelStyle::asNotice(m_statusLabel);
    m_errorLabel->setObjectName(QStringLiteral("mailErrorLabel"));
    LabelStyle::asError(m_errorLabel);
    m_settingsButton->setObjectName(QStringLiteral("mailSettingsButton"));
    m_sendButton->setObjectName(QStringLiteral("mailSendButton"));
    m_sendButton->setDefault(true);
    m_stopButton->setObjectName(QStringLiteral("mailStopButton"));
    m_stopButton->hide();
    m_closeButton->setObjectName(QStringLiteral("mailCloseButton"));

    auto* note = new QLabel(tr("This mail holds no personal data: the children's data are only in the encrypted "
                               "attachment, which only %1 can open. The package stays on disk whatever happens.")
                                .arg(recipient.organisation),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("To:"), m_toValue);
    form->addRow(tr("Subject:"), m_subjectValue);
    form->addRow(tr("Attachment:"), m_attachmentValue);
    form->addRow(m_passwordLabel, m_passwordEdit);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_settingsButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stopButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sendButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_bodyView, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_sendButton, &QPushButton::clicked, this, &MailSendDialog::send);
    connect(m_stopButton, &QPushButton::clicked, this, &MailSendDialog::cancelSending);
    connect(m_closeButton, &QPushButton::clicked, this, &MailSendDialog::reject);
    connect(m_settingsButton, &QPushButton::clicked, this, &MailSendDialog::openSettings);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MailSendDialog::sendDone);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &MailSendDialog::showProgress);
    prepare();
    resize(680, 560);
}

void MailSendDialog::prepare()
{
    LabelStyle::setTextOrHide(m_errorLabel, {});
    LabelStyle::setTextOrHide(m_statusLabel, {});
    auto prepared = PackageDispatch(m_store).prepare(m_path, m_recipient);
    if (!prepared) {
        m_mail.reset();
        LabelStyle::setTextOrHide(m_errorLabel, prepared.message());
    } else {
        m_mail = prepared.takeValue();
        const MailMessage& m = m_mail->message;
        m_toValue->setText(QStringLiteral("%1 <%2>").arg(m_recipient.organisation, m.to));
        m_subjectValue->setText(m.subject);
        m_attachmentValue->setText(
            tr("%1 (%2, encrypted)").arg(m.attachmentName, QLocale().formattedDataSize(m.attachment.size())));
        m_bodyView->setPlainText(m.body);
    }
    auto settings = MailSettingsStore(m_store).load();
    m_settings = settings ? settings.value() : std::nullopt;
    bool remembered = false;
    if (m_settings)
        remembered = bool(m_secrets.read(MailSettingsStore(m_store).keychainAccount(*m_settings)));
    else if (m_mail)
        LabelStyle::setTextOrHide(m_statusLabel, tr("Mail has not been set up yet: choose Mail settings first."));
    m_passwordLabel->setVisible(m_settings && !remembered);
    m_passwordEdit->setVisible(m_settings && !remembered);
    m_sendButton->setEnabled(canSend());
    (m_settings ? static_cast<QWidget*>(m_sendButton) : m_settingsButton)->setFocus(Qt::OtherFocusReason);
}

bool MailSendDialog::canSend() const
{
    return m_mail && m_settings && !m_sent && !isSending();
}

void MailSendDialog::setTimeouts(int connectSeconds, int stallSeconds)
{
    m_connectTimeout = connectSeconds;
    m_stallTimeout = stallSeconds;
}

void MailSendDialog::openSettings()
{
    MailSettingsDialog dialog(m_store, m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        prepare();
}

bool MailSendDialog::send()
{
    if (!canSend())
        return false;
    LabelStyle::setTextOrHide(m_errorLabel, {});
    SecretBytes password;
    if (!m_passwordEdit->isHidden() || !m_passwordEdit->text().isEmpty()) {
        password = takeSecret(m_passwordEdit);
    } else {
        auto kept = m_secrets.read(MailSettingsStore(m_store).keychainAccount(*m_settings));
        if (kept)
            password = kept.takeValue();
    }
    if (password.isEmpty()) {
        m_passwordLabel->show();
        m_passwordEdit->show();
        m_passwordEdit->setFocus();
        LabelStyle::setTextOrHide(m_errorLabel, tr("Type the password of the mail server."));
        return false;
    }
    m_sender = std::make_shared<SmtpSender>(*m_settings, std::move(password));
    m_sender->setTimeouts(m_connectTimeout, m_stallTimeout);
    m_progress->done = 0;
    m_progress->total = 0;
    m_sender->setProgress([progress = m_progress](qint64 done, qint64 total) {
        progress->done = done;
        progress->total = total;
    });
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_progressTimer.start();
    m_sendButton->setEnabled(false);
    m_settingsButton->setEnabled(false);
    m_closeButton->setEnabled(false);
    m_stopButton->show();
    m_stopButton->setFocus(Qt::OtherFocusReason);
    LabelStyle::setTextOrHide(m_statusLabel,
                              tr("Sending to %1 through %2…").arg(m_mail->message.to, m_settings->server));
    m_watcher.setFuture(
        QtConcurrent::run([sender = m_sender, message = m_mail->message] { return sender->send(message); }));
    return true;
}

void MailSendDialog::showProgress()
{
    const qint64 total = m_progress->total;
    if (total <= 0)
        return;
    const qint64 done = m_progress->done;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
}

void MailSendDialog::cancelSending()
{
    if (m_sender && isSending()) {
        m_sender->cancel();
        m_stopButton->setEnabled(false);
        LabelStyle::setTextOrHide(m_statusLabel, tr("Stopping…"));
    }
}

void MailSendDialog::sendDone()
{
    m_progressTimer.stop();
    m_progressBar->hide();
    m_stopButton->hide();
    m_stopButton->setEnabled(true);
    m_closeButton->setEnabled(true);
    m_settingsButton->setEnabled(true);
    const MailFailure failure = m_sender ? m_sender->lastFailure() : MailFailure::Other;
    auto recorded = PackageDispatch(m_store).record(*m_mail, m_watcher.result(), failure);
    m_sender.reset();
    QString message;
    if (recorded) {
        m_sent = true;
        message = tr("Sent to %1 (%2) at %3. The server answered: %4")
                      .arg(m_recipient.organisation, m_mail->message.to,
                           QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat),
                           recorded.value().serverReply);
        LabelStyle::setTextOrHide(m_statusLabel, message);
        LabelStyle::setTextOrHide(m_errorLabel, {});
        m_closeButton->setFocus(Qt::OtherFocusReason);
    } else {
        message = recorded.message() + QLatin1Char(' ')
            + tr("The package is still at %1.").arg(QDir::toNativeSeparators(m_path));
        LabelStyle::setTextOrHide(m_statusLabel, {});
        LabelStyle::setTextOrHide(m_errorLabel, message);
    }
    m_sendButton->setEnabled(canSend());
    m_sendButton->setText(m_sent ? tr("Sent") : tr("&Send again"));
    emit finished(bool(recorded), message);
}

void MailSendDialog::reject()
{
    // Closing while sending first stops it; the dialog closes when the send has ended.
    if (isSending()) {
        cancelSending();
        return;
    }
    QDialog::reject();
}

} // namespace inbeeld
