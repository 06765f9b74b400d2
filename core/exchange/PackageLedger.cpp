#include "core/exchange/PackageLedger.h"

#include "core/exchange/Fingerprint.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

namespace {

QString directionCode(LedgerEntry::Direction d)
{
    return d == LedgerEntry::Direction::Sent ? QStringLiteral("sent") : QStringLiteral("received");
}

} // namespace

PackageLedger::PackageLedger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<LedgerEntry>> PackageLedger::last(LedgerEntry::Direction direction,
                                                       const QString& fingerprint) const
{
    return one(QStringLiteral("direction = ? AND partner_fingerprint = ? ORDER BY sequence DESC"),
               {directionCode(direction), Fingerprint::normalised(fingerprint)});
}

Result<std::optional<LedgerEntry>> PackageLedger::received(const QString& packageId) const
{
    return one(QStringLiteral("direction = 'received' AND package_id = ? ORDER BY id"), {packageId});
}

Result<std::optional<LedgerEntry>> PackageLedger::received(const QString& fingerprint, quint64 sequence) const
{
    return one(QStringLiteral("direction = 'received' AND partner_fingerprint = ? AND sequence = ? ORDER BY id"),
               {Fingerprint::normalised(fingerprint), qint64(sequence)});
}

Result<QList<quint64>> PackageLedger::receivedSequences(const QString& fingerprint) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sequence FROM package_ledger WHERE direction = 'received' AND "
                             "partner_fingerprint = ? ORDER BY sequence"));
    q.addBindValue(Fingerprint::normalised(fingerprint));
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package ledger could not be read: %1").arg(q.lastError().text()));
    QList<quint64> sequences;
    while (q.next())
        sequences.append(q.value(0).toULongLong());
    return sequences;
}

Result<std::optional<LedgerEntry>> PackageLedger::one(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT direction, partner_fingerprint, package_id, sequence, package_sha256, kind, "
                             "quarter, records, snapshot_id, at FROM package_ledger WHERE ")
              + where + QStringLiteral(" LIMIT 1"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package history could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<LedgerEntry>();
    LedgerEntry e;
    e.direction = q.value(0).toString() == u"sent" ? LedgerEntry::Direction::Sent : LedgerEntry::Direction::Received;
    e.partnerFingerprint = q.value(1).toString();
    e.packageId = q.value(2).toString();
    e.sequence = q.value(3).toULongLong();
    e.packageSha256 = q.value(4).toByteArray();
    e.kind = q.value(5).toString();
    e.quarter = q.value(6).toString();
    e.records = q.value(7).toLongLong();
    e.snapshotId = q.value(8).toLongLong();
    e.at = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return std::optional<LedgerEntry>(e);
}

Result<void> PackageLedger::add(const LedgerEntry& e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO package_ledger (direction, partner_fingerprint, package_id, sequence, "
                             "package_sha256, kind, quarter, records, snapshot_id, at, child_key, fields) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(directionCode(e.direction));
    q.addBindValue(Fingerprint::normalised(e.partnerFingerprint));
    q.addBindValue(e.packageId);
    q.addBindValue(qint64(e.sequence));
    q.addBindValue(e.packageSha256);
    q.addBindValue(e.kind);
    q.addBindValue(e.quarter);
    q.addBindValue(e.records);
    q.addBindValue(e.snapshotId ? QVariant(e.snapshotId) : QVariant());
    q.addBindValue(e.at.toUTC().toString(Qt::ISODate));
    q.addBindValue(e.childKey.isEmpty() ? QVariant() : QVariant(e.childKey));
    q.addBindValue(e.fields.isEmpty() ? QVariant() : QVariant(e.fields));
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package history could not be stored: %1").arg(q.lastError().text()));
    return {};
}

} // namespace inbeeld
