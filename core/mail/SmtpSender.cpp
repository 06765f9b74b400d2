#include "core/mail/SmtpSender.h"

#include "core/mail/CurlMemory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QUuid>
#include <curl/curl.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace inbeeld {

struct SmtpSender::Transfer
{
    SmtpSender* sender = nullptr;
    QString lastCommand; // "MAIL", "RCPT", "DATA", "AUTH", ...
    QStringList replies; // server lines
    QString lastReply;
    QString failedCommand; // the command of the first reply of 400 or more
    QString failedReply;
    QString dataReply; // the reply after the message body
    bool sentBody = false;
};

namespace {

struct CurlDeleter
{
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter
{
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct MimeDeleter
{
    void operator()(curl_mime* m) const { curl_mime_free(m); }
};

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* t = static_cast<SmtpSender::Transfer*>(user);
    if (type == CURLINFO_HEADER_OUT) {
        // Only a known command word is kept: AUTH's continuation lines (the credentials) are not.
        static const QStringList commands {QStringLiteral("EHLO"), QStringLiteral("HELO"), QStringLiteral("STARTTLS"),
                                           QStringLiteral("AUTH"), QStringLiteral("MAIL"), QStringLiteral("RCPT"),
                                           QStringLiteral("DATA"), QStringLiteral("QUIT"), QStringLiteral("NOOP")};
        const QString word = QString::fromLatin1(QByteArray(data, int(qMin<size_t>(size, 8))))
                                 .section(u' ', 0, 0)
                                 .section(u':', 0, 0)
                                 .trimmed()
                                 .toUpper();
        if (commands.contains(word))
            t->lastCommand = word;
    } else if (type == CURLINFO_HEADER_IN) {
        const QString text = QString::fromUtf8(data, qsizetype(size)).trimmed();
        for (const QString& line : text.split(u'\n')) {
            t->lastReply = line.trimmed();
            t->replies << t->lastReply;
            if (t->failedReply.isEmpty() && t->lastReply.left(3).toInt() >= 400) {
                t->failedReply = t->lastReply;
                t->failedCommand = t->lastCommand;
            }
            if (t->sentBody && t->lastReply.startsWith(u'2'))
                t->dataReply = t->lastReply;
        }
    } else if (type == CURLINFO_DATA_OUT) {
        t->sentBody = true;
    }
    return 0;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t ultotal, curl_off_t ulnow)
{
    auto* t = static_cast<SmtpSender::Transfer*>(user);
    return t->sender->progressTick(qint64(ulnow), qint64(ultotal)) ? 0 : 1;
}

QByteArray encodedHeader(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 32 && c.unicode() < 127;
    return ascii ? text.toLatin1() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

SmtpSender::SmtpSender(MailSettings settings, SecretBytes password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{
    CurlMemory::initialise();
}

void SmtpSender::setTimeouts(int connectSeconds, int stallSeconds)
{
    m_connectTimeout = connectSeconds;
    m_stallTimeout = stallSeconds;
}

bool SmtpSender::progressTick(qint64 done, qint64 total)
{
    if (m_progress && done > 0)
        m_progress(done, total);
    return !m_cancelled;
}

// One connection's common options: TLS required and verified, the CA file, the timeouts.
static void secure(CURL* c, const MailSettings& s, int connectTimeout, int stallTimeout)
{
    const bool implicitTls = s.security == MailSecurity::Tls;
    const QByteArray url = QStringLiteral("%1://%2:%3/inbeeld")
                               .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), s.server)
                               .arg(s.port)
                               .toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!s.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, QFile::encodeName(s.caFile).constData());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(connectTimeout));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(stallTimeout));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
}

Result<MailReceipt> SmtpSender::send(const MailMessage& message)
{
    m_failure = MailFailure::None;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return makeError(Error::Code::Generic, tr("The mail could not be prepared (libcurl)."));
    CURL* c = curl.get();
    Transfer transfer;
    transfer.sender = this;
    secure(c, m_settings, m_connectTimeout, m_stallTimeout);

    const QByteArray user = m_settings.username.toUtf8();
    SecretBytes password = SecretBytes::random(m_password.size() + 1);
    std::copy(m_password.data(), m_password.data() + m_password.size(), password.data());
    password.data()[m_password.size()] = 0;
    curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(c, CURLOPT_PASSWORD, password.chars());

    const QByteArray from = "<" + m_settings.sender.toUtf8() + ">";
    const QByteArray to = "<" + message.to.toUtf8() + ">";
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, SlistDeleter> recipients(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    const QString domain = m_settings.sender.section(u'@', 1);
    MailReceipt receipt;
    receipt.messageId = QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
    const QByteArrayList headerLines {
        "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
                  .toLatin1(),
        "From: " + from,
        "To: " + to,
        "Subject: " + encodedHeader(message.subject),
        "Message-ID: " + receipt.messageId.toLatin1(),
        "MIME-Version: 1.0",
    };
    curl_slist* rawHeaders = nullptr;
    for (const QByteArray& h : headerLines)
        rawHeaders = curl_slist_append(rawHeaders, h.constData());
    std::unique_ptr<curl_slist, SlistDeleter> headers(rawHeaders);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    std::unique_ptr<curl_mime, MimeDeleter> mime(curl_mime_init(c));
    curl_mimepart* text = curl_mime_addpart(mime.get());
    const QByteArray body = message.body.toUtf8();
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    curl_mimepart* file = curl_mime_addpart(mime.get());
    curl_mime_data(file, message.attachment.constData(), size_t(message.attachment.size()));
    curl_mime_filename(file, message.attachmentName.toUtf8().constData());
    curl_mime_type(file, message.attachmentType.toLatin1().constData());
    curl_mime_encoder(file, "base64");
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);

    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &transfer);

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return failure(int(code), transfer);
    receipt.serverReply = transfer.dataReply.isEmpty() ? transfer.lastReply : transfer.dataReply;
    return receipt;
}

Result<void> SmtpSender::test()
{
    m_failure = MailFailure::None;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return makeError(Error::Code::Generic, tr("The mail could not be prepared (libcurl)."));
    CURL* c = curl.get();
    Transfer transfer;
    transfer.sender = this;
    secure(c, m_settings, m_connectTimeout, m_stallTimeout);
    const QByteArray user = m_settings.username.toUtf8();
    SecretBytes password = SecretBytes::random(m_password.size() + 1);
    std::copy(m_password.data(), m_password.data() + m_password.size(), password.data());
    password.data()[m_password.size()] = 0;
    curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(c, CURLOPT_PASSWORD, password.chars());
    // Connecting includes the greeting, STARTTLS (or TLS) and AUTH; then it stops: nothing is sent.
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &transfer);
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return failure(int(code), transfer);
    return {};
}

QString SmtpSender::certificateFingerprint() const
{
    // A second connection without checking, only to read the certificate it presents: no
    // credentials are set on it, so nothing but the greeting and STARTTLS is exchanged.
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {};
    CURL* c = curl.get();
    secure(c, m_settings, m_connectTimeout, m_stallTimeout);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(c, CURLOPT_CERTINFO, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L);
    if (curl_easy_perform(c) != CURLE_OK)
        return {};
    curl_certinfo* info = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_CERTINFO, &info) != CURLE_OK || !info || info->num_of_certs < 1)
        return {};
    for (curl_slist* field = info->certinfo[0]; field; field = field->next) {
        const QByteArray line(field->data);
        if (!line.startsWith("Cert:"))
            continue;
        const QByteArray pem = line.mid(5);
        BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509* cert = bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr;
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const bool ok = cert && X509_digest(cert, EVP_sha256(), digest, &length) == 1;
        X509_free(cert);
        BIO_free(bio);
        if (!ok)
            return {};
        const QByteArray hash = QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex().toUpper();
        QStringList pairs;
        for (int i = 0; i < hash.size(); i += 2)
            pairs << QString::fromLatin1(hash.mid(i, 2));
        return pairs.join(u':');
    }
    return {};
}

Error SmtpSender::failure(int curlCode, const Transfer& transfer)
{
    const QString server = m_settings.server;
    const QString reply = transfer.failedReply.isEmpty() ? transfer.lastReply : transfer.failedReply;
    const auto fail = [this](MailFailure kind, const QString& message) {
        m_failure = kind;
        return makeError(kind == MailFailure::Cancelled ? Error::Code::Cancelled : Error::Code::Io, message);
    };
    switch (CURLcode(curlCode)) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return fail(MailFailure::Unreachable,
                    tr("The mail server %1 (port %2) cannot be reached. Check the server name and port, and the "
                       "network connection. Nothing was sent.")
                        .arg(server)
                        .arg(m_settings.port));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE: {
        const QString fingerprint = certificateFingerprint();
        return fail(MailFailure::CertificateUntrusted,
                    tr("The mail server %1 presented a certificate that is not trusted (SHA-256 fingerprint %2). "
                       "Nothing was sent. Ask your administrator whether this is the right server; if it uses its "
                       "own certificate authority, set its CA file in the mail settings.")
                        .arg(server, fingerprint.isEmpty() ? tr("unknown") : fingerprint));
    }
    case CURLE_USE_SSL_FAILED:
        return fail(MailFailure::NoStartTls,
                    tr("The mail server %1 does not offer STARTTLS, so the connection cannot be secured. InBeeld "
                       "never sends without encryption: nothing was sent. Use the server's secure port (465 with "
                       "security tls) or ask your administrator.")
                        .arg(server));
    case CURLE_LOGIN_DENIED:
        return fail(MailFailure::AuthenticationFailed,
                    tr("The mail server %1 did not accept the user name and password. Nothing was sent.").arg(server));
    case CURLE_OPERATION_TIMEDOUT:
        return fail(MailFailure::Timeout,
                    tr("The mail server %1 stopped answering (timeout). The mail may not have been sent; check "
                       "the sent items before sending again.")
                        .arg(server));
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(MailFailure::Cancelled, tr("Sending was cancelled. The mail was not sent."));
    default:
        break;
    }
    const int status = reply.left(3).toInt();
    if (status == 552 || status == 523 || reply.contains(QStringLiteral("too large"), Qt::CaseInsensitive)
        || reply.contains(QStringLiteral("size"), Qt::CaseInsensitive)) {
        return fail(MailFailure::TooLarge,
                    tr("The mail server %1 refused the package because it is too large for it (%2). The package "
                       "stays on disk; hand it over another way (for example on a USB stick).")
                        .arg(server, reply));
    }
    if (transfer.failedCommand == u"RCPT" && status >= 400) {
        return fail(MailFailure::RecipientRefused,
                    tr("The mail server %1 refused the recipient's address (%2). Check the partner's mail address. "
                       "Nothing was sent.")
                        .arg(server, reply));
    }
    if (status == 535 || transfer.failedCommand == u"AUTH") {
        return fail(MailFailure::AuthenticationFailed,
                    tr("The mail server %1 did not accept the user name and password. Nothing was sent.").arg(server));
    }
    return fail(MailFailure::Other,
                tr("The mail could not be sent through %1: %2 %3")
                    .arg(server, QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))), reply));
}

} // namespace inbeeld
