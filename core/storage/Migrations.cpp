#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace inbeeld {

namespace {

// Each entry brings the schema from version (index) to version (index + 1). Never edit a
// released migration: add a new one.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps = {
        // 1: store identity and organisation, the audit log.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " prev_hash BLOB NOT NULL,"
                           " hash BLOB NOT NULL)"),
        },
        // 2: the audit log becomes append-only at the SQL level; failed unlocks get their own
        // record of the time the program learned of them.
        {
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action)"),
        },
    };
    return steps;
}

} // namespace

int Migrations::latestVersion()
{
    return int(migrationSteps().size());
}

int Migrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> Migrations::migrate(QSqlDatabase db, int targetVersion)
{
    const int current = currentVersion(db);
    if (current < 0)
        return makeError(Error::Code::Database, tr("The store's schema version could not be read."));
    if (current > latestVersion()) {
        return makeError(Error::Code::StoreTooNew,
                         tr("This store was made by a newer version of InBeeld (schema %1; this program knows up to "
                            "%2). Install the newer version to open it. The store has not been changed.")
                             .arg(current)
                             .arg(latestVersion()));
    }
    const auto& steps = migrationSteps();
    for (int version = current; version < targetVersion && version < latestVersion(); ++version) {
        if (!db.transaction())
            return makeError(Error::Code::Database,
                             tr("The store could not be upgraded: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString& sql : steps.at(version)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.finish();
                db.rollback();
                return makeError(Error::Code::Database,
                                 tr("Upgrading the store to schema %1 failed; nothing was changed. Details: %2")
                                     .arg(version + 1)
                                     .arg(why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(Error::Code::Database, tr("The store could not be upgraded: %1").arg(why));
        }
        q.finish();
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return makeError(Error::Code::Database, tr("The store could not be upgraded: %1").arg(why));
        }
    }
    return {};
}

} // namespace inbeeld
