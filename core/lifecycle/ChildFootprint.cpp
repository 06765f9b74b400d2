#include "core/lifecycle/ChildFootprint.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

struct Found
{
    qint64 id;
    QString bsn, onr, nameKey, birthDate;
};

Result<QList<Found>> findRecords(QSqlDatabase db, const QString& where, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, bsn, onderwijsnummer, name_key, birth_date FROM records WHERE ") + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         ChildFootprint::tr("The child's records could not be read: %1").arg(q.lastError().text()));
    QList<Found> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    }
    return result;
}

} // namespace

QString ChildFootprint::placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

Result<ChildFootprint> ChildFootprint::of(QSqlDatabase db, const QString& childKey)
{
    ChildFootprint fp;
    fp.keys.insert(childKey);
    Result<QList<Found>> direct = QList<Found>();
    if (childKey.startsWith(u"bsn:")) {
        direct = findRecords(db, QStringLiteral("bsn = ?"), {childKey.mid(4)});
    } else if (childKey.startsWith(u"onr:")) {
        direct = findRecords(db, QStringLiteral("bsn IS NULL AND onderwijsnummer = ?"), {childKey.mid(4)});
    } else if (childKey.startsWith(u"name:")) {
        const QString rest = childKey.mid(5);
        const qsizetype bar = rest.lastIndexOf(u'|');
        if (bar > 0) {
            direct = findRecords(db, QStringLiteral("bsn IS NULL AND name_key = ? AND birth_date = ?"),
                                 {rest.left(bar), rest.mid(bar + 1)});
        }
    }
    if (!direct)
        return direct.error();
    QSet<qint64> ids;
    QSet<QString> pairs;
    QSet<QString> onrs;
    for (const Found& f : std::as_const(direct.value())) {
        ids.insert(f.id);
        if (!f.nameKey.isEmpty() && !f.birthDate.isEmpty())
            pairs.insert(f.nameKey + u'|' + f.birthDate);
        if (!f.onr.isEmpty())
            onrs.insert(f.onr);
    }
    // Where the other side has no number, the same name and birth date is the same child (as the
    // comparison's probable match): it is purged and exported with the child.
    for (const QString& pair : std::as_const(pairs)) {
        const qsizetype bar = pair.lastIndexOf(u'|');
        auto more = findRecords(db, QStringLiteral("bsn IS NULL AND name_key = ? AND birth_date = ?"),
                                {pair.left(bar), pair.mid(bar + 1)});
        if (!more)
            return more.error();
        for (const Found& f : std::as_const(more.value()))
            ids.insert(f.id);
        fp.keys.insert(QStringLiteral("name:") + pair);
    }
    for (const QString& onr : std::as_const(onrs)) {
        auto more = findRecords(db, QStringLiteral("bsn IS NULL AND onderwijsnummer = ?"), {onr});
        if (!more)
            return more.error();
        for (const Found& f : std::as_const(more.value()))
            ids.insert(f.id);
        fp.keys.insert(QStringLiteral("onr:") + onr);
    }
    fp.recordIds = ids.values();
    std::sort(fp.recordIds.begin(), fp.recordIds.end());
    return fp;
}

} // namespace inbeeld
