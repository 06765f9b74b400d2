#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/mail/MailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace inbeeld {

/// One mail with one attachment, sent as is (the attachment byte for byte, base64 in transit).
struct MailMessage
{
    QString to;
    QString subject;
    QString body; // plain text
    QString attachmentName;
    QString attachmentType; // MIME type
    QByteArray attachment;
};

/// What the server said when it took the mail.
struct MailReceipt
{
    QString messageId; // the Message-ID header we gave the mail
    QString serverReply; // the server's answer to the message ("250 2.0.0 Ok: queued as …")
};

/// Why a mail did not leave, each case in the user's words (Error::message) and as a code here.
enum class MailFailure {
    None,
    Unreachable,
    CertificateUntrusted,
    NoStartTls,
    AuthenticationFailed,
    RecipientRefused,
    TooLarge,
    Timeout,
    Cancelled,
    Other,
};

/// SMTP submission through libcurl (no hand-written SMTP): STARTTLS required on 587 or TLS on 465,
/// the server's certificate checked against the system's CAs or the administrator's CA file, AUTH
/// with the user's password, the message built with curl's MIME API. Blocking: run it off the GUI
/// thread; cancel() may be called from any thread.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    SmtpSender(MailSettings settings, SecretBytes password);

    /// Called with bytes sent and the total while sending.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    /// Seconds without progress before giving up (default 60) and for connecting (default 20).
    void setTimeouts(int connectSeconds, int stallSeconds);
    void cancel() { m_cancelled = true; }

    Result<MailReceipt> send(const MailMessage& message);
    /// Connects, secures the connection and logs in, then disconnects: nothing is sent.
    Result<void> test();

    MailFailure lastFailure() const { return m_failure; }
    /// For libcurl's progress callback: reports progress; false once cancelled.
    bool progressTick(qint64 done, qint64 total);

    struct Transfer; // libcurl callbacks' state (SmtpSender.cpp)

private:
    Error failure(int curlCode, const Transfer& transfer);
    QString certificateFingerprint() const;

    MailSettings m_settings;
    SecretBytes m_password;
    std::function<void(qint64, qint64)> m_progress;
    std::atomic<bool> m_cancelled {false};
    int m_connectTimeout = 20;
    int m_stallTimeout = 60;
    MailFailure m_failure = MailFailure::None;
};

} // namespace inbeeld
