#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;

/// Whose list a snapshot is: the organisation's own ("ours") or a partner's ("theirs").
enum class SnapshotSide { Ours, Theirs };

class SnapshotSides
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSides)

public:
    /// For people: "our own list" / "partner's list" (translated).
    static QString displayName(SnapshotSide side)
    {
        return side == SnapshotSide::Ours ? tr("our own list") : tr("partner's list");
    }
    static QString code(SnapshotSide side)
    {
        return side == SnapshotSide::Ours ? QStringLiteral("ours") : QStringLiteral("theirs");
    }
    static std::optional<SnapshotSide> fromCode(const QString& code)
    {
        if (code == u"ours")
            return SnapshotSide::Ours;
        if (code == u"theirs")
            return SnapshotSide::Theirs;
        return std::nullopt;
    }
};

/// One stored list: who delivered it, as of which date, from which file, and what the import
/// made of it. No personal data.
struct SnapshotInfo
{
    qint64 id = 0;
    SnapshotSide side = SnapshotSide::Ours;
    QString origin; // "import" or "package"
    QString sourceName;
    QDate peildatum;
    QString fileName;
    QByteArray fileHash; // SHA-256 of the file's bytes
    QDateTime importedAt; // UTC
    QString importedBy; // OS user
    qint64 rowsRead = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    qint64 duplicates = 0;
    bool isCase = false; // from a case package: one child, not a whole list

    /// A whole list (imported or a quarterly package), not the child of a case package: only
    /// lists are compared, diffed and sent as "the newest list".
    bool isList() const { return !isCase; }
};

/// Reads the snapshots and records in a store (schema 3 and later). Writing happens in the
/// importer (and later the package reader), inside their own transactions.
class Snapshots
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)

public:
    /// All snapshots, oldest first.
    static Result<QList<SnapshotInfo>> list(Store& store);
    static Result<SnapshotInfo> get(Store& store, qint64 id);
    /// The snapshot of the same side and source imported just before this one, if any (for a list
    /// the previous list, for a case package the previous case package).
    static Result<std::optional<SnapshotInfo>> previous(Store& store, const SnapshotInfo& snapshot);
    /// The most recent list (not a case package) of a side and source, if any.
    static Result<std::optional<SnapshotInfo>> latest(Store& store, SnapshotSide side, const QString& sourceName);
    /// Snapshots made from a file with this SHA-256, oldest first.
    static Result<QList<SnapshotInfo>> withFileHash(Store& store, const QByteArray& hash);
    /// The records of a snapshot, in file order.
    static Result<QList<CaseRecord>> records(Store& store, qint64 snapshotId);
};

} // namespace inbeeld
