#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {

class Store;

/// One package sent to or opened from a partner (table package_ledger, schema 6). No personal data.
struct LedgerEntry
{
    enum class Direction { Sent, Received };
    Direction direction = Direction::Sent;
    QString partnerFingerprint; // normalised
    QString packageId;
    quint64 sequence = 0;
    QByteArray packageSha256; // of the package file
    QString kind;
    QString quarter;
    qint64 records = 0;
    qint64 snapshotId = 0; // received: the snapshot it became; sent: the list it carried
    QDateTime at; // UTC
    QString childKey; // sent case packages: the child (personal data, purged with the child)
    QString fields; // sent: JSON object category -> field ids
    QString auditAnchor; // sent: our audit anchor then; received: the sender's (AuditAnchor line); may be empty
};

/// The sequence of packages per partner and direction: the next sequence number and previous
/// hash for a new package, and the last accepted one to refuse replays and rollbacks.
class PackageLedger
{
    Q_DECLARE_TR_FUNCTIONS(PackageLedger)

public:
    explicit PackageLedger(QSqlDatabase db);

    /// The newest entry (highest sequence) for a partner and direction, over all the fingerprints
    /// the partner has had (PartnerTrust::fingerprintsOf), so a key rotation keeps the sequence.
    Result<std::optional<LedgerEntry>> last(LedgerEntry::Direction direction, const QStringList& fingerprints) const;
    /// The received entry of a package id, if that package was opened before.
    Result<std::optional<LedgerEntry>> received(const QString& packageId) const;
    /// The sent entry of a package file, by the file's SHA-256.
    Result<std::optional<LedgerEntry>> sentWithHash(const QByteArray& packageSha256) const;
    /// The package received from a partner (under any of its fingerprints) under a sequence number.
    Result<std::optional<LedgerEntry>> received(const QStringList& fingerprints, quint64 sequence) const;
    /// The sequence numbers received from a partner (under any of its fingerprints), in order.
    Result<QList<quint64>> receivedSequences(const QStringList& fingerprints) const;
    /// The received packages that carried the sender's audit anchor, oldest first.
    static Result<QList<LedgerEntry>> receivedAnchors(Store& store);
    /// Inserts an entry; the caller owns the transaction.
    Result<void> add(const LedgerEntry& entry);

private:
    Result<std::optional<LedgerEntry>> one(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace inbeeld
