#include "core/lifecycle/AccessExport.h"

#include "core/domain/Agreement.h"
#include "core/importing/SnapshotDiff.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/ChildFootprint.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/LifecycleDocuments.h"
#include "core/lifecycle/PackageHistory.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/lifecycle/SubjectRights.h"
#include "core/matching/ChildNotes.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

/// The stored fields of a record (the columns of the records table), as a snapshot diff compares them.
const QStringList& recordColumns()
{
    return SnapshotDiff::comparedFields();
}

Error dbError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     AccessExport::tr("The child's data could not be read: %1").arg(q.lastError().text()));
}

QJsonObject explanation(const Agreement& agreement, const QList<EffectiveRetentionRule>& rules,
                        const QStringList& sources, const QString& ourName)
{
    QJsonObject e;
    QJsonArray purposes;
    for (const Purpose& p : agreement.purposes())
        purposes.append(p.description);
    e.insert(QStringLiteral("purposes"), purposes);
    if (const LegalGround* g = agreement.legalGround(agreement.defaultGround()))
        e.insert(QStringLiteral("legal_ground"),
                 QStringLiteral("%1 (%2): %3").arg(g->name, g->article, g->explanation));
    QJsonArray categories;
    for (const AgreementField& f : agreement.fields())
        categories.append(f.name);
    e.insert(QStringLiteral("data_categories"), categories);
    QJsonArray recipients;
    for (const AgreementParty& p : agreement.parties()) {
        if (p.name != ourName)
            recipients.append(p.name);
    }
    e.insert(QStringLiteral("recipients"), recipients);
    QJsonArray retention;
    for (const EffectiveRetentionRule& r : rules) {
        retention.append(QJsonObject {{QStringLiteral("rule"), r.rule.name},
                                      {QStringLiteral("months"), r.rule.months},
                                      {QStringLiteral("reason"), r.rule.reason}});
    }
    e.insert(QStringLiteral("retention"), retention);
    e.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    e.insert(QStringLiteral("rights"),
             QJsonArray::fromStringList(
                 {AccessExport::tr("Access: you may ask which data we hold about the child (this overview)."),
                  AccessExport::tr("Rectification and completion: you may ask us to correct or complete our own "
                                   "record. A partner's record is corrected by that partner."),
                  AccessExport::tr("Erasure: you may ask us to erase the data; while it is needed for our legal task "
                                   "this may be refused, with the reasons."),
                  AccessExport::tr("Restriction: you may ask us to restrict processing while a question is settled."),
                  AccessExport::tr("Objection: you may object to the processing because of your particular "
                                   "situation."),
                  AccessExport::tr("Send a request to our privacy officer; we answer within one month.")}));
    e.insert(QStringLiteral("complaint"),
             AccessExport::tr("You may complain to the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl)."));
    e.insert(QStringLiteral("automated_decisions"),
             AccessExport::tr("No decision is made automatically. The program compares lists; a caseworker decides."));
    return e;
}

/// The child's records in every list, with the list each is in; collects the lists (ours and
/// theirs) and the sources on the way.
Result<QJsonArray> recordsOf(Store& store, const ChildFootprint& footprint, QSet<qint64>& ourLists,
                             QSet<qint64>& theirLists, QStringList& sources)
{
    QJsonArray records;
    QSqlQuery q(store.database());
    for (qint64 id : std::as_const(footprint.recordIds)) {
        q.prepare(QStringLiteral("SELECT s.id, s.side, s.source_name, s.peildatum, s.origin, s.file_name, s.scope, r.")
                  + recordColumns().join(QStringLiteral(", r."))
                  + QStringLiteral(" FROM records r JOIN snapshots s ON s.id = r.snapshot_id WHERE r.id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return dbError(q);
        if (!q.next())
            continue;
        const bool ours = q.value(1).toString() == u"ours";
        const QString source = q.value(2).toString().isEmpty() ? store.organisation().name : q.value(2).toString();
        (ours ? ourLists : theirLists).insert(q.value(0).toLongLong());
        if (!sources.contains(source))
            sources.append(source);
        QJsonObject fields;
        for (int i = 0; i < recordColumns().size(); ++i) {
            if (!q.value(7 + i).isNull() && !q.value(7 + i).toString().isEmpty())
                fields.insert(recordColumns().at(i), q.value(7 + i).toString());
        }
        QJsonObject r {{QStringLiteral("side"), ours ? QStringLiteral("ours") : QStringLiteral("theirs")},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("peildatum"), q.value(3).toString()},
                       {QStringLiteral("list"), q.value(0).toLongLong()},
                       {QStringLiteral("origin"), q.value(4).toString()},
                       {QStringLiteral("file_name"), q.value(5).toString()},
                       {QStringLiteral("fields"), fields}};
        if (!ours)
            r.insert(QStringLiteral("correct_at"),
                     AccessExport::tr("This record is %1's; ask them to correct it.").arg(source));
        records.append(r);
    }
    return records;
}

/// Who viewed the child's records: the audit log names snapshot/record ids, never the child.
Result<QJsonArray> viewsOf(Store& store, const ChildFootprint& footprint)
{
    QSet<QString> refs;
    for (qint64 id : std::as_const(footprint.recordIds))
        refs.insert(QString::number(id));
    QJsonArray views;
    auto entries = store.audit().entries();
    if (!entries)
        return entries.error();
    static const QRegularExpression recordRef(QStringLiteral("\\b\\d+/(\\d+)\\b"));
    for (const AuditEntry& a : std::as_const(entries.value())) {
        if (a.action != u"compare.record_viewed")
            continue;
        for (auto it = recordRef.globalMatch(a.detail); it.hasNext();) {
            if (refs.contains(it.next().captured(1))) {
                views.append(
                    QJsonObject {{QStringLiteral("at"), a.at.toString(Qt::ISODate)}, {QStringLiteral("by"), a.actor}});
                break;
            }
        }
    }
    return views;
}

} // namespace

Result<QJsonObject> AccessExport::build(Store& store, const QString& childKey, const QDateTime& now)
{
    QSqlDatabase db = store.database();
    auto fp = ChildFootprint::of(db, childKey);
    if (!fp)
        return fp.error();
    QJsonObject out;
    out.insert(QStringLiteral("subject"),
               QJsonObject {{QStringLiteral("child_key"), childKey},
                            {QStringLiteral("bsn"), childKey.startsWith(u"bsn:") ? childKey.mid(4) : QString()},
                            {QStringLiteral("organisation"), store.organisation().name},
                            {QStringLiteral("generated_at"), now.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("generated_by"), AuditLog::currentActor()}});

    // Records in every list, with the list they are in.
    QSet<qint64> ourLists;
    QSet<qint64> theirLists;
    QStringList sources;
    auto records = recordsOf(store, fp.value(), ourLists, theirLists, sources);
    if (!records)
        return records.error();
    QSqlQuery q(db);
    out.insert(QStringLiteral("records"), records.value());

    QJsonArray notes;
    QJsonArray decisions;
    QJsonArray rectifications;
    for (const QString& key : std::as_const(fp.value().keys)) {
        auto note = ChildNotes::get(store, key);
        if (note && !note.value().text.isEmpty()) {
            notes.append(QJsonObject {{QStringLiteral("text"), note.value().text},
                                      {QStringLiteral("updated_at"), note.value().updatedAt.toString(Qt::ISODate)},
                                      {QStringLiteral("updated_by"), note.value().updatedBy}});
        }
        auto forChild = DecisionStore(store).forChild(key);
        if (!forChild)
            return forChild.error();
        for (const ShareDecision& d : std::as_const(forChild.value())) {
            decisions.append(QJsonObject {
                {QStringLiteral("id"), d.id},
                {QStringLiteral("recipient"), d.recipient},
                {QStringLiteral("decided_at"), d.decidedAt.toString(Qt::ISODate)},
                {QStringLiteral("decided_by"), d.decidedBy},
                {QStringLiteral("outcome"), ShareDecision::outcomeCode(d.outcome)},
                {QStringLiteral("expires_at"), d.expiresAt.isValid() ? d.expiresAt.toString(Qt::ISODate) : QString()},
                {QStringLiteral("withdrawn_at"),
                 d.withdrawnAt.isValid() ? d.withdrawnAt.toString(Qt::ISODate) : QString()},
                {QStringLiteral("weighing"), d.bodyJson()}});
        }
        auto rect = SubjectRights(store).rectifications(key);
        if (!rect)
            return rect.error();
        for (const Rectification& r : std::as_const(rect.value())) {
            rectifications.append(QJsonObject {{QStringLiteral("field"), r.field},
                                               {QStringLiteral("old"), r.oldValue},
                                               {QStringLiteral("new"), r.newValue},
                                               {QStringLiteral("reason"), r.reason},
                                               {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                                               {QStringLiteral("by"), r.by}});
        }
    }
    if (!q.exec(QStringLiteral("SELECT ours_key, theirs_key, decision, decided_at, decided_by FROM match_decisions")))
        return dbError(q);
    QJsonArray matches;
    while (q.next()) {
        if (fp.value().keys.contains(q.value(0).toString()) || fp.value().keys.contains(q.value(1).toString())) {
            matches.append(QJsonObject {{QStringLiteral("decision"), q.value(2).toString()},
                                        {QStringLiteral("decided_at"), q.value(3).toString()},
                                        {QStringLiteral("decided_by"), q.value(4).toString()}});
        }
    }
    out.insert(QStringLiteral("notes"), notes);
    out.insert(QStringLiteral("decisions"), decisions);
    out.insert(QStringLiteral("match_decisions"), matches);
    out.insert(QStringLiteral("rectifications"), rectifications);

    // Packages: a case package names its child; a quarterly one carried a list the child was on.
    auto packages = PackageHistory::all(store);
    if (!packages)
        return packages.error();
    QJsonArray shared;
    QJsonArray received;
    for (const PackageEvent& e : std::as_const(packages.value())) {
        const bool held = e.sent
            ? (fp.value().keys.contains(e.childKey) || (e.kind == u"quarterly" && ourLists.contains(e.snapshotId)))
            : theirLists.contains(e.snapshotId);
        if (!held)
            continue;
        QJsonObject p {{QStringLiteral("package_id"), e.packageId},
                       {QStringLiteral("kind"), e.kind},
                       {e.sent ? QStringLiteral("recipient") : QStringLiteral("sender"), e.partner},
                       {e.sent ? QStringLiteral("sent_at") : QStringLiteral("received_at"), e.at.toString(Qt::ISODate)},
                       {QStringLiteral("fields"), e.fields}};
        (e.sent ? shared : received).append(p);
    }
    out.insert(QStringLiteral("shared"), shared);
    out.insert(QStringLiteral("received"), received);

    // Who viewed the child's records (the audit log names snapshot/record ids, never the child).
    auto views = viewsOf(store, fp.value());
    if (!views)
        return views.error();
    out.insert(QStringLiteral("views"), views.value());

    auto closure = Closures(store).get(childKey);
    if (!closure)
        return closure.error();
    out.insert(QStringLiteral("closure"),
               closure.value() ? QJsonValue(
                   QJsonObject {{QStringLiteral("reason"), Closures::reasonCode(closure.value()->reason)},
                                {QStringLiteral("closed_on"), closure.value()->closedOn.toString(Qt::ISODate)},
                                {QStringLiteral("note"), closure.value()->note},
                                {QStringLiteral("closed_by"), closure.value()->closedBy}})
                               : QJsonValue());
    auto restriction = ChildFlags(store).get(childKey, ChildFlag::Kind::Restriction);
    if (!restriction)
        return restriction.error();
    out.insert(QStringLiteral("restriction"),
               restriction.value() ? QJsonValue(
                   QJsonObject {{QStringLiteral("since"), restriction.value()->since.toString(Qt::ISODate)},
                                {QStringLiteral("reason"), restriction.value()->reason}})
                                   : QJsonValue());

    auto agreement = AgreementCatalog::builtIn(store.organisation().agreementId);
    if (!agreement)
        return agreement.error();
    auto rules = RetentionRules(store).rules();
    if (!rules)
        return rules.error();
    out.insert(QStringLiteral("explanation"),
               explanation(agreement.value(), rules.value(), sources, store.organisation().name));
    auto audited = store.audit().append(
        QStringLiteral("subject.access_export"),
        QStringLiteral("records=%1 packages=%2").arg(records.value().size()).arg(shared.size() + received.size()));
    if (!audited)
        return audited.error();
    return out;
}

Result<void> AccessExport::write(Store& store, const QString& childKey, Format format, const QString& path)
{
    auto access = build(store, childKey);
    if (!access)
        return access.error();
    if (format == Format::Pdf)
        return LifecycleDocuments::access(access.value()).writePdf(path);
    const QByteArray bytes = QJsonDocument(access.value()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    const auto failed = [&] {
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return {};
}

} // namespace inbeeld
