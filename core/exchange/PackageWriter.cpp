#include "exchange/PackageWriter.h"

#include "audit/AuditLog.h"
#include "crypto/Sha256.h"
#include "domain/Agreement.h"
#include "exchange/Fingerprint.h"
#include "exchange/Identity.h"
#include "exchange/PackageLedger.h"
#include "exchange/PackageRecords.h"
#include "exchange/PackageSeal.h"
#include "sharing/ShareGuard.h"
#include "storage/Snapshots.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace inbeeld {

namespace {

PackageFile listed(const QString& name, const QByteArray& data)
{
    return PackageFile {name, data.size(), Sha256::hash(data)};
}

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(u',');
}

} // namespace

PackageWriter::PackageWriter(Store& store)
    : m_store(store)
{
}

QString PackageWriter::quarterOf(const QDate& date)
{
    return QStringLiteral("%1Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

Result<PackageSummary> PackageWriter::writeQuarterly(const Partner& recipient, const QString& quarter,
                                                     const QString& path, const QDateTime& now)
{
    QSqlDatabase db = m_store.database();
    const QString agreementId = m_store.organisation().agreementId;
    auto agreement = AgreementCatalog::builtIn(agreementId);
    if (!agreement)
        return agreement.error();
    if (recipient.agreementId != agreementId) {
        return makeError(Error::Code::InvalidInput,
                         tr("%1 takes part in agreement %2, not in ours (%3): no package can be made for them.")
                             .arg(recipient.organisation, recipient.agreementId, agreementId));
    }
    if (!PackageManifest::isValidQuarter(quarter))
        return makeError(Error::Code::InvalidInput, tr("The quarter '%1' is not of the form 2026Q3.").arg(quarter));

    // Our newest own list.
    auto snapshots = Snapshots::list(db);
    if (!snapshots)
        return snapshots.error();
    std::optional<SnapshotInfo> ours;
    for (const SnapshotInfo& s : std::as_const(snapshots.value())) {
        if (s.side == SnapshotSide::Ours)
            ours = s;
    }
    if (!ours) {
        return makeError(Error::Code::InvalidInput,
                         tr("There is no list of our own to send yet. Import our list first, then make the package."));
    }
    auto records = Snapshots::records(db, ours->id);
    if (!records)
        return records.error();

    // Per category only the agreement's fields, each covered by the standing decision.
    PackageSummary summary;
    summary.counts = PackageRecords::countsPerCategory(records.value());
    QMap<QString, QStringList> fields;
    QJsonArray decisions;
    for (auto it = summary.counts.cbegin(); it != summary.counts.cend(); ++it) {
        QStringList ids;
        for (const AgreementField& f : agreement.value().fieldsFor(it.key()))
            ids.append(f.id);
        auto decision = ShareGuard::requireQuarterly(db, agreementId, it.key(), ids);
        if (!decision)
            return decision.error();
        fields.insert(it.key(), ids);
        if (!summary.decisionIds.contains(decision.value().id)) {
            summary.decisionIds.append(decision.value().id);
            QJsonObject d = decision.value().bodyJson();
            d.insert(QStringLiteral("id"), decision.value().id);
            d.insert(QStringLiteral("kind"), ShareDecision::kindCode(decision.value().kind));
            decisions.append(d);
        }
    }

    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    PackageLedger ledger(db);
    auto previous = ledger.last(LedgerEntry::Direction::Sent, recipient.fingerprint);
    if (!previous)
        return previous.error();

    PackageManifest& m = summary.manifest;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.senderFingerprint = identity.value().fingerprint();
    m.recipientFingerprint = recipient.fingerprint;
    m.senderOrganisation = m_store.organisation().name;
    m.recipientOrganisation = recipient.organisation;
    m.agreementId = agreementId;
    m.kind = PackageKind::Quarterly;
    m.quarter = quarter;
    m.createdAt = now.toUTC();
    m.createdAt.setTime(QTime(m.createdAt.time().hour(), m.createdAt.time().minute(), m.createdAt.time().second()));
    m.sequence = previous.value() ? previous.value()->sequence + 1 : 1;
    m.previousPackageSha256 = previous.value() ? previous.value()->packageSha256 : QByteArray();
    m.fields = fields;
    const QByteArray recordsJson = PackageRecords::toJson(records.value(), fields);
    const QByteArray decisionsJson = QJsonDocument(decisions).toJson(QJsonDocument::Compact);
    m.files = {listed(QStringLiteral("records.json"), recordsJson),
               listed(QStringLiteral("decisions.json"), decisionsJson)};

    auto inner = ZipBytes::write({{PackageSeal::ManifestName, m.toJson()},
                                  {QStringLiteral("records.json"), recordsJson},
                                  {QStringLiteral("decisions.json"), decisionsJson}},
                                 true);
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

    if (!db.transaction()) {
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
                       0,
                       m.createdAt};
    auto added = ledger.add(entry);
    auto audited = added
        ? m_store.audit().append(QStringLiteral("package.sent"),
                                 QStringLiteral("package=%1 to=%2 sequence=%3 kind=%4 quarter=%5 records=%6 counts=%7 "
                                                "snapshot=%8 decisions=%9")
                                     .arg(m.packageId, Fingerprint::normalised(recipient.fingerprint))
                                     .arg(m.sequence)
                                     .arg(PackageManifest::kindCode(m.kind), m.quarter)
                                     .arg(total)
                                     .arg(countsText(summary.counts))
                                     .arg(ours->id)
                                     .arg(summary.decisionIds.size()))
        : Result<void>(added.error());
    if (!audited || !db.commit()) {
        db.rollback();
        QFile::remove(path);
        return makeError(Error::Code::Database,
                         tr("The package was not recorded in the store, so the file was removed. Try again."));
    }
    return summary;
}

} // namespace inbeeld
