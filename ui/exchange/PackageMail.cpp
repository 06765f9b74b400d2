#include "ui/exchange/PackageMail.h"

namespace inbeeld {

QString PackageMail::subject(const PackageManifest& manifest)
{
    //: Mail subject; %1 quarter (2026Q3), %2 package number, %3 our organisation.
    return tr("InBeeld package %1, number %2, from %3")
        .arg(manifest.quarter)
        .arg(manifest.sequence)
        .arg(manifest.senderOrganisation);
}

QString PackageMail::body(const PackageManifest& manifest, const QString& fileName)
{
    const QStringList lines {
        tr("[Attach the file %1 to this mail before you send it, then remove this line.]").arg(fileName),
        QString(),
        tr("Dear colleagues of %1,").arg(manifest.recipientOrganisation),
        QString(),
        tr("Attached is our InBeeld exchange package for %1 (package number %2), in the file %3. It is encrypted "
           "for you; open it in InBeeld with File > Open package.")
            .arg(manifest.quarter)
            .arg(manifest.sequence)
            .arg(fileName),
        QString(),
        tr("Package id: %1").arg(manifest.packageId),
        tr("Our fingerprint: %1").arg(manifest.senderFingerprint),
        QString(),
        tr("InBeeld checks the signature when you open the package and shows our fingerprint; it should be the one "
           "above."),
        QString(),
        tr("Kind regards,"),
        manifest.senderOrganisation,
    };
    return lines.join(QStringLiteral("\r\n"));
}

QUrl PackageMail::url(const PackageManifest& manifest, const QString& fileName)
{
    // Encoded by hand: RFC 6068 wants every reserved character of subject and body escaped
    // (QUrlQuery would leave "+" and "&" in values ambiguous for some mail programs).
    const QByteArray encoded = QByteArrayLiteral("mailto:?subject=") + QUrl::toPercentEncoding(subject(manifest))
        + QByteArrayLiteral("&body=") + QUrl::toPercentEncoding(body(manifest, fileName));
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace inbeeld
