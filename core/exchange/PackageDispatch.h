#pragma once

#include "core/common/Result.h"
#include "core/exchange/PackageLedger.h"
#include "core/exchange/PartnerTrust.h"
#include "core/mail/SmtpSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace inbeeld {

class Store;

/// How a package left: written to a file, or mailed (with the server's answer and message id).
struct DispatchEntry
{
    QString packageId;
    QString how; // "file" or "mail"
    QDateTime at; // UTC
    QString detail; // file: the path; mail: "to=<address> message-id=<id> reply=<server reply>"
    QString by; // OS account
};

/// A mail ready to go: composed and checked on the store's thread, so that only SmtpSender::send
/// needs to run on another one (a QSqlDatabase connection belongs to the thread that opened it).
struct PreparedMail
{
    QString path;
    LedgerEntry entry;
    Partner recipient;
    MailMessage message;
};

/// One line of the dispatch history shown to the user: what left (or failed to), to whom, when,
/// by which channel and with what result. No personal data.
struct DispatchRecord
{
    QString packageId;
    quint64 sequence = 0;
    QString kind; // "quarterly" or "case"
    QString quarter;
    QString partner; // organisation (the fingerprint when the partner is not known)
    QString partnerFingerprint;
    QString how; // "file" or "mail"
    bool succeeded = true;
    QDateTime at; // UTC
    QString address; // mail: the recipient's address; file: the path
    QString result; // mail: the server's reply or the failure in the user's words
    QString messageId;
    QString by;
};

/// Sends a package we made by mail and records how and when each package left (table
/// package_dispatch, schema 10; read by the breach report). The mail's subject and body are in
/// Dutch for the partner and hold the package number, quarter, sender and the fingerprint to
/// check, and nothing personal: the records are only in the encrypted attachment.
class PackageDispatch
{
    Q_DECLARE_TR_FUNCTIONS(PackageDispatch)

public:
    /// The MIME type and file extensions of exchange packages (docs/package-format.md).
    static constexpr const char* MimeType = "application/x-inbeeld-package";
    static QString extension() { return QStringLiteral("inbeeldpakket"); }

    explicit PackageDispatch(Store& store);

    /// The ledger entry of a package file this store wrote (found by the file's SHA-256).
    Result<LedgerEntry> sentEntryOf(const QByteArray& packageFile) const;
    /// The mail for a package: to the partner's contact address, the file attached as is.
    Result<MailMessage> compose(const QString& path, const QByteArray& packageFile, const LedgerEntry& entry,
                                const Partner& recipient) const;
    /// Reads the package file, composes and sends it, and records the dispatch (audited). The file
    /// is never changed or removed, whatever happens.
    Result<MailReceipt> mail(const QString& path, const Partner& recipient, SmtpSender& sender);
    /// mail() in three steps for a GUI: prepare (store thread), SmtpSender::send (any thread),
    /// record (store thread; a failure is recorded too, then its error is returned as is).
    Result<PreparedMail> prepare(const QString& path, const Partner& recipient) const;
    Result<MailReceipt> record(const PreparedMail& mail, const Result<MailReceipt>& sent, MailFailure failure);

    /// Records that a package was written to a file; the caller owns the transaction.
    Result<void> recordFile(const QString& packageId, const QString& path);
    Result<QList<DispatchEntry>> history(const QString& packageId) const;
    /// Every dispatch and failed mail of every package this store sent, newest first.
    Result<QList<DispatchRecord>> all() const;
    /// The file a package was written to (its first "file" dispatch); empty when not recorded.
    Result<QString> fileOf(const QString& packageId) const;

private:
    Store& m_store;
};

} // namespace inbeeld
