#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace inbeeld {

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
};

/// The sequence of packages per partner and direction: the next sequence number and previous
/// hash for a new package, and the last accepted one to refuse replays and rollbacks.
class PackageLedger
{
    Q_DECLARE_TR_FUNCTIONS(PackageLedger)

public:
    explicit PackageLedger(QSqlDatabase db);

    /// The newest entry (highest sequence) for a partner and direction.
    Result<std::optional<LedgerEntry>> last(LedgerEntry::Direction direction, const QString& fingerprint) const;
    /// The received entry of a package id, if that package was opened before.
    Result<std::optional<LedgerEntry>> received(const QString& packageId) const;
    /// The package received from a partner under a sequence number, if any.
    Result<std::optional<LedgerEntry>> received(const QString& fingerprint, quint64 sequence) const;
    /// The sequence numbers received from a partner, in order.
    Result<QList<quint64>> receivedSequences(const QString& fingerprint) const;
    /// Inserts an entry; the caller owns the transaction.
    Result<void> add(const LedgerEntry& entry);

private:
    Result<std::optional<LedgerEntry>> one(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace inbeeld
