#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/exchange/Minisign.h"
#include "core/exchange/PackageManifest.h"
#include "core/exchange/ZipBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace inbeeld {

class Identity;

/// The outer file of an exchange package, before decryption: the age-encrypted payload and the
/// sender's minisign signature over it.
struct PackageEnvelope
{
    QByteArray payload; // payload.age
    QByteArray signatureFile; // payload.age.minisig
    MinisignSignature signature; // parsed, not yet verified
};

/// What a package holds once its signatures, encryption and hashes were checked.
struct PackageContents
{
    PackageManifest manifest;
    QList<ZipEntry> files; // every file of the inner container except manifest.json
};

/// The layers of an exchange package (README "Exchange packages"):
///   package file (zip, stored) = payload.age + payload.age.minisig
///   payload.age decrypts (age) to a zip = package.zip + package.zip.minisig
///   package.zip = manifest.json, records.json, decisions.json
/// Both signatures are minisign "ED" with the manifest's trusted comment.
class PackageSeal
{
    Q_DECLARE_TR_FUNCTIONS(PackageSeal)

public:
    static inline const QString ManifestName = QStringLiteral("manifest.json");
    /// The largest package file a reader opens by default (AppSettings::maxPackageMiB changes it).
    static constexpr qint64 DefaultMaxPackageSize = 256 * 1024 * 1024;
    /// The inner container's files (records.json, ...): at most this size once inflated, and at
    /// most this many times their compressed size (JSON compresses some 5 to 10 times).
    static constexpr qint64 MaxInflatedSize = 1024 * 1024 * 1024;
    static constexpr int MaxInflatedRatio = 100;

    /// The package file: exactly payload.age and payload.age.minisig, stored, within maxPackageSize.
    static ZipLimits outerLimits(qint64 maxPackageSize);
    /// The refusal of a zip that is not laid out as a package file.
    static Error foreignLayout();
    /// The inner container package.zip.
    static ZipLimits innerLimits();

    /// Signs, encrypts to each X25519 key in recipients, and signs again.
    static Result<QByteArray> seal(const QByteArray& innerZip, const QString& trustedComment, const Identity& sender,
                                   const QList<QByteArray>& recipients);
    /// Splits the package file. Truncated for an incomplete copy, UnknownFormat for another file.
    static Result<PackageEnvelope> envelope(const QByteArray& file);
    /// Checks the outer signature against sender, decrypts with ourKey, checks the inner signature,
    /// reads the manifest and checks that its trusted comment matches both signatures and that
    /// exactly the files it lists are present with their size and SHA-256.
    static Result<PackageContents> open(const PackageEnvelope& envelope, const MinisignPublicKey& sender,
                                        const SecretBytes& ourKey);
};

} // namespace inbeeld
