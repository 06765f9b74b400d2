#include "core/exchange/PackageDispatch.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Sha256.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return makeError(
        Error::Code::Database,
        PackageDispatch::tr("The package history could not be read or stored: %1").arg(q.lastError().text()));
}

Result<void> insert(QSqlDatabase db, const QString& packageId, const QString& how, const QString& detail)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO package_dispatch (package_id, how, at, detail, by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(packageId);
    q.addBindValue(how);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(detail);
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return databaseError(q);
    return {};
}

} // namespace

PackageDispatch::PackageDispatch(Store& store)
    : m_store(store)
{
}

Result<LedgerEntry> PackageDispatch::sentEntryOf(const QByteArray& packageFile) const
{
    auto entry = PackageLedger(m_store.database()).sentWithHash(Sha256::hash(packageFile));
    if (!entry)
        return entry.error();
    if (!entry.value()) {
        return makeError(Error::Code::InvalidInput,
                         tr("This file is not a package made with this store (or it was changed since). Only packages "
                            "this store wrote can be sent from it."));
    }
    return *entry.value();
}

Result<MailMessage> PackageDispatch::compose(const QString& path, const QByteArray& packageFile,
                                             const LedgerEntry& entry, const Partner& recipient) const
{
    if (!PartnerTrust::isMailAddress(recipient.contactMail)) {
        return makeError(Error::Code::InvalidInput,
                         tr("There is no mail address for %1 yet. Add it to the partner's details first.")
                             .arg(recipient.organisation));
    }
    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    const QString sender = m_store.organisation().name;
    const bool quarterly = entry.kind != u"case";
    // The partner reads this mail in Dutch whatever language our screen is in, so the text is not
    // translated. It names the package, never a child.
    MailMessage m;
    m.to = recipient.contactMail;
    m.subject = quarterly
        ? QStringLiteral("InBeeld-pakket %1 (%2) van %3").arg(entry.sequence).arg(entry.quarter, sender)
        : QStringLiteral("InBeeld-casuspakket %1 van %2").arg(entry.sequence).arg(sender);
    m.body
        = QStringLiteral(
              "Beste collega's van %1,\n\n"
              "In de bijlage staat %2 nummer %3 (%4) van %5.\n"
              "Het bestand is versleuteld en ondertekend; open het in InBeeld met Bestand > Pakket openen.\n\n"
              "InBeeld controleert de afzender zelf. Wie twijfelt, vergelijkt de vingerafdruk van onze "
              "identiteitskaart met wat u bij het toevoegen van ons als partner hebt vastgelegd:\n"
              "%6\n\n"
              "Pakket-id: %7\n"
              "Bestand: %8 (%9 bytes, SHA-256 %10)\n\n"
              "Deze e-mail bevat geen persoonsgegevens: die staan alleen versleuteld in de bijlage.\n\n"
              "Met vriendelijke groet,\n%5\n")
              .arg(recipient.organisation,
                   quarterly ? QStringLiteral("het kwartaalpakket") : QStringLiteral("het casuspakket"))
              .arg(entry.sequence)
              .arg(entry.quarter, sender, identity.value().fingerprint(), entry.packageId, QFileInfo(path).fileName())
              .arg(packageFile.size())
              .arg(QString::fromLatin1(entry.packageSha256.toHex()));
    m.attachmentName = QFileInfo(path).fileName();
    m.attachmentType = QString::fromLatin1(MimeType);
    m.attachment = packageFile;
    return m;
}

Result<PreparedMail> PackageDispatch::prepare(const QString& path, const Partner& recipient) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("The package %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    auto entry = sentEntryOf(bytes);
    if (!entry)
        return entry.error();
    if (!Fingerprint::matches(entry.value().partnerFingerprint, recipient.fingerprint)) {
        auto earlier = PartnerTrust(m_store).fingerprintsOf(recipient);
        bool ours = false;
        for (const QString& f : earlier ? earlier.value() : QStringList())
            ours = ours || Fingerprint::matches(entry.value().partnerFingerprint, f);
        if (!ours) {
            return makeError(Error::Code::InvalidInput,
                             tr("This package was made for another partner, not for %1; they could not open it.")
                                 .arg(recipient.organisation));
        }
    }
    auto message = compose(path, bytes, entry.value(), recipient);
    if (!message)
        return message.error();
    return PreparedMail {path, entry.value(), recipient, message.takeValue()};
}

Result<MailReceipt> PackageDispatch::record(const PreparedMail& mail, const Result<MailReceipt>& sent,
                                            MailFailure failure)
{
    const QString packageId = mail.entry.packageId;
    const QString partner = Fingerprint::normalised(mail.recipient.fingerprint);
    if (!sent) {
        // A failed attempt is kept for the history (what the user saw), then the error goes back as is.
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO mail_failures (package_id, at, to_address, failure, message, by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(packageId);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(mail.message.to);
        q.addBindValue(int(failure));
        q.addBindValue(sent.error().message);
        q.addBindValue(AuditLog::currentActor());
        (void)q.exec();
        (void)m_store.audit().append(
            QStringLiteral("package.mail_failed"),
            QStringLiteral("package=%1 to=%2 failure=%3").arg(packageId, partner).arg(int(failure)));
        return sent.error();
    }
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    const MailReceipt& receipt = sent.value();
    const QString detail
        = QStringLiteral("to=%1 message-id=%2 reply=%3").arg(mail.message.to, receipt.messageId, receipt.serverReply);
    if (auto added = insert(m_store.database(), packageId, QStringLiteral("mail"), detail); !added)
        return added.error();
    auto audited = m_store.audit().append(
        QStringLiteral("package.mailed"),
        QStringLiteral("package=%1 to=%2 message-id=%3").arg(packageId, partner, receipt.messageId));
    if (!audited)
        return audited.error();
    if (auto committed = t.commit(); !committed)
        return committed.error();
    return receipt;
}

Result<MailReceipt> PackageDispatch::mail(const QString& path, const Partner& recipient, SmtpSender& sender)
{
    auto prepared = prepare(path, recipient);
    if (!prepared)
        return prepared.error();
    const Result<MailReceipt> sent = sender.send(prepared.value().message);
    return record(prepared.value(), sent, sender.lastFailure());
}

Result<void> PackageDispatch::recordFile(const QString& packageId, const QString& path)
{
    return insert(m_store.database(), packageId, QStringLiteral("file"), QFileInfo(path).absoluteFilePath());
}

Result<QList<DispatchEntry>> PackageDispatch::history(const QString& packageId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT package_id, how, at, detail, by FROM package_dispatch WHERE package_id = ? "
                             "ORDER BY id"));
    q.addBindValue(packageId);
    if (!q.exec())
        return databaseError(q);
    QList<DispatchEntry> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(),
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
                     q.value(4).toString()});
    }
    return list;
}

Result<QList<DispatchRecord>> PackageDispatch::all() const
{
    QSqlQuery q(m_store.database());
    QHash<QString, QString> names;
    if (!q.exec(QStringLiteral("SELECT fingerprint, organisation FROM partners ORDER BY id")))
        return databaseError(q);
    while (q.next())
        names.insert(Fingerprint::normalised(q.value(0).toString()), q.value(1).toString());
    // Successful dispatches and failed mails, each with its package's ledger entry.
    if (!q.exec(QStringLiteral(
            "SELECT d.package_id, d.how, 1, d.at, d.detail, d.by, l.sequence, l.kind, l.quarter, "
            "l.partner_fingerprint FROM package_dispatch d JOIN package_ledger l ON l.package_id = d.package_id "
            "AND l.direction = 'sent' "
            "UNION ALL SELECT f.package_id, 'mail', 0, f.at, f.to_address || char(10) || f.message, f.by, "
            "l.sequence, l.kind, l.quarter, l.partner_fingerprint FROM mail_failures f JOIN package_ledger l ON "
            "l.package_id = f.package_id AND l.direction = 'sent' ORDER BY 4 DESC")))
        return databaseError(q);
    QList<DispatchRecord> list;
    while (q.next()) {
        DispatchRecord r;
        r.packageId = q.value(0).toString();
        r.how = q.value(1).toString();
        r.succeeded = q.value(2).toInt() == 1;
        r.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        const QString detail = q.value(4).toString();
        r.by = q.value(5).toString();
        r.sequence = q.value(6).toULongLong();
        r.kind = q.value(7).toString();
        r.quarter = q.value(8).toString();
        const QString fingerprint = q.value(9).toString();
        r.partner = names.value(Fingerprint::normalised(fingerprint), fingerprint);
        r.partnerFingerprint = fingerprint;
        if (!r.succeeded) {
            r.address = detail.section(u'\n', 0, 0);
            r.result = detail.section(u'\n', 1);
        } else if (r.how == u"mail") {
            // "to=<address> message-id=<id> reply=<server reply>"
            static const QRegularExpression parts(QStringLiteral("^to=(\\S*) message-id=(\\S*) reply=(.*)$"));
            const auto m = parts.match(detail);
            r.address = m.captured(1);
            r.messageId = m.captured(2);
            r.result = m.captured(3);
        } else {
            r.address = detail;
        }
        list.append(r);
    }
    return list;
}

Result<QString> PackageDispatch::fileOf(const QString& packageId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT detail FROM package_dispatch WHERE package_id = ? AND how = 'file' ORDER BY id "
                             "LIMIT 1"));
    q.addBindValue(packageId);
    if (!q.exec())
        return databaseError(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace inbeeld
