#pragma once

#include "core/common/Result.h"
#include "core/domain/InspectieCounts.h"
#include "core/exchange/PackageManifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;

/// A package that was accepted and stored (no personal data).
struct OpenedPackage
{
    PackageManifest manifest;
    QString sender; // the pinned partner's organisation
    QMap<QString, qint64> counts; // records per category
    qint64 records = 0;
    qint64 snapshotId = 0; // the new "theirs" snapshot
    std::optional<InspectieCounts> inspectie; // quarterly packages: the sender's counts per subgroup
    /// Earlier sequence numbers from this sender that never arrived (at most MaxMissingListed).
    QList<quint64> missingSequences;
    /// A package that arrived after a newer one: kept (a case is never lost), but a quarterly
    /// list is kept like a case, so that it does not replace the partner's newer list.
    bool late = false;
};

/// Opens an exchange package from a partner (README "Exchange packages"). In order: the outer
/// signature must come from a pinned partner (NotTrusted), the payload must decrypt with our key
/// (WrongKey), the inner signature, trusted comment and every file hash must hold (Damaged; an
/// incomplete file: Truncated), the manifest must name us (WrongKey) and our agreement (OtherAgreement), its
/// sequence must be newer than the last accepted from that sender (Replayed: "already opened on
/// ..." for the same package), and every record may hold only the agreement's fields for its
/// category (FieldNotAllowed), and the counts of a quarterly package must be those of its records.
/// Then the records become a new "theirs" snapshot (origin "package"; for a case package a case, not
/// a whole list), recorded and audited in one transaction. On any refusal nothing is stored; the
/// refusal is audited without personal data.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    explicit PackageReader(Store& store);

    Result<OpenedPackage> open(const QString& path, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The largest package file to read, in bytes; 0 (default): AppSettings::maxPackageMiB().
    void setMaxPackageSize(qint64 bytes) { m_maxPackageSize = bytes; }
    /// A short code for a refusal, for the audit log and scripts: "unknown-sender", "not-for-us",
    /// "changed", "incomplete", "replayed", "other-agreement", "not-allowed", "not-a-package", …
    static QString refusalCode(Error::Code code);
    /// The reason of the last refusal by open(): refusalCode() of its error, or "fork" for a
    /// package whose previous_package_sha256 is not the package we accepted under sequence - 1.
    QString lastRefusal() const { return m_lastRefusal; }
    static constexpr int MaxMissingListed = 100;

private:
    Result<OpenedPackage> check(const QString& path, const QByteArray& file, const QDateTime& now);
    Result<void> checkChain(const PackageManifest& m, const QStringList& sender, const QString& organisation,
                            OpenedPackage& opened);
    Store& m_store;
    qint64 m_maxPackageSize = 0;
    QString m_lastRefusal;
};

} // namespace inbeeld
