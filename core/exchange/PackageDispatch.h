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

    /// Records that a package was written to a file; the caller owns the transaction.
    Result<void> recordFile(const QString& packageId, const QString& path);
    Result<QList<DispatchEntry>> history(const QString& packageId) const;

private:
    Store& m_store;
};

} // namespace inbeeld
