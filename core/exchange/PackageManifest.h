#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {

enum class PackageKind { Quarterly, Case };

/// One file of a package's inner container, as listed in the manifest.
struct PackageFile
{
    QString name; // path inside the container, e.g. "records.json"; no directories, no ".."
    qint64 size = 0;
    QByteArray sha256; // 32 bytes

    bool operator==(const PackageFile&) const = default;
};

/// manifest.json, the first file of an exchange package's inner container: who sent it to whom
/// under which agreement, what kind of package it is, where it stands in the sender-to-recipient
/// sequence (for replay and rollback protection), which fields per category it holds, and the
/// SHA-256 of every other file. A value type with strict JSON round-trip; the package writer and
/// reader (issue 7, next step) build on it. The format is described in README.md.
class PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(PackageManifest)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxSize = 1024 * 1024;

    QString packageId; // UUID, lowercase, without braces
    QString senderFingerprint; // grouped, as Fingerprint::of()
    QString recipientFingerprint;
    QString senderOrganisation; // informative; the fingerprints are what counts
    QString recipientOrganisation;
    QString senderAuditAnchor; // the sender's AuditAnchor line when it made the package; empty in older packages
    QString agreementId;
    PackageKind kind = PackageKind::Quarterly;
    QString quarter; // "2026Q3"
    QDateTime createdAt; // UTC, whole seconds
    quint64 sequence = 0; // 1 for the first package from this sender to this recipient
    QByteArray previousPackageSha256; // of the previous package file to this recipient; empty for sequence 1
    QMap<QString, QStringList> fields; // category code -> field codes present for that category
    QList<PackageFile> files;

    bool operator==(const PackageManifest&) const = default;

    static QString kindCode(PackageKind kind); // "quarterly" / "case"
    static std::optional<PackageKind> kindFromCode(const QString& code);
    /// "2026Q3": a four-digit year, "Q", 1–4.
    static bool isValidQuarter(const QString& quarter);

    /// Fails with the first problem that makes this manifest unusable (each with its own message).
    Result<void> validate() const;
    /// The trusted comment for the package's minisign signatures: package id, sequence and
    /// recipient, so a signature cannot be moved to another package or recipient.
    QString trustedComment() const;

    QByteArray toJson() const;
    static Result<PackageManifest> fromJson(const QByteArray& json);
};

} // namespace inbeeld
