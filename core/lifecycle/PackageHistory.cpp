#include "core/lifecycle/PackageHistory.h"

#include "core/exchange/Fingerprint.h"
#include "core/storage/Store.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

Result<QList<PackageEvent>> PackageHistory::all(Store& store)
{
    QSqlQuery q(store.database());
    QHash<QString, QString> names;
    if (!q.exec(QStringLiteral("SELECT fingerprint, organisation FROM partners ORDER BY id")))
        return makeError(Error::Code::Database, tr("The partners could not be read: %1").arg(q.lastError().text()));
    while (q.next())
        names.insert(Fingerprint::normalised(q.value(0).toString()), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT direction, package_id, kind, partner_fingerprint, at, records, snapshot_id, "
                               "child_key, fields, package_sha256 FROM package_ledger ORDER BY at, id")))
        return makeError(Error::Code::Database,
                         tr("The package history could not be read: %1").arg(q.lastError().text()));
    QList<PackageEvent> result;
    while (q.next()) {
        PackageEvent e;
        e.sent = q.value(0).toString() == u"sent";
        e.packageId = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.partnerFingerprint = q.value(3).toString();
        e.partner = names.value(Fingerprint::normalised(e.partnerFingerprint), e.partnerFingerprint);
        e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        e.records = q.value(5).toLongLong();
        e.snapshotId = q.value(6).toLongLong();
        e.childKey = q.value(7).toString();
        e.fields = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.sha256 = q.value(9).toByteArray();
        result.append(e);
    }
    return result;
}

} // namespace inbeeld
