#include "core/reporting/ProcessingRegister.h"

#include "core/reporting/InspectieRegistration.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

// Children on the newest list of each source, per side.
Result<QJsonObject> listFigures(Store& store)
{
    auto all = Snapshots::list(store);
    if (!all)
        return all.error();
    QMap<QString, SnapshotInfo> newest;
    for (const SnapshotInfo& s : all.value())
        if (s.isList())
            newest.insert(SnapshotSides::code(s.side) + u'|' + s.sourceName, s);
    qint64 ours = 0;
    qint64 theirs = 0;
    for (const SnapshotInfo& s : std::as_const(newest))
        (s.side == SnapshotSide::Ours ? ours : theirs) += s.accepted;
    return QJsonObject {{QStringLiteral("children_on_newest_own_lists"), ours},
                        {QStringLiteral("children_on_newest_partner_lists"), theirs},
                        {QStringLiteral("lists_stored"), qint64(all.value().size())}};
}

} // namespace

Result<ProcessingRegister> ProcessingRegister::collect(Store& store, const Agreement& agreement)
{
    ProcessingRegister reg;
    const OrganisationInfo org = store.organisation();
    reg.m_organisation = org.name;
    QJsonArray purposes;
    for (const Purpose& p : agreement.purposes())
        purposes.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("description"), p.description}});
    QJsonArray grounds;
    for (const LegalGround& g : agreement.legalGrounds())
        grounds.append(QJsonObject {{QStringLiteral("id"), g.id},
                                    {QStringLiteral("name"), g.name},
                                    {QStringLiteral("article"), g.article},
                                    {QStringLiteral("default"), g.id == agreement.defaultGround()}});
    QJsonArray subjects;
    for (const AgreementCategory& c : agreement.categories())
        subjects.append(QJsonObject {{QStringLiteral("category"), c.code},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("description"), c.description}});
    QJsonArray categories;
    for (const AgreementField& f : agreement.fields())
        categories.append(QJsonObject {{QStringLiteral("field"), f.id},
                                       {QStringLiteral("name"), f.name},
                                       {QStringLiteral("reason"), f.reason},
                                       {QStringLiteral("categories"), strings(f.categories)}});
    QJsonArray recipients;
    for (const AgreementParty& p : agreement.parties())
        if (p.name != org.name)
            recipients.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}});
    QSqlQuery q(store.database());
    QJsonArray pinned;
    if (q.exec(QStringLiteral("SELECT organisation, role FROM partners ORDER BY organisation")))
        while (q.next())
            pinned.append(QJsonObject {{QStringLiteral("name"), q.value(0).toString()},
                                       {QStringLiteral("role"), q.value(1).toString()}});
    InspectieRegistration registration(store);
    const QJsonObject retention {
        {QStringLiteral("lists"),
         tr("Lists and the records of children: as the agreement's retention rules set them "
            "(closing and purging, see the lifecycle settings).")},
        {QStringLiteral("inspectie_registration_years"), registration.retentionYears()},
        {QStringLiteral("inspectie_registration"),
         tr("Anonymous registration: %n year(s) after the end of the school year.", nullptr,
            registration.retentionYears())},
        {QStringLiteral("audit_log"), tr("The audit log is kept as long as the store: it is the accountability.")}};
    const QJsonArray security {
        tr("The store is one file encrypted with SQLCipher 4 (AES-256); the key comes from the passphrase "
           "through Argon2id and may be remembered in the operating system's keychain."),
        tr("Exchange packages are signed (Ed25519) and encrypted for the recipient only (X25519, "
           "ChaCha20-Poly1305); partners' keys are pinned after comparing fingerprints."),
        tr("Every import, view of a child, decision, export and package is written to a hash-chained audit log."),
        tr("Personal data is shared only under a recorded decision of the four-step check; only the fields the "
           "agreement allows per category leave the store."),
        tr("The program locks itself after a period without use; files it writes with personal data are readable "
           "by their owner only.")};

    auto lists = listFigures(store);
    if (!lists)
        return lists.error();
    QJsonObject figures = lists.value();
    QJsonObject perQuarter;
    if (!q.exec(QStringLiteral("SELECT quarter, direction, kind, COUNT(*), SUM(records) FROM package_ledger "
                               "GROUP BY quarter, direction, kind ORDER BY quarter")))
        return makeError(Error::Code::Database, tr("The figures could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        QJsonObject quarter = perQuarter.value(q.value(0).toString()).toObject();
        quarter.insert(q.value(1).toString() + u'_' + q.value(2).toString(),
                       QJsonObject {{QStringLiteral("packages"), q.value(3).toLongLong()},
                                    {QStringLiteral("records"), q.value(4).toLongLong()}});
        perQuarter.insert(q.value(0).toString(), quarter);
    }
    figures.insert(QStringLiteral("packages_per_quarter"), perQuarter);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM share_decisions WHERE kind = 'individual'")) && q.next())
        figures.insert(QStringLiteral("share_decisions"), q.value(0).toLongLong());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM inspectie_rows")) && q.next())
        figures.insert(QStringLiteral("inspectie_registration_rows"), q.value(0).toLongLong());

    reg.m_json = QJsonObject {
        {QStringLiteral("controller"),
         QJsonObject {{QStringLiteral("name"), org.name},
                      {QStringLiteral("role"), RoleText::code(org.role)},
                      {QStringLiteral("agreement"), agreement.title()}}},
        {QStringLiteral("purposes"), purposes},
        {QStringLiteral("legal_ground"), grounds},
        {QStringLiteral("data_subjects"), subjects},
        {QStringLiteral("data_categories"), categories},
        {QStringLiteral("recipients"),
         QJsonObject {{QStringLiteral("agreement_parties"), recipients}, {QStringLiteral("pinned_partners"), pinned}}},
        {QStringLiteral("retention"), retention},
        {QStringLiteral("security_measures"), security},
        {QStringLiteral("figures"), figures}};
    return reg;
}

QByteArray ProcessingRegister::jsonBytes() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

Document ProcessingRegister::document() const
{
    Document doc(tr("Register of processing activities (GDPR art. 30)"), m_organisation);
    const QJsonObject controller = m_json.value(QStringLiteral("controller")).toObject();
    doc.addKeyValues({{tr("Controller"), controller.value(QStringLiteral("name")).toString()},
                      {tr("Agreement"), controller.value(QStringLiteral("agreement")).toString()}});
    doc.addHeading(tr("Purposes"));
    for (const QJsonValue& p : m_json.value(QStringLiteral("purposes")).toArray())
        doc.addParagraph(QStringLiteral("• ") + p.toObject().value(QStringLiteral("description")).toString());
    doc.addHeading(tr("Legal ground"));
    QList<QStringList> grounds;
    for (const QJsonValue& g : m_json.value(QStringLiteral("legal_ground")).toArray())
        grounds << QStringList {g.toObject().value(QStringLiteral("name")).toString(),
                                g.toObject().value(QStringLiteral("article")).toString()};
    doc.addTable({tr("Ground"), tr("Article")}, grounds);
    doc.addHeading(tr("Categories of data subjects"));
    QList<QStringList> subjects;
    for (const QJsonValue& s : m_json.value(QStringLiteral("data_subjects")).toArray())
        subjects << QStringList {s.toObject().value(QStringLiteral("name")).toString(),
                                 s.toObject().value(QStringLiteral("description")).toString()};
    doc.addTable({tr("Category"), tr("Description")}, subjects);
    doc.addHeading(tr("Categories of personal data"));
    QList<QStringList> data;
    for (const QJsonValue& f : m_json.value(QStringLiteral("data_categories")).toArray())
        data << QStringList {f.toObject().value(QStringLiteral("name")).toString(),
                             f.toObject().value(QStringLiteral("reason")).toString()};
    doc.addTable({tr("Data"), tr("Why")}, data);
    doc.addHeading(tr("Recipients"));
    QStringList recipients;
    for (const QJsonValue& r :
         m_json.value(QStringLiteral("recipients")).toObject().value(QStringLiteral("agreement_parties")).toArray())
        recipients << r.toObject().value(QStringLiteral("name")).toString();
    doc.addParagraph(recipients.join(QStringLiteral(", ")));
    doc.addHeading(tr("Retention"));
    const QJsonObject retention = m_json.value(QStringLiteral("retention")).toObject();
    for (const char* key : {"lists", "inspectie_registration", "audit_log"})
        doc.addParagraph(QStringLiteral("• ") + retention.value(QLatin1String(key)).toString());
    doc.addHeading(tr("Security measures"));
    for (const QJsonValue& s : m_json.value(QStringLiteral("security_measures")).toArray())
        doc.addParagraph(QStringLiteral("• ") + s.toString());
    doc.addHeading(tr("Figures"));
    const QJsonObject figures = m_json.value(QStringLiteral("figures")).toObject();
    doc.addKeyValues({{tr("Children on the newest own lists"),
                       QString::number(figures.value(QStringLiteral("children_on_newest_own_lists")).toInteger())},
                      {tr("Children on the newest partner lists"),
                       QString::number(figures.value(QStringLiteral("children_on_newest_partner_lists")).toInteger())},
                      {tr("Share decisions about a child"),
                       QString::number(figures.value(QStringLiteral("share_decisions")).toInteger())}});
    QList<QStringList> packages;
    const QJsonObject perQuarter = figures.value(QStringLiteral("packages_per_quarter")).toObject();
    for (auto it = perQuarter.constBegin(); it != perQuarter.constEnd(); ++it) {
        const QJsonObject q = it.value().toObject();
        for (auto k = q.constBegin(); k != q.constEnd(); ++k)
            packages << QStringList {
                it.key(), k.key(), QString::number(k.value().toObject().value(QStringLiteral("packages")).toInteger()),
                QString::number(k.value().toObject().value(QStringLiteral("records")).toInteger())};
    }
    if (!packages.isEmpty())
        doc.addTable({tr("Quarter"), tr("Direction and kind"), tr("Packages"), tr("Records")}, packages);
    return doc;
}

} // namespace inbeeld
