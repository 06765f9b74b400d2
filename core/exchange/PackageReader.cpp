#include "core/exchange/PackageReader.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Sha256.h"
#include "core/domain/Agreement.h"
#include "core/domain/InspectieCounts.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageLedger.h"
#include "core/exchange/PackageRecords.h"
#include "core/exchange/PackageSeal.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/SnapshotWriter.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>

namespace inbeeld {

QString PackageReader::refusalCode(Error::Code code)
{
    switch (code) {
    case Error::Code::NotTrusted:
        return QStringLiteral("unknown-sender");
    case Error::Code::WrongKey:
        return QStringLiteral("not-for-us");
    case Error::Code::Damaged:
    case Error::Code::BadSignature:
        return QStringLiteral("changed");
    case Error::Code::Truncated:
        return QStringLiteral("incomplete");
    case Error::Code::Replayed:
        return QStringLiteral("replayed");
    case Error::Code::OtherAgreement:
        return QStringLiteral("other-agreement");
    case Error::Code::SharingNotAllowed:
        return QStringLiteral("not-allowed");
    case Error::Code::UnknownFormat:
        return QStringLiteral("not-a-package");
    case Error::Code::Io:
        return QStringLiteral("unreadable");
    default:
        return QStringLiteral("other");
    }
}

namespace {

/// " late=1 missing=2,3" for the audit entry, or nothing.
QString chainDetail(const OpenedPackage& opened)
{
    QString detail;
    if (opened.late)
        detail += QStringLiteral(" late=1");
    if (!opened.missingSequences.isEmpty()) {
        QStringList numbers;
        for (const quint64 n : opened.missingSequences)
            numbers.append(QString::number(n));
        detail += QStringLiteral(" missing=") + numbers.join(u',');
    }
    return detail;
}

/// Quarterly packages carry the Inspectie counts (counts.json); they must be the counts of these
/// records. Nothing for a package without them.
Result<std::optional<InspectieCounts>> inspectieCounts(const QList<ZipEntry>& files, const QList<CaseRecord>& records,
                                                       const QString& sender)
{
    const ZipEntry* countsFile = ZipBytes::find(files, QStringLiteral("counts.json"));
    if (!countsFile)
        return std::optional<InspectieCounts>();
    auto counts = InspectieCounts::fromJson(countsFile->data);
    if (!counts)
        return counts.error();
    if (!(InspectieCounts::of(records, counts.value().peildatum) == counts.value())) {
        return makeError(Error::Code::UnknownFormat,
                         PackageReader::tr("The counts in the package do not match its records. Nothing was stored; "
                                           "ask %1 to make the package again.")
                             .arg(sender));
    }
    return std::optional<InspectieCounts>(counts.takeValue());
}

/// Stores the package's records as a new snapshot (the partner's list); snapshot gets its id.
Result<void> storeRecords(QSqlDatabase db, SnapshotInfo& snapshot, QList<CaseRecord>& records)
{
    SnapshotWriter writer(db);
    auto began = writer.begin(snapshot, ColumnMapping());
    if (!began)
        return began.error();
    snapshot.id = began.value();
    for (CaseRecord& r : records) {
        if (auto added = writer.addRecord(std::move(r)); !added)
            return added.error();
    }
    return writer.finish(snapshot);
}

/// "langdurig=3,absoluut=1": records per category, for the audit log.
QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    return parts.join(u',');
}

} // namespace

Result<void> PackageReader::checkChain(const PackageManifest& m, const QStringList& sender, const QString& organisation,
                                       OpenedPackage& opened)
{
    PackageLedger ledger(m_store.database());
    // The hash chain: what we accepted under sequence - 1 must be the package this one follows.
    if (m.sequence > 1) {
        auto previous = ledger.received(sender, m.sequence - 1);
        if (!previous)
            return previous.error();
        if (previous.value() && previous.value()->packageSha256 != m.previousPackageSha256) {
            m_lastRefusal = QStringLiteral("fork");
            return makeError(Error::Code::Replayed,
                             tr("This package from %1 (number %2) does not follow their package number %3 that we "
                                "accepted on %4: the sender's sequence forked, for example after they restored a "
                                "backup. Nothing was stored. Tell %1; they should check their store before sending "
                                "again.")
                                 .arg(organisation)
                                 .arg(m.sequence)
                                 .arg(m.sequence - 1)
                                 .arg(QLocale().toString(previous.value()->at.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    auto received = ledger.receivedSequences(sender);
    if (!received)
        return received.error();
    const QList<quint64>& have = received.value();
    if (have.contains(m.sequence)) {
        auto same = ledger.received(sender, m.sequence);
        const QString at = same && same.value()
            ? QLocale().toString(same.value()->at.toLocalTime(), QLocale::ShortFormat)
            : QString();
        return makeError(Error::Code::Replayed,
                         tr("We already accepted package number %1 from %2 (opened on %3); this is another package "
                            "under the same number. Nothing was stored. Ask %2 for their newest package.")
                             .arg(m.sequence)
                             .arg(organisation, at));
    }
    const quint64 newest = have.isEmpty() ? 0 : have.last();
    opened.late = m.sequence < newest;
    // Numbers below this one that never arrived (for a late package: none are new).
    if (!opened.late) {
        for (quint64 s = 1; s < m.sequence && opened.missingSequences.size() < MaxMissingListed; ++s) {
            if (!have.contains(s))
                opened.missingSequences.append(s);
        }
    }
    return {};
}

PackageReader::PackageReader(Store& store)
    : m_store(store)
{
}

Result<OpenedPackage> PackageReader::open(const QString& path, const QDateTime& now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io,
            tr("The package %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    // Bounded before a byte is read into memory: the size, then the zip's central directory.
    const qint64 maxSize = m_maxPackageSize > 0 ? m_maxPackageSize : AppSettings::maxPackageMiB() * 1024 * 1024;
    if (file.size() > maxSize) {
        const Error tooLarge = makeError(
            Error::Code::UnknownFormat,
            tr("The file %1 is %2 MB, larger than the %3 MB a package may be (setting \"largest package\"). It was "
               "not read and nothing was stored. A quarterly list of a whole region is a few MB.")
                .arg(QFileInfo(path).fileName())
                .arg(file.size() / (1024 * 1024))
                .arg(maxSize / (1024 * 1024)));
        (void)m_store.audit().append(
            QStringLiteral("package.refused"),
            QStringLiteral("reason=%1 size=%2").arg(refusalCode(tooLarge.code)).arg(file.size()));
        return tooLarge;
    }
    if (file.size() > 0 && file.peek(4) == QByteArrayLiteral("PK\x03\x04")) {
        auto layout = ZipBytes::check(&file, PackageSeal::outerLimits(maxSize));
        file.seek(0);
        if (!layout && layout.code() == Error::Code::UnknownFormat) {
            (void)m_store.audit().append(
                QStringLiteral("package.refused"),
                QStringLiteral("reason=%1 size=%2").arg(refusalCode(layout.code())).arg(file.size()));
            return PackageSeal::foreignLayout();
        }
    }
    const QByteArray bytes = file.readAll();
    file.close();
    m_lastRefusal.clear();
    auto opened = check(path, bytes, now);
    if (!opened) {
        if (m_lastRefusal.isEmpty())
            m_lastRefusal = refusalCode(opened.code());
        // Best effort: the refusal is what matters. No personal data: the reason and file hash.
        (void)m_store.audit().append(
            QStringLiteral("package.refused"),
            QStringLiteral("reason=%1 file_sha256=%2")
                .arg(m_lastRefusal,
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
    }
    return opened;
}

Result<OpenedPackage> PackageReader::check(const QString& path, const QByteArray& bytes, const QDateTime& now)
{
    if (bytes.isEmpty()) {
        return makeError(Error::Code::Truncated,
                         tr("The package file is empty: the copy is incomplete. Nothing was "
                            "stored. Ask the sender for the package again."));
    }
    auto envelope = PackageSeal::envelope(bytes);
    if (!envelope)
        return envelope.error();

    // The sender, from the outer signature's key id, among the pinned partners.
    PartnerTrust trust(m_store);
    auto partners = trust.partners();
    if (!partners)
        return partners.error();
    std::optional<Partner> sender;
    for (const Partner& p : std::as_const(partners.value())) {
        if (Minisign::keyIdFor(p.signingKey) == envelope.value().signature.keyId)
            sender = p;
    }
    if (!sender) {
        return makeError(Error::Code::NotTrusted,
                         tr("This package was signed by a key that belongs to none of our partners (key %1). "
                            "Nothing was stored. If it comes from a new partner, add their identity card first and "
                            "compare the fingerprint with them.")
                             .arg(MinisignPublicKey {envelope.value().signature.keyId, {}}.keyIdText()));
    }
    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    const MinisignPublicKey senderKey {Minisign::keyIdFor(sender->signingKey), sender->signingKey};
    auto contents = PackageSeal::open(envelope.value(), senderKey, identity.value().encryptionSecretKey());
    if (!contents)
        return contents.error();
    const PackageManifest& m = contents.value().manifest;

    if (!Fingerprint::matches(m.senderFingerprint, sender->fingerprint)) {
        return makeError(Error::Code::Damaged,
                         tr("The package names another sender than the key that signed it. "
                            "Nothing was stored; tell %1.")
                             .arg(sender->organisation));
    }
    if (!Fingerprint::matches(m.recipientFingerprint, identity.value().fingerprint())) {
        return makeError(Error::Code::WrongKey,
                         tr("This package from %1 was made for %2, not for us. Nothing was stored. Ask %1 to make "
                            "the package for us.")
                             .arg(sender->organisation, m.recipientOrganisation));
    }
    const QString ourAgreement = m_store.organisation().agreementId;
    auto agreement = AgreementCatalog::builtIn(m.agreementId);
    if (m.agreementId != ourAgreement || !agreement) {
        return makeError(Error::Code::OtherAgreement,
                         tr("This package was made under agreement %1, which is not our agreement (%2). Nothing was "
                            "stored.")
                             .arg(m.agreementId, ourAgreement));
    }

    PackageLedger ledger(m_store.database());
    auto before = ledger.received(m.packageId);
    if (!before)
        return before.error();
    if (before.value()) {
        return makeError(Error::Code::Replayed,
                         tr("This package was already opened on %1 (it became partner list %2). Nothing was stored "
                            "again.")
                             .arg(QLocale().toString(before.value()->at.toLocalTime(), QLocale::ShortFormat))
                             .arg(before.value()->snapshotId));
    }
    // The chain spans every fingerprint the partner has had: a key rotation keeps the sequence.
    auto fingerprints = PartnerTrust(m_store).fingerprintsOf(*sender);
    if (!fingerprints)
        return fingerprints.error();
    OpenedPackage opened;
    if (auto chained = checkChain(m, fingerprints.value(), sender->organisation, opened); !chained)
        return chained.error();

    const ZipEntry* recordsFile = ZipBytes::find(contents.value().files, QStringLiteral("records.json"));
    if (!recordsFile) {
        return makeError(Error::Code::UnknownFormat,
                         tr("The package holds no records. Nothing was stored; ask the sender to make it again."));
    }
    auto records = PackageRecords::fromJson(recordsFile->data, agreement.value(), m.fields);
    if (!records)
        return records.error();

    auto counted = inspectieCounts(contents.value().files, records.value(), sender->organisation);
    if (!counted)
        return counted.error();
    const std::optional<InspectieCounts>& inspectie = counted.value();

    opened.manifest = m;
    opened.inspectie = inspectie;
    opened.sender = sender->organisation;
    opened.counts = PackageRecords::countsPerCategory(records.value());
    opened.records = records.value().size();

    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database, tr("The store is busy, so the package was not opened. Try again."));
    // Returning without commit rolls the transaction back.
    const auto fail = [](const Error& e) { return Result<OpenedPackage>(e); };
    SnapshotInfo snapshot;
    snapshot.side = SnapshotSide::Theirs;
    snapshot.origin = QStringLiteral("package");
    snapshot.isCase = m.kind == PackageKind::Case || opened.late;
    snapshot.sourceName = sender->organisation;
    snapshot.peildatum = inspectie ? inspectie->peildatum : m.createdAt.date();
    snapshot.fileName = QFileInfo(path).fileName();
    snapshot.fileHash = Sha256::hash(bytes);
    snapshot.importedAt = now.toUTC();
    snapshot.importedBy = AuditLog::currentActor();
    snapshot.rowsRead = snapshot.accepted = opened.records;
    if (auto stored = storeRecords(db, snapshot, records.value()); !stored)
        return fail(stored.error());
    opened.snapshotId = snapshot.id;
    LedgerEntry entry {LedgerEntry::Direction::Received,
                       sender->fingerprint,
                       m.packageId,
                       m.sequence,
                       snapshot.fileHash,
                       PackageManifest::kindCode(m.kind),
                       m.quarter,
                       opened.records,
                       snapshot.id,
                       now.toUTC(),
                       {},
                       {},
                       m.senderAuditAnchor};
    if (auto added = ledger.add(entry); !added)
        return fail(added.error());
    auto audited = m_store.audit().append(
        QStringLiteral("package.opened"),
        QStringLiteral("package=%1 from=%2 sequence=%3 kind=%4 quarter=%5 records=%6 counts=%7 snapshot=%8%9")
            .arg(m.packageId, Fingerprint::normalised(sender->fingerprint))
            .arg(m.sequence)
            .arg(PackageManifest::kindCode(m.kind), m.quarter)
            .arg(opened.records)
            .arg(countsText(opened.counts))
            .arg(snapshot.id)
            .arg(chainDetail(opened)));
    if (!audited)
        return fail(audited.error());
    if (!transaction.commit())
        return fail(
            makeError(Error::Code::Database, tr("The package could not be stored: %1").arg(transaction.reason())));
    return opened;
}

} // namespace inbeeld
