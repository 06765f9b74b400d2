#include "core/lifecycle/BreachReport.h"

#include "core/domain/Agreement.h"
#include "core/lifecycle/PackageHistory.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

struct Child
{
    QString key;
    QString name;
    QString category;
};

// The children a package held: a case package's child, or the records of the list it carried.
Result<QList<Child>> childrenOf(QSqlDatabase db, const PackageEvent& e)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString where;
    QVariantList values;
    if (!e.childKey.isEmpty() && e.childKey.startsWith(u"bsn:")) {
        where = QStringLiteral("r.bsn = ? AND s.side = 'ours' ORDER BY r.id DESC LIMIT 1");
        values = {e.childKey.mid(4)};
    } else if (e.snapshotId > 0) {
        where = QStringLiteral("r.snapshot_id = ? ORDER BY r.id");
        values = {e.snapshotId};
    } else {
        return QList<Child>();
    }
    q.prepare(QStringLiteral("SELECT r.bsn, r.onderwijsnummer, r.first_names, r.prefix, r.surname, r.category FROM "
                             "records r JOIN snapshots s ON s.id = r.snapshot_id WHERE ")
              + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Code::Database,
                         BreachReport::tr("The packages' children could not be read: %1").arg(q.lastError().text()));
    QList<Child> result;
    while (q.next()) {
        const QString key = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
        QStringList name;
        for (int i = 2; i <= 4; ++i) {
            if (!q.value(i).toString().isEmpty())
                name.append(q.value(i).toString());
        }
        result.append({key, name.join(u' '), q.value(5).toString()});
    }
    return result;
}

} // namespace

Result<QJsonObject> BreachReport::build(Store& store, const QDate& from, const QDate& to, const QString& partner)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(Error::Code::InvalidInput, tr("Give a period: a start date on or before the end date."));
    auto events = PackageHistory::all(store);
    if (!events)
        return events.error();
    QJsonArray shared;
    QJsonArray received;
    QSet<QString> children;
    QSet<QString> categories;
    QSet<QString> fieldIds;
    qint64 recordsSent = 0;
    qint64 recordsReceived = 0;
    QSet<QString> partners;
    for (const PackageEvent& e : std::as_const(events.value())) {
        const QDate day = e.at.toLocalTime().date();
        if (day < from || day > to)
            continue;
        if (!partner.isEmpty() && e.partner.compare(partner, Qt::CaseInsensitive) != 0)
            continue;
        auto held = childrenOf(store.database(), e);
        if (!held)
            return held.error();
        QJsonObject counts;
        QJsonArray who;
        for (const Child& c : std::as_const(held.value())) {
            counts.insert(c.category, counts.value(c.category).toInt() + 1);
            who.append(QJsonObject {{QStringLiteral("id"), c.key},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("category"), c.category}});
            children.insert(c.key);
            categories.insert(c.category);
        }
        for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it) {
            for (const QJsonValue& f : it.value().toArray())
                fieldIds.insert(f.toString());
        }
        partners.insert(e.partner);
        QJsonObject p {{QStringLiteral("package_id"), e.packageId},
                       {QStringLiteral("kind"), e.kind},
                       {e.sent ? QStringLiteral("recipient") : QStringLiteral("sender"), e.partner},
                       {e.sent ? QStringLiteral("sent_at") : QStringLiteral("received_at"), e.at.toString(Qt::ISODate)},
                       {QStringLiteral("records"), e.records},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("fields"), e.fields},
                       {QStringLiteral("file_sha256"), QString::fromLatin1(e.sha256.toHex())},
                       {QStringLiteral("channel"), PackageHistory::channel()},
                       {QStringLiteral("children"), who}};
        (e.sent ? shared : received).append(p);
        (e.sent ? recordsSent : recordsReceived) += e.records;
    }
    auto agreement = AgreementCatalog::builtIn(store.organisation().agreementId);
    QStringList fieldNames;
    for (const QString& id : std::as_const(fieldIds)) {
        const AgreementField* f = agreement ? agreement.value().field(id) : nullptr;
        fieldNames.append(f ? f->name : id);
    }
    fieldNames.sort();
    QJsonObject out;
    out.insert(QStringLiteral("organisation"), store.organisation().name);
    out.insert(QStringLiteral("period"),
               QJsonObject {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), to.toString(Qt::ISODate)}});
    out.insert(QStringLiteral("partner"), partner.isEmpty() ? QJsonValue() : QJsonValue(partner));
    out.insert(QStringLiteral("shared"), shared);
    out.insert(QStringLiteral("received"), received);
    out.insert(QStringLiteral("totals"),
               QJsonObject {{QStringLiteral("packages_sent"), shared.size()},
                            {QStringLiteral("packages_received"), received.size()},
                            {QStringLiteral("records_sent"), recordsSent},
                            {QStringLiteral("records_received"), recordsReceived},
                            {QStringLiteral("children"), children.size()}});
    QStringList categoryList(categories.cbegin(), categories.cend());
    categoryList.sort();
    out.insert(
        QStringLiteral("ap_notification"),
        QJsonObject {
            {QStringLiteral("nature"),
             tr("Exchange packages (encrypted, signed files) with personal data of children of compulsory school age "
                "who are not in school, sent to or received from %1.")
                 .arg(QStringList(partners.cbegin(), partners.cend()).join(QStringLiteral(", ")))},
            {QStringLiteral("data_subject_categories"),
             tr("Minors of compulsory school age (thuiszitters): %1.").arg(categoryList.join(QStringLiteral(", ")))},
            {QStringLiteral("approximate_data_subjects"), children.size()},
            {QStringLiteral("approximate_records"), recordsSent + recordsReceived},
            {QStringLiteral("data_categories"), QJsonArray::fromStringList(fieldNames)},
            {QStringLiteral("likely_consequences"),
             tr("Children and their families could become known as not attending school; free texts may describe "
                "their situation. Risk of stigma and loss of trust; the packages are encrypted, so the risk depends "
                "on whether the key was exposed.")},
            {QStringLiteral("measures_taken"), QJsonValue()},
            {QStringLiteral("measures_proposed"), QJsonValue()},
            {QStringLiteral("contact"), QJsonValue()},
            {QStringLiteral("discovered_at"), QJsonValue()},
            {QStringLiteral("open_fields_note"),
             tr("The program cannot know how the breach happened, when it was discovered, which measures were taken "
                "and who the contact is: fill in those fields.")}});
    auto audited = store.audit().append(QStringLiteral("breach.report"),
                                        QStringLiteral("from=%1 to=%2 sent=%3 received=%4 children=%5")
                                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                            .arg(shared.size())
                                            .arg(received.size())
                                            .arg(children.size()));
    if (!audited)
        return audited.error();
    return out;
}

} // namespace inbeeld
