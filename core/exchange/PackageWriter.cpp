#include "core/exchange/PackageWriter.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Sha256.h"
#include "core/domain/Agreement.h"
#include "core/domain/Bsn.h"
#include "core/domain/Role.h"
#include "core/exchange/AreaAssignment.h"
#include "core/exchange/AreaSettings.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageDispatch.h"
#include "core/exchange/PackageLedger.h"
#include "core/exchange/PackageRecords.h"
#include "core/exchange/PackageSeal.h"
#include "core/sharing/ChildFinder.h"
#include "core/sharing/DecisionStore.h"
#include "core/sharing/ShareGuard.h"
#include "core/sharing/SpecialCategoryDetector.h"
#include "core/storage/ChildStates.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace inbeeld {

namespace {

PackageFile listed(const QString& name, const QByteArray& data)
{
    return PackageFile {name, data.size(), Sha256::hash(data)};
}

// The field id of one of a record's free texts (absenceReason or involvement).
QString freeTextField(const CaseRecord& record, const QString* text)
{
    return text == &record.absenceReason ? QStringLiteral("absence_reason") : QStringLiteral("involvement");
}

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(u',');
}

QString fieldsJson(const QMap<QString, QStringList>& fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

struct PackageWriter::Prepared
{
    PackagePlan plan;
    QList<CaseRecord> records; // reduced to their category's fields when written
    Agreement agreement;
};

PackageWriter::PackageWriter(Store& store)
    : m_store(store)
{
}

QString PackageWriter::quarterOf(const QDate& date)
{
    return QStringLiteral("%1Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

QString PackageWriter::suggestedFileName(const PackagePlan& plan)
{
    QString name;
    for (const QChar c : plan.request.recipient.organisation.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name.append(c);
        else if ((c.isSpace() || c.isPunct()) && !name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    const QString kind = plan.request.kind == PackageKind::Case ? QStringLiteral("-casus") : QString();
    return plan.quarter + kind + (name.isEmpty() ? QString() : u'-' + name) + QStringLiteral(".inbeeldpakket");
}

Result<PackagePlan> PackageWriter::plan(const PackageRequest& request, const QDateTime& now)
{
    auto prepared = prepare(request, now);
    if (!prepared)
        return prepared.error();
    return prepared.value().plan;
}

Result<PackageSummary> PackageWriter::writeQuarterly(const Partner& recipient, const QString& quarter,
                                                     const QString& path, const QDateTime& now)
{
    return write(PackageRequest {recipient, PackageKind::Quarterly, quarter, {}, {}}, path, now);
}

Result<PackageWriter::Prepared> PackageWriter::prepare(const PackageRequest& request, const QDateTime& now)
{
    const QString agreementId = m_store.organisation().agreementId;
    auto agreement = AgreementCatalog::builtIn(agreementId);
    if (!agreement)
        return agreement.error();
    if (request.recipient.agreementId != agreementId) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 takes part in agreement %2, not in ours (%3): no package can be made for them.")
                             .arg(request.recipient.organisation, request.recipient.agreementId, agreementId));
    }
    auto current = PartnerTrust(m_store).findBySigningKey(request.recipient.signingKey);
    if (!current)
        return current.error();
    if (!current.value()) {
        return makeError(Error::Code::NotTrusted,
                         tr("%1 is no longer a partner (removed, or their keys were replaced). No package can be made "
                            "for them.")
                             .arg(request.recipient.organisation));
    }
    Prepared prepared {PackagePlan {}, {}, agreement.takeValue()};
    prepared.plan.request = request;
    prepared.plan.quarter = request.quarter;
    if (prepared.plan.quarter.isEmpty())
        prepared.plan.quarter = quarterOf(now.toLocalTime().date());
    if (!PackageManifest::isValidQuarter(prepared.plan.quarter)) {
        return makeError(Error::Code::InvalidInput,
                         tr("The quarter '%1' is not of the form 2026Q3.").arg(prepared.plan.quarter));
    }
    return request.kind == PackageKind::Case ? prepareCase(std::move(prepared), now)
                                             : prepareQuarterly(std::move(prepared));
}

Result<PackageWriter::Prepared> PackageWriter::prepareQuarterly(Prepared prepared)
{
    QSqlDatabase db = m_store.database();
    // Our newest own list.
    auto snapshots = Snapshots::list(m_store);
    if (!snapshots)
        return snapshots.error();
    std::optional<SnapshotInfo> ours;
    for (const SnapshotInfo& s : std::as_const(snapshots.value())) {
        if (s.side == SnapshotSide::Ours && s.isList())
            ours = s;
    }
    if (!ours) {
        return makeError(Error::Code::InvalidInput,
                         tr("There is no list of our own to send yet. Import our list first, then make the package."));
    }
    auto records = Snapshots::records(m_store, ours->id);
    if (!records)
        return records.error();
    prepared.records = records.takeValue();
    // The area rule first: the Inspectie counts are of the children this partner is responsible for.
    if (auto area = applyArea(prepared, ours->peildatum.isValid() ? ours->peildatum : ours->importedAt.date()); !area)
        return area.error();
    // The Inspectie counts keep closed and restricted children; the records sent do not.
    const QList<CaseRecord> allRecords = prepared.records;
    auto states = ChildStates::load(db);
    if (!states)
        return states.error();
    const auto leaveOut = [&prepared](const CaseRecord& r, qint64& counter) {
        ++counter;
        if (auto tally = prepared.plan.area.find(r.category); tally != prepared.plan.area.end())
            --tally->sent;
        return true;
    };
    prepared.records.removeIf([&](const CaseRecord& r) {
        if (states.value().isRestricted(r.childKey()))
            return leaveOut(r, prepared.plan.leftOutRestricted);
        if (states.value().isClosed(r.childKey()))
            return leaveOut(r, prepared.plan.leftOutClosed);
        return false;
    });

    // Per category only the agreement's fields, each covered by the standing decision.
    PackagePlan& plan = prepared.plan;
    // No special or criminal-law personal data: such a free text stays home, and the plan says where.
    // A list repeats its reasons ("geen passende plek"): the detector reads each distinct text once.
    QHash<QString, QStringList> wordsOfText;
    const auto triggeringWords = [&wordsOfText](const QString& text) -> const QStringList& {
        auto found = wordsOfText.constFind(text);
        if (found == wordsOfText.constEnd())
            found = wordsOfText.insert(text, SpecialCategoryDetector::triggeringWords(text));
        return *found;
    };
    for (CaseRecord& r : prepared.records) {
        for (QString* text : {&r.absenceReason, &r.involvement}) {
            const QString id = freeTextField(r, text);
            const QStringList words = prepared.agreement.allows(r.category, id) && !text->isEmpty()
                ? triggeringWords(*text)
                : QStringList();
            if (!words.isEmpty()) {
                plan.withheld.append({r.line, id, words});
                text->clear();
            }
        }
    }
    plan.snapshotId = ours->id;
    plan.counts = PackageRecords::countsPerCategory(prepared.records);
    plan.inspectie
        = InspectieCounts::of(allRecords, ours->peildatum.isValid() ? ours->peildatum : ours->importedAt.date());
    const QString agreementId = prepared.agreement.id();
    for (auto it = plan.counts.cbegin(); it != plan.counts.cend(); ++it) {
        QStringList ids;
        for (const AgreementField& f : prepared.agreement.fieldsFor(it.key()))
            ids.append(f.id);
        auto decision = ShareGuard::requireQuarterly(m_store, agreementId, it.key(), ids);
        if (!decision)
            return decision.error();
        plan.fields.insert(it.key(), ids);
        const bool known = std::any_of(plan.decisions.cbegin(), plan.decisions.cend(),
                                       [&](const ShareDecision& d) { return d.id == decision.value().id; });
        if (!known)
            plan.decisions.append(decision.value());
    }
    return prepared;
}

Result<void> PackageWriter::applyArea(Prepared& prepared, const QDate& peildatum)
{
    const Partner& recipient = prepared.plan.request.recipient;
    const AgreementParty* party = prepared.agreement.partyFor(recipient.organisation, RoleText::code(recipient.role));
    if (!party) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 cannot be matched to one of the parties of the agreement, so it is not known which "
                            "children it is responsible for. The name on their identity card should be the party's "
                            "name in the agreement.")
                             .arg(recipient.organisation));
    }
    PackagePlan& plan = prepared.plan;
    if (prepared.agreement.area().isEmpty())
        return {};
    auto werkgebied = AreaSettings(m_store).load(prepared.agreement);
    if (!werkgebied)
        return werkgebied.error();
    const AreaAssignment assignment(prepared.agreement, werkgebied.takeValue(), peildatum);
    plan.areaRule = prepared.agreement.area().rule();
    QList<CaseRecord> kept;
    for (CaseRecord& r : prepared.records) {
        const AreaVerdict v = assignment.verdict(r, *party);
        AreaTally& tally = plan.area[r.category];
        if (v.outcome == AreaVerdict::Outcome::Unassignable) {
            const bool assigned = plan.request.assigned.contains(r.childKey());
            plan.unassigned.append({r.line, r.childKey(), r.displayName(), r.category, v.reason, assigned});
            if (!assigned) {
                ++tally.staysHome[tr("not assignable: %1").arg(v.reason)];
                continue;
            }
        } else if (v.outcome == AreaVerdict::Outcome::StaysHome) {
            ++tally.staysHome[v.reason];
            continue;
        }
        ++tally.sent;
        kept.append(std::move(r));
    }
    prepared.records = std::move(kept);
    return {};
}

Result<PackageWriter::Prepared> PackageWriter::prepareCase(Prepared prepared, const QDateTime& now)
{
    QSqlDatabase db = m_store.database();
    const Partner& recipient = prepared.plan.request.recipient;
    const AgreementParty* party = prepared.agreement.partyFor(recipient.organisation, RoleText::code(recipient.role));
    if (!party) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 cannot be matched to one of the parties of the agreement, so no decision can cover "
                            "sharing with them. The name on their identity card should be the party's name in the "
                            "agreement.")
                             .arg(recipient.organisation));
    }
    auto bsn = Bsn::parse(prepared.plan.request.child);
    if (!bsn)
        return bsn.error();
    auto found = ChildFinder::byBsn(m_store, bsn.value());
    if (!found)
        return found.error();
    if (!found.value() || found.value()->snapshot.side != SnapshotSide::Ours) {
        return makeError(Error::Code::InvalidInput,
                         tr("The child with BSN %1 is not on our own newest list, so there is nothing of ours to "
                            "send about this child.")
                             .arg(bsn.value().toString()));
    }
    CaseRecord record = found.value()->record;
    const ChildRef child {record.childKey(), record.id, found.value()->snapshot.id};

    // The newest decision in force for this child and party names the fields; the guard then checks it
    // covers them (and explains what is missing when there is none).
    QStringList fields = prepared.agreement.minimumFields(record.category);
    auto decisions = DecisionStore(m_store).forChild(child.childKey);
    if (!decisions)
        return decisions.error();
    for (const ShareDecision& d : std::as_const(decisions.value())) {
        if (d.recipient == party->id && d.isInForce(now)) {
            fields = d.fields();
            break;
        }
    }
    auto decision = ShareGuard::require(m_store, child, party->id, fields, now);
    if (!decision)
        return decision.error();
    for (const QString& field : std::as_const(fields)) {
        if (!prepared.agreement.allows(record.category, field)) {
            return makeError(Error::Code::SharingNotAllowed,
                             tr("Decision %1 names the field '%2', which the agreement does not allow for this "
                                "child's category. Nothing was written; walk the four-step check again.")
                                 .arg(decision.value().id)
                                 .arg(field));
        }
    }
    // Free texts go out in the wording the weighing settled on. Without one, the list's text goes
    // out, so it is checked again: the newest list may say more than the list the decision saw.
    const QMap<QString, QString>& texts = decision.value().answers.texts;
    for (QString* text : {&record.absenceReason, &record.involvement}) {
        const QString id = freeTextField(record, text);
        if (texts.contains(id))
            *text = texts.value(id);
        const QStringList words = fields.contains(id) ? SpecialCategoryDetector::triggeringWords(*text) : QStringList();
        if (!words.isEmpty()) {
            return makeError(Error::Code::SharingNotAllowed,
                             tr("The text of the field '%1' now reads as special or criminal-law personal data (%2). "
                                "Nothing was written; walk the four-step check again and put it in general terms.")
                                 .arg(id, words.join(QStringLiteral(", "))));
        }
    }

    PackagePlan& plan = prepared.plan;
    plan.snapshotId = child.snapshotId;
    plan.counts.insert(record.category, 1);
    plan.fields.insert(record.category, fields);
    plan.decisions.append(decision.value());
    prepared.records = {record};
    return prepared;
}

Result<PackageSummary> PackageWriter::write(const PackageRequest& request, const QString& path, const QDateTime& now)
{
    auto prepared = prepare(request, now);
    if (!prepared)
        return prepared.error();
    const PackagePlan& plan = prepared.value().plan;
    const Partner& recipient = request.recipient;
    QSqlDatabase db = m_store.database();
    PackageSummary summary;
    summary.counts = plan.counts;
    summary.withheld = plan.withheld;
    QJsonArray decisions;
    for (const ShareDecision& d : plan.decisions) {
        summary.decisionIds.append(d.id);
        QJsonObject o = d.bodyJson();
        o.insert(QStringLiteral("id"), d.id);
        o.insert(QStringLiteral("kind"), ShareDecision::kindCode(d.kind));
        decisions.append(o);
    }

    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    PackageLedger ledger(db);
    auto fingerprints = PartnerTrust(m_store).fingerprintsOf(recipient);
    if (!fingerprints)
        return fingerprints.error();
    auto previous = ledger.last(LedgerEntry::Direction::Sent, fingerprints.value());
    if (!previous)
        return previous.error();

    PackageManifest& m = summary.manifest;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.senderFingerprint = identity.value().fingerprint();
    m.recipientFingerprint = recipient.fingerprint;
    m.senderOrganisation = m_store.organisation().name;
    m.recipientOrganisation = recipient.organisation;
    m.agreementId = prepared.value().agreement.id();
    m.kind = request.kind;
    m.quarter = plan.quarter;
    m.createdAt = now.toUTC();
    m.createdAt.setTime(QTime(m.createdAt.time().hour(), m.createdAt.time().minute(), m.createdAt.time().second()));
    m.sequence = previous.value() ? previous.value()->sequence + 1 : 1;
    const Result<AuditAnchor> anchor = m_store.audit().anchor();
    if (!anchor)
        return anchor.error();
    m.senderAuditAnchor = anchor.value().toLine();
    m.previousPackageSha256 = previous.value() ? previous.value()->packageSha256 : QByteArray();
    m.fields = plan.fields;
    const QByteArray recordsJson = PackageRecords::toJson(prepared.value().records, plan.fields);
    const QByteArray decisionsJson = QJsonDocument(decisions).toJson(QJsonDocument::Compact);
    QList<ZipEntry> entries {{QStringLiteral("records.json"), recordsJson},
                             {QStringLiteral("decisions.json"), decisionsJson}};
    if (request.kind == PackageKind::Quarterly)
        entries.append({QStringLiteral("counts.json"), plan.inspectie.toJson()});
    for (const ZipEntry& e : std::as_const(entries))
        m.files.append(listed(e.name, e.data));
    entries.prepend({PackageSeal::ManifestName, m.toJson()});
    auto inner = ZipBytes::write(entries, true);
    if (!inner)
        return inner.error();
    auto sealed = PackageSeal::seal(inner.value(), m.trustedComment(), identity.value(),
                                    {recipient.encryptionKey, identity.value().encryptionPublicKey()});
    if (!sealed)
        return sealed.error();
    summary.packageSha256 = Sha256::hash(sealed.value());
    summary.path = path;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(sealed.value()) != sealed.value().size() || !out.commit()) {
        return makeError(
            Error::Code::Io,
            tr("The package could not be written to %1: %2. Nothing was sent.").arg(path, out.errorString()));
    }
    // Read it back from the medium and open it as the sender, so a half-written copy never
    // looks like a success.
    const auto unusable = [&](const QString& why) {
        QFile::remove(path);
        return makeError(Error::Code::Io,
                         tr("The package written to %1 could not be read back correctly (%2). The "
                            "file was removed; write the package again, to another place if this "
                            "repeats.")
                             .arg(path, why));
    };
    QFile back(path);
    if (!back.open(QIODevice::ReadOnly))
        return unusable(back.errorString());
    const QByteArray written = back.readAll();
    back.close();
    if (Sha256::hash(written) != summary.packageSha256)
        return unusable(tr("the file on disk differs from what was written"));
    auto envelope = PackageSeal::envelope(written);
    auto reopened = envelope
        ? PackageSeal::open(envelope.value(), identity.value().minisignKey(), identity.value().encryptionSecretKey())
        : Result<PackageContents>(envelope.error());
    if (!reopened)
        return unusable(reopened.message());
    if (!(reopened.value().manifest == m))
        return unusable(tr("the manifest read back differs"));

    Transaction transaction(db);
    if (!transaction.isActive()) {
        QFile::remove(path);
        return makeError(Error::Code::Database, tr("The store is busy; the package was not made. Try again."));
    }
    qint64 total = 0;
    for (qint64 n : std::as_const(summary.counts))
        total += n;
    LedgerEntry entry {LedgerEntry::Direction::Sent,
                       recipient.fingerprint,
                       m.packageId,
                       m.sequence,
                       summary.packageSha256,
                       PackageManifest::kindCode(m.kind),
                       m.quarter,
                       total,
                       plan.snapshotId,
                       m.createdAt,
                       m.kind == PackageKind::Case && !prepared.value().records.isEmpty()
                           ? prepared.value().records.first().childKey()
                           : QString(),
                       fieldsJson(plan.fields),
                       m.senderAuditAnchor};
    auto added = ledger.add(entry);
    if (added)
        added = PackageDispatch(m_store).recordFile(m.packageId, path);
    auto audited = added
        ? m_store.audit().append(QStringLiteral("package.sent"),
                                 QStringLiteral("package=%1 to=%2 sequence=%3 kind=%4 quarter=%5 records=%6 counts=%7 "
                                                "snapshot=%8 decisions=%9 withheld_texts=%10")
                                     .arg(m.packageId, Fingerprint::normalised(recipient.fingerprint))
                                     .arg(m.sequence)
                                     .arg(PackageManifest::kindCode(m.kind), m.quarter)
                                     .arg(total)
                                     .arg(countsText(summary.counts))
                                     .arg(plan.snapshotId)
                                     .arg(summary.decisionIds.size())
                                     .arg(plan.withheld.size()))
        : Result<void>(added.error());
    if (!audited || !transaction.commit()) {
        transaction.rollback();
        QFile::remove(path);
        return makeError(Error::Code::Database,
                         tr("The package was not recorded in the store, so the file was removed. Try again."));
    }
    return summary;
}

} // namespace inbeeld
