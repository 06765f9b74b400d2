#include "core/exchange/PackageSeal.h"

#include "core/crypto/Sha256.h"
#include "core/exchange/AgeEncryption.h"
#include "core/exchange/Identity.h"

#include <QBuffer>
#include <QSet>

namespace inbeeld {

namespace {

const QString PayloadName = QStringLiteral("payload.age");
const QString PayloadSignatureName = QStringLiteral("payload.age.minisig");
const QString InnerName = QStringLiteral("package.zip");
const QString InnerSignatureName = QStringLiteral("package.zip.minisig");
const QString UntrustedComment = QStringLiteral("signature from InBeeld package");

/// The two stored entries of the package file or of the decrypted payload, and nothing else.
ZipLimits layerLimits(const QString& data, const QString& signature, qint64 maxSize)
{
    ZipLimits limits;
    limits.expectedNames = {data, signature};
    limits.storedOnly = true;
    limits.maxEntrySize = limits.maxTotalSize = maxSize;
    limits.maxRatio = 0;
    return limits;
}

Result<QByteArray> signBytes(const QByteArray& data, const Identity& sender, const QString& comment)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return Minisign::sign(buffer, sender.signingSecretKey(), Minisign::keyIdFor(sender.signingPublicKey()), comment,
                          UntrustedComment);
}

Result<MinisignSignature> verifyBytes(const QByteArray& data, const QByteArray& signature, const MinisignPublicKey& key)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return Minisign::verify(buffer, signature, key);
}

} // namespace

Result<QByteArray> PackageSeal::seal(const QByteArray& innerZip, const QString& trustedComment, const Identity& sender,
                                     const QList<QByteArray>& recipients)
{
    auto innerSignature = signBytes(innerZip, sender, trustedComment);
    if (!innerSignature)
        return innerSignature.error();
    auto sealed = ZipBytes::write({{InnerName, innerZip}, {InnerSignatureName, innerSignature.value()}}, false);
    if (!sealed)
        return sealed.error();
    QBuffer in;
    in.setData(sealed.value());
    in.open(QIODevice::ReadOnly);
    QByteArray encrypted;
    {
        QBuffer out(&encrypted);
        out.open(QIODevice::WriteOnly);
        if (auto done = AgeEncryption::encrypt(in, out, recipients); !done)
            return done.error();
    }
    auto outerSignature = signBytes(encrypted, sender, trustedComment);
    if (!outerSignature)
        return outerSignature.error();
    return ZipBytes::write({{PayloadName, encrypted}, {PayloadSignatureName, outerSignature.value()}}, false);
}

ZipLimits PackageSeal::outerLimits(qint64 maxPackageSize)
{
    return layerLimits(PayloadName, PayloadSignatureName, maxPackageSize);
}

Error PackageSeal::foreignLayout()
{
    return makeError(Error::Code::UnknownFormat,
                     tr("This is not an InBeeld exchange package: a package holds exactly two parts, stored without "
                        "compression (payload.age and payload.age.minisig), and this file holds something else. "
                        "Nothing was read from it and nothing was stored."));
}

ZipLimits PackageSeal::innerLimits()
{
    ZipLimits limits;
    limits.maxEntrySize = limits.maxTotalSize = MaxInflatedSize;
    limits.maxRatio = MaxInflatedRatio;
    return limits;
}

Result<PackageEnvelope> PackageSeal::envelope(const QByteArray& file)
{
    const auto incomplete = [] {
        return makeError(Error::Code::Truncated,
                         tr("The package file is incomplete: it ends too early or part of it is missing (for example "
                            "a USB stick removed while copying). Nothing was stored. Ask the sender for the package "
                            "again."));
    };
    auto entries = ZipBytes::read(file, outerLimits(std::max<qint64>(file.size(), 1)));
    const ZipEntry* payload = entries ? ZipBytes::find(entries.value(), PayloadName) : nullptr;
    const ZipEntry* signature = entries ? ZipBytes::find(entries.value(), PayloadSignatureName) : nullptr;
    if (!payload || !signature) {
        if (file.startsWith("PK\x03\x04") && !entries && entries.code() == Error::Code::Truncated)
            return incomplete();
        if (file.startsWith("PK\x03\x04") && !entries)
            return foreignLayout();
        return makeError(Error::Code::UnknownFormat,
                         tr("This is not an InBeeld exchange package. Stores and their backups end in .inbeeld too; "
                            "to restore a backup, use File > Restore from backup. Nothing was stored. Open the "
                            ".inbeeld file that the partner sent."));
    }
    // Every byte counts: the container must be exactly the one the two entries make, and the
    // signature's untrusted comment (not covered by the signature) exactly ours.
    auto canonical = ZipBytes::write({*payload, *signature}, false);
    auto parsed = Minisign::parseSignature(signature->data);
    if (canonical && file.size() < canonical.value().size() && canonical.value().startsWith(file))
        return incomplete();
    if (entries.value().size() != 2 || !canonical || canonical.value() != file || !parsed
        || parsed.value().untrustedComment != UntrustedComment) {
        return makeError(Error::Code::Damaged,
                         tr("The package file was changed or damaged after it was made. Nothing was stored. Ask the "
                            "sender for the package again."));
    }
    return PackageEnvelope {payload->data, signature->data, parsed.value()};
}

Result<PackageContents> PackageSeal::open(const PackageEnvelope& envelope, const MinisignPublicKey& sender,
                                          const SecretBytes& ourKey)
{
    const auto changed = [] {
        return makeError(Error::Code::Damaged,
                         tr("The package was changed after the sender signed it (or damaged on the way). Nothing was "
                            "stored. Ask the sender for the package again."));
    };
    auto outer = verifyBytes(envelope.payload, envelope.signatureFile, sender);
    if (!outer)
        return changed();
    QBuffer in;
    in.setData(envelope.payload);
    in.open(QIODevice::ReadOnly);
    QByteArray sealed;
    {
        QBuffer out(&sealed);
        out.open(QIODevice::WriteOnly);
        if (auto done = AgeEncryption::decrypt(in, out, ourKey); !done) {
            if (done.code() == Error::Code::WrongKey) {
                return makeError(Error::Code::WrongKey,
                                 tr("This package was not made for us: it is encrypted to another organisation's key. "
                                    "Nothing was stored. Check that the sender chose the right recipient."));
            }
            return changed();
        }
    }
    auto layers = ZipBytes::read(sealed, layerLimits(InnerName, InnerSignatureName, sealed.size()));
    const ZipEntry* inner = layers ? ZipBytes::find(layers.value(), InnerName) : nullptr;
    const ZipEntry* innerSignature = layers ? ZipBytes::find(layers.value(), InnerSignatureName) : nullptr;
    if (!inner || !innerSignature)
        return changed();
    auto verified = verifyBytes(inner->data, innerSignature->data, sender);
    if (!verified || verified.value().trustedComment != outer.value().trustedComment)
        return changed();
    auto files = ZipBytes::read(inner->data, innerLimits());
    if (!files)
        return changed();
    const ZipEntry* manifestFile = ZipBytes::find(files.value(), ManifestName);
    if (!manifestFile || manifestFile->data.size() > PackageManifest::MaxSize)
        return changed();
    auto manifest = PackageManifest::fromJson(manifestFile->data);
    if (!manifest)
        return manifest.error();
    if (manifest.value().trustedComment() != verified.value().trustedComment)
        return changed();
    PackageContents contents;
    contents.manifest = manifest.takeValue();
    QSet<QString> listed;
    for (const PackageFile& f : std::as_const(contents.manifest.files)) {
        const ZipEntry* entry = ZipBytes::find(files.value(), f.name);
        if (!entry || entry->data.size() != f.size || Sha256::hash(entry->data) != f.sha256) {
            return changed();
        }
        listed.insert(f.name);
        contents.files.append(*entry);
    }
    for (const ZipEntry& entry : std::as_const(files.value())) {
        if (entry.name != ManifestName && !listed.contains(entry.name))
            return changed();
    }
    return contents;
}

} // namespace inbeeld
