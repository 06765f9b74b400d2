#include "core/exchange/PackageLedger.h"

#include "core/exchange/Fingerprint.h"
#include "core/storage/Store.h"

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
                                                       const QStringList& fingerprints) const
{
    QVariantList values {directionCode(direction)};
    QStringList marks;
    for (const QString& f : fingerprints) {
        values << Fingerprint::normalised(f);
        marks << QStringLiteral("?");
    }
    if (marks.isEmpty())
        return std::optional<LedgerEntry>();
    return one(
        QStringLiteral("direction = ? AND partner_fingerprint IN (%1) ORDER BY sequence DESC").arg(marks.join(u',')),
        values);
}

Result<std::optional<LedgerEntry>> PackageLedger::received(const QString& packageId) const
{
    return one(QStringLiteral("direction = 'received' AND package_id = ? ORDER BY id"), {packageId});
}

Result<std::optional<LedgerEntry>> PackageLedger::sentWithHash(const QByteArray& packageSha256) const
{
    return one(QStringLiteral("direction = 'sent' AND package_sha256 = ? ORDER BY id DESC"), {packageSha256});
}

namespace {

// "?, ?, ?" for the fingerprints, and the normalised fingerprints to bind.
QString fingerprintMarks(const QStringList& fingerprints, QVariantList& values)
{
    QStringList marks;
    for (const QString& f : fingerprints) {
        values << Fingerprint::normalised(f);
        marks << QStringLiteral("?");
    }
    return marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u',');
}

} // namespace

Result<std::optional<LedgerEntry>> PackageLedger::received(const QStringList& fingerprints, quint64 sequence) const
{
    QVariantList values;
    const QString marks = fingerprintMarks(fingerprints, values);
    values << qint64(sequence);
    return one(QStringLiteral("direction = 'received' AND partner_fingerprint IN (%1) AND sequence = ? ORDER BY id")
                   .arg(marks),
               values);
}

Result<QList<quint64>> PackageLedger::receivedSequences(const QStringList& fingerprints) const
{
    QVariantList values;
    const QString marks = fingerprintMarks(fingerprints, values);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT sequence FROM package_ledger WHERE direction = 'received' AND "
                             "partner_fingerprint IN (%1) ORDER BY sequence")
                  .arg(marks));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package ledger could not be read: %1").arg(q.lastError().text()));
    QList<quint64> sequences;
    while (q.next())
        sequences.append(q.value(0).toULongLong());
    return sequences;
}

namespace {
const QString EntryColumns = QStringLiteral("direction, partner_fingerprint, package_id, sequence, package_sha256, "
                                            "kind, quarter, records, snapshot_id, at, audit_anchor");

LedgerEntry entryFrom(const QSqlQuery& q)
{
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
    e.auditAnchor = q.value(10).toString();
    return e;
}
} // namespace

Result<std::optional<LedgerEntry>> PackageLedger::one(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + EntryColumns + QStringLiteral(" FROM package_ledger WHERE ") + where
              + QStringLiteral(" LIMIT 1"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package history could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(entryFrom(q));
}

Result<QList<LedgerEntry>> PackageLedger::receivedAnchors(Store& store)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + EntryColumns
                + QStringLiteral(" FROM package_ledger WHERE direction = 'received' AND audit_anchor IS NOT NULL "
                                 "ORDER BY at, id")))
        return makeError(Error::Code::Database,
                         tr("The package history could not be read: %1").arg(q.lastError().text()));
    QList<LedgerEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<void> PackageLedger::add(const LedgerEntry& e)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO package_ledger (direction, partner_fingerprint, package_id, sequence, "
                       "package_sha256, kind, quarter, records, snapshot_id, at, child_key, fields, audit_anchor) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    q.addBindValue(e.auditAnchor.isEmpty() ? QVariant() : QVariant(e.auditAnchor));
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The package history could not be stored: %1").arg(q.lastError().text()));
    return {};
}

} // namespace inbeeld
