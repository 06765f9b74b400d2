#include "core/sharing/ChildFinder.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace inbeeld {

Result<std::optional<FoundChild>> ChildFinder::byBsn(Store& store, const Bsn& bsn)
{
    QSqlDatabase db = store.database();
    auto all = Snapshots::list(store);
    if (!all)
        return all.error();
    // Newest first; keep the newest of each side and source.
    QList<SnapshotInfo> newest;
    QSet<QString> seen;
    QList<SnapshotInfo> list = all.value();
    std::reverse(list.begin(), list.end());
    for (const SnapshotInfo& s : std::as_const(list)) {
        const QString key = SnapshotSides::code(s.side) + u'|' + s.sourceName
            + (s.isList() ? QStringLiteral("|list") : QStringLiteral("|case"));
        if (!seen.contains(key)) {
            seen.insert(key);
            newest.append(s);
        }
    }
    std::stable_sort(newest.begin(), newest.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) {
        return a.side == SnapshotSide::Ours && b.side != SnapshotSide::Ours;
    });
    QSqlQuery q(db);
    for (const SnapshotInfo& s : std::as_const(newest)) {
        q.prepare(QStringLiteral("SELECT id FROM records WHERE snapshot_id = ? AND bsn = ? ORDER BY id LIMIT 1"));
        q.addBindValue(s.id);
        q.addBindValue(bsn.toString());
        if (!q.exec())
            return makeError(Error::Code::Database,
                             tr("The lists could not be searched: %1").arg(q.lastError().text()));
        if (!q.next())
            continue;
        const qint64 recordId = q.value(0).toLongLong();
        q.finish();
        auto records = Snapshots::records(store, s.id);
        if (!records)
            return records.error();
        for (const CaseRecord& r : records.value()) {
            if (r.id == recordId)
                return std::optional<FoundChild>(FoundChild {r, s});
        }
    }
    return std::optional<FoundChild>();
}

} // namespace inbeeld
