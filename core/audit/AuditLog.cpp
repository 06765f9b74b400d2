#include "core/audit/AuditLog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
#include <sodium.h>

namespace inbeeld {

namespace {
constexpr int HashSize = 32;

void addField(crypto_generichash_state& state, const QByteArray& bytes)
{
    // Length-prefixed so that field boundaries cannot be shifted.
    unsigned char len[8];
    qToBigEndian(quint64(bytes.size()), len);
    crypto_generichash_update(&state, len, sizeof len);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              std::size_t(bytes.size()));
}

QString formatTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditLog::currentActor()
{
#ifdef Q_OS_UNIX
    // The account, not an environment variable that any caller can set.
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::describe(const QString& action)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("store.created"), QT_TR_NOOP("Store created")},
        {QStringLiteral("store.unlocked"), QT_TR_NOOP("Store unlocked")},
        {QStringLiteral("store.unlock_failed"), QT_TR_NOOP("Unlock failed (wrong passphrase)")},
        {QStringLiteral("store.migrated"), QT_TR_NOOP("Store upgraded to a new schema")},
        {QStringLiteral("store.passphrase_changed"), QT_TR_NOOP("Passphrase changed")},
        {QStringLiteral("store.backup"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("store.restored"), QT_TR_NOOP("Store restored from a backup")},
        {QStringLiteral("demo.created"), QT_TR_NOOP("Demo organisation created")},
        {QStringLiteral("import.completed"), QT_TR_NOOP("List imported")},
        {QStringLiteral("import.cancelled"), QT_TR_NOOP("Import cancelled")},
        {QStringLiteral("import.failed"), QT_TR_NOOP("Import failed; nothing was stored")},
        {QStringLiteral("identity.created"), QT_TR_NOOP("Organisation keys created")},
        {QStringLiteral("identity.rotated"), QT_TR_NOOP("Organisation keys replaced")},
        {QStringLiteral("identity.card_exported"), QT_TR_NOOP("Identity card exported")},
        {QStringLiteral("identity.secret_exported"), QT_TR_NOOP("Secret decryption key exported to a file")},
        {QStringLiteral("partner.pinned"), QT_TR_NOOP("Partner added (keys pinned)")},
        {QStringLiteral("partner.keys_rotated"), QT_TR_NOOP("Partner keys replaced (signed by the pinned key)")},
        {QStringLiteral("partner.key_change_refused"), QT_TR_NOOP("Partner card with changed keys refused")},
        {QStringLiteral("decision.recorded"), QT_TR_NOOP("Decision to share a child's data recorded")},
        {QStringLiteral("decision.alternative_chosen"), QT_TR_NOOP("Less intrusive way chosen; nothing shared")},
        {QStringLiteral("decision.standing_recorded"),
         QT_TR_NOOP("Standing decision for the quarterly exchange recorded")},
        {QStringLiteral("decision.withdrawn"), QT_TR_NOOP("Decision withdrawn")},
        {QStringLiteral("package.sent"), QT_TR_NOOP("Exchange package written for a partner")},
        {QStringLiteral("package.opened"), QT_TR_NOOP("Exchange package opened; partner's list stored")},
        {QStringLiteral("package.refused"), QT_TR_NOOP("Exchange package refused; nothing was stored")},
        {QStringLiteral("import.rejected_exported"), QT_TR_NOOP("Rejected rows of a list exported to a file")},
        {QStringLiteral("compare.run"), QT_TR_NOOP("Lists compared")},
        {QStringLiteral("compare.match_confirmed"), QT_TR_NOOP("Probable match confirmed")},
        {QStringLiteral("compare.match_rejected"), QT_TR_NOOP("Probable match rejected")},
        {QStringLiteral("compare.decision_withdrawn"), QT_TR_NOOP("Decision on a probable match withdrawn")},
        {QStringLiteral("compare.note_saved"), QT_TR_NOOP("Note about a child saved")},
        {QStringLiteral("compare.record_viewed"), QT_TR_NOOP("Child's record viewed")},
    };
    const auto it = texts.constFind(action);
    return it == texts.constEnd() ? action : tr(it.value());
}

QByteArray AuditLog::entryHash(const QByteArray& prevHash, qint64 id, const QDateTime& at, const QString& actor,
                               const QString& action, const QString& detail)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, HashSize);
    addField(state, QByteArrayLiteral("inbeeld-audit-v1"));
    addField(state, prevHash);
    addField(state, QByteArray::number(id));
    addField(state, formatTime(at).toUtf8());
    addField(state, actor.toUtf8());
    addField(state, action.toUtf8());
    addField(state, detail.toUtf8());
    QByteArray out(HashSize, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), HashSize);
    return out;
}

Result<void> AuditLog::append(const QString& action, const QString& detail, const QDateTime& at)
{
    const QDateTime when = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return makeError(Error::Code::Database, tr("The audit log could not be read: %1").arg(q.lastError().text()));
    qint64 id = 1;
    QByteArray prev(HashSize, '\0');
    if (q.next()) {
        id = q.value(0).toLongLong() + 1;
        prev = q.value(1).toByteArray();
    }
    q.finish();
    const QString actor = currentActor();
    const QByteArray hash = entryHash(prev, id, when, actor, action, detail);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(formatTime(when));
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(detail);
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The audit log could not be written: %1").arg(q.lastError().text()));
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY id");
    if (limit >= 0)
        sql = QStringLiteral("SELECT * FROM (SELECT id, at, actor, action, detail, prev_hash, hash FROM audit_log "
                             "ORDER BY id DESC LIMIT %1) ORDER BY id")
                  .arg(limit);
    if (!q.exec(sql))
        return makeError(Error::Code::Database, tr("The audit log could not be read: %1").arg(q.lastError().text()));
    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.prevHash = q.value(5).toByteArray();
        e.hash = q.value(6).toByteArray();
        list.append(e);
    }
    return list;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result<void> AuditLog::verify() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, detail, prev_hash, hash FROM audit_log ORDER BY id")))
        return makeError(Error::Code::Database, tr("The audit log could not be read: %1").arg(q.lastError().text()));
    QByteArray expectedPrev(HashSize, '\0');
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const QByteArray prev = q.value(5).toByteArray();
        const QByteArray hash = q.value(6).toByteArray();
        if (id != expectedId) {
            return makeError(Error::Code::AuditChainBroken,
                             tr("The audit log is not intact: entry %1 is missing.").arg(expectedId));
        }
        const QByteArray computed
            = entryHash(prev, id, at, q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        if (prev != expectedPrev || computed != hash) {
            return makeError(Error::Code::AuditChainBroken,
                             tr("The audit log is not intact: entry %1 was changed after it was written.").arg(id));
        }
        expectedPrev = hash;
        ++expectedId;
    }
    return {};
}

Result<AuditAnchor> AuditLog::anchor() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return makeError(Error::Code::Database, tr("The audit log could not be read: %1").arg(q.lastError().text()));
    AuditAnchor anchor;
    anchor.head = QByteArray(HashSize, '\0');
    if (q.next()) {
        anchor.entries = q.value(0).toLongLong();
        anchor.head = q.value(1).toByteArray();
    }
    return anchor;
}

Result<void> AuditLog::verifyAnchor(const AuditAnchor& anchor) const
{
    if (const Result<void> chain = verify(); !chain)
        return chain;
    const Result<AuditAnchor> now = this->anchor();
    if (!now)
        return now.error();
    if (anchor.entries > now.value().entries) {
        return makeError(Error::Code::AuditChainBroken,
                         tr("The audit log is not intact: the anchor names %1 entries, but the log now holds only "
                            "%2. Entries were removed from its end.")
                             .arg(anchor.entries)
                             .arg(now.value().entries));
    }
    QByteArray head(HashSize, '\0');
    if (anchor.entries > 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
        q.addBindValue(anchor.entries);
        if (!q.exec())
            return makeError(Error::Code::Database,
                             tr("The audit log could not be read: %1").arg(q.lastError().text()));
        head = q.next() ? q.value(0).toByteArray() : QByteArray();
    }
    if (head != anchor.head) {
        return makeError(Error::Code::AuditChainBroken,
                         tr("The audit log is not intact: entry %1 is not the one the anchor names. The log was "
                            "rewritten after the anchor was taken.")
                             .arg(anchor.entries));
    }
    return {};
}

} // namespace inbeeld
