#pragma once

#include "core/audit/AuditAnchor.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace inbeeld {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor; // OS user name
    QString action; // stable code, e.g. "store.created", "store.unlock_failed"
    QString detail; // short free text without personal data
    QByteArray prevHash;
    QByteArray hash;
};

/// Append-only audit log inside the store. Each entry carries BLAKE2b-256 over the previous
/// entry's hash and its own content, so an edited, inserted or removed entry breaks the chain.
/// SQL triggers refuse UPDATE and DELETE; verify() detects what bypasses them.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db);

    /// Appends inside the caller's transaction if one is open.
    Result<void> append(const QString& action, const QString& detail, const QDateTime& at = {});
    Result<QList<AuditEntry>> entries(int limit = -1) const;
    qint64 count() const;

    /// Recomputes the chain; the error names the first broken entry.
    Result<void> verify() const;

    /// The log's present state, to keep outside the store (AuditAnchor).
    Result<AuditAnchor> anchor() const;
    /// verify(), and that the log still holds the anchor's head at the anchor's position: fails when
    /// the log was cut back or rewritten since the anchor was taken.
    Result<void> verifyAnchor(const AuditAnchor& anchor) const;

    static QByteArray entryHash(const QByteArray& prevHash, qint64 id, const QDateTime& at, const QString& actor,
                                const QString& action, const QString& detail);
    /// The OS account name of whoever runs the program.
    static QString currentActor();
    /// A short translated description of an action code for display ("Store unlocked"); the code
    /// itself when it is unknown.
    static QString describe(const QString& action);

private:
    QSqlDatabase m_db;
};

} // namespace inbeeld
