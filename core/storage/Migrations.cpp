#include "core/storage/Migrations.h"

#include "core/storage/Transaction.h"
#include "core/storage/migrations/MigrationSteps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace inbeeld {

namespace {

// Each entry brings the schema from version (index) to version (index + 1); the steps live in
// core/storage/migrations/, one file each. Never edit a released migration: add a new one.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps = {
        migrations::storeAndAuditLog(), // 1
        migrations::appendOnlyAuditLog(), // 2
        migrations::importedLists(), // 3
        migrations::exchangeIdentity(), // 4
        migrations::sharingDecisions(), // 5
        migrations::comparing(), // 6
        migrations::packages(), // 7
        migrations::casePackages(), // 8
        migrations::dropRecordsCategoryIndex(), // 9
        migrations::lifecycle(), // 10
        migrations::inspectieRegistration(), // 11
        migrations::exchangeFinished(), // 12
        migrations::packageAuditAnchors(), // 13
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
        Transaction transaction(db);
        if (!transaction.isActive())
            return makeError(Error::Code::Database,
                             tr("The store could not be upgraded: %1").arg(transaction.reason()));
        QSqlQuery q(db);
        for (const QString& sql : steps.at(version)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.finish();
                return makeError(Error::Code::Database,
                                 tr("Upgrading the store to schema %1 failed; nothing was changed. Details: %2")
                                     .arg(version + 1)
                                     .arg(why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            const QString why = q.lastError().text();
            q.finish();
            return makeError(Error::Code::Database, tr("The store could not be upgraded: %1").arg(why));
        }
        q.finish();
        if (!transaction.commit())
            return makeError(Error::Code::Database,
                             tr("The store could not be upgraded: %1").arg(transaction.reason()));
    }
    return {};
}

} // namespace inbeeld
