#include "core/exchange/PackageManifest.h"

#include "core/audit/AuditAnchor.h"
#include "core/exchange/Fingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <cmath>

namespace inbeeld {

namespace {

const QString FormatName = QStringLiteral("inbeeld-package-manifest");
const QString ManifestName = QStringLiteral("manifest.json");

Error invalid(const QString& what)
{
    return makeError(Error::Code::Damaged,
                     PackageManifest::tr("The package's manifest is not valid: %1. The package cannot be opened; "
                                         "ask the sender for a new one.")
                         .arg(what));
}

bool isSafeFileName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return pattern.match(name).hasMatch() && !name.contains(QStringLiteral("..")) && name != ManifestName;
}

std::optional<QByteArray> sha256FromHex(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

QString PackageManifest::kindCode(PackageKind kind)
{
    return kind == PackageKind::Case ? QStringLiteral("case") : QStringLiteral("quarterly");
}

std::optional<PackageKind> PackageManifest::kindFromCode(const QString& code)
{
    if (code == QLatin1String("quarterly"))
        return PackageKind::Quarterly;
    if (code == QLatin1String("case"))
        return PackageKind::Case;
    return std::nullopt;
}

bool PackageManifest::isValidQuarter(const QString& quarter)
{
    static const QRegularExpression pattern(QStringLiteral("^(19|20|21)[0-9]{2}Q[1-4]$"));
    return pattern.match(quarter).hasMatch();
}

Result<void> PackageManifest::validate() const
{
    const QUuid uuid(packageId);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != packageId)
        return invalid(tr("the package id is not a UUID"));
    if (Fingerprint::normalised(senderFingerprint).isEmpty())
        return invalid(tr("the sender's fingerprint is missing or malformed"));
    if (Fingerprint::normalised(recipientFingerprint).isEmpty())
        return invalid(tr("the recipient's fingerprint is missing or malformed"));
    if (Fingerprint::matches(senderFingerprint, recipientFingerprint))
        return invalid(tr("sender and recipient are the same"));
    if (agreementId.trimmed().isEmpty())
        return invalid(tr("the agreement is missing"));
    if (!isValidQuarter(quarter))
        return invalid(tr("the quarter '%1' is not of the form 2026Q3").arg(quarter));
    if (!createdAt.isValid())
        return invalid(tr("the creation time is missing"));
    if (sequence < 1)
        return invalid(tr("the sequence number must be 1 or more"));
    if (sequence == 1 && !previousPackageSha256.isEmpty())
        return invalid(tr("the first package in a sequence cannot name a previous package"));
    if (sequence > 1 && previousPackageSha256.size() != 32)
        return invalid(tr("package %1 in the sequence must name the hash of the previous package").arg(sequence));
    QSet<QString> names;
    for (const PackageFile& file : files) {
        if (!isSafeFileName(file.name))
            return invalid(tr("the file name '%1' is not allowed").arg(file.name.left(100)));
        if (names.contains(file.name))
            return invalid(tr("the file '%1' is listed twice").arg(file.name));
        names.insert(file.name);
        if (file.sha256.size() != 32 || file.size < 0)
            return invalid(tr("the hash or size of '%1' is missing").arg(file.name));
    }
    if (files.isEmpty())
        return invalid(tr("it lists no files"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || it.value().isEmpty())
            return invalid(tr("a category without fields is listed"));
    }
    return {};
}

QString PackageManifest::trustedComment() const
{
    return QStringLiteral("inbeeld-package id=%1 sequence=%2 kind=%3 quarter=%4 to=%5")
        .arg(packageId)
        .arg(sequence)
        .arg(kindCode(kind), quarter, Fingerprint::normalised(recipientFingerprint));
}

QByteArray PackageManifest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatName);
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("package_id"), packageId);
    o.insert(QStringLiteral("sender"),
             senderAuditAnchor.isEmpty() ? QJsonObject {{QStringLiteral("fingerprint"), senderFingerprint},
                                                        {QStringLiteral("organisation"), senderOrganisation}}
                                         : QJsonObject {{QStringLiteral("fingerprint"), senderFingerprint},
                                                        {QStringLiteral("organisation"), senderOrganisation},
                                                        {QStringLiteral("audit_anchor"), senderAuditAnchor}});
    o.insert(QStringLiteral("recipient"),
             QJsonObject {{QStringLiteral("fingerprint"), recipientFingerprint},
                          {QStringLiteral("organisation"), recipientOrganisation}});
    o.insert(QStringLiteral("agreement_id"), agreementId);
    o.insert(QStringLiteral("kind"), kindCode(kind));
    o.insert(QStringLiteral("quarter"), quarter);
    o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    // A JSON number is a double: sequences stay far below 2^53.
    o.insert(QStringLiteral("sequence"), qint64(sequence));
    o.insert(QStringLiteral("previous_package_sha256"),
             previousPackageSha256.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QString::fromLatin1(previousPackageSha256.toHex())));
    QJsonObject fieldObject;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldObject.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("fields"), fieldObject);
    QJsonArray fileArray;
    for (const PackageFile& file : files) {
        fileArray.append(QJsonObject {{QStringLiteral("name"), file.name},
                                      {QStringLiteral("size"), file.size},
                                      {QStringLiteral("sha256"), QString::fromLatin1(file.sha256.toHex())}});
    }
    o.insert(QStringLiteral("files"), fileArray);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<PackageManifest> PackageManifest::fromJson(const QByteArray& json)
{
    if (json.size() > MaxSize)
        return invalid(tr("it is too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("it is not valid JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != FormatName)
        return invalid(tr("it is not an InBeeld package manifest"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version > FormatVersion) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This package was made by a newer version of InBeeld (package format %1). Install the "
                            "newer version to open it.")
                             .arg(version));
    }
    if (version != FormatVersion)
        return invalid(tr("the format version is missing"));

    PackageManifest m;
    m.packageId = o.value(QStringLiteral("package_id")).toString();
    const QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
    const QJsonObject recipient = o.value(QStringLiteral("recipient")).toObject();
    m.senderFingerprint = sender.value(QStringLiteral("fingerprint")).toString();
    m.senderOrganisation = sender.value(QStringLiteral("organisation")).toString();
    if (const QJsonValue anchor = sender.value(QStringLiteral("audit_anchor")); !anchor.isUndefined()) {
        const Result<AuditAnchor> parsed = AuditAnchor::parse(anchor.toString());
        if (!anchor.isString() || !parsed)
            return invalid(tr("the sender's audit anchor is malformed"));
        m.senderAuditAnchor = parsed.value().toLine();
    }
    m.recipientFingerprint = recipient.value(QStringLiteral("fingerprint")).toString();
    m.recipientOrganisation = recipient.value(QStringLiteral("organisation")).toString();
    m.agreementId = o.value(QStringLiteral("agreement_id")).toString();
    const auto kind = kindFromCode(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(tr("the kind must be quarterly or case"));
    m.kind = *kind;
    m.quarter = o.value(QStringLiteral("quarter")).toString();
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    const QJsonValue sequence = o.value(QStringLiteral("sequence"));
    const double sequenceNumber = sequence.toDouble(-1);
    if (!sequence.isDouble() || sequenceNumber < 1 || sequenceNumber > 9007199254740991.0
        || sequenceNumber != double(qint64(sequenceNumber)))
        return invalid(tr("the sequence number must be a whole number of 1 or more"));
    m.sequence = quint64(sequenceNumber);
    const QJsonValue previous = o.value(QStringLiteral("previous_package_sha256"));
    if (!previous.isNull() && !previous.isUndefined()) {
        const auto hash = sha256FromHex(previous.toString());
        if (!hash)
            return invalid(tr("the previous package's hash is malformed"));
        m.previousPackageSha256 = *hash;
    }
    const QJsonObject fieldObject = o.value(QStringLiteral("fields")).toObject();
    for (auto it = fieldObject.constBegin(); it != fieldObject.constEnd(); ++it) {
        QStringList list;
        for (const QJsonValue& v : it.value().toArray()) {
            if (!v.isString())
                return invalid(tr("the fields of category '%1' are malformed").arg(it.key()));
            list << v.toString();
        }
        m.fields.insert(it.key(), list);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        PackageFile file;
        file.name = f.value(QStringLiteral("name")).toString();
        // A whole number a double holds exactly; anything else is a missing size (converting a
        // larger double to qint64 is undefined).
        const double size = f.value(QStringLiteral("size")).toDouble(-1);
        file.size = size >= 0 && size <= 9007199254740991.0 && size == std::floor(size) ? qint64(size) : -1;
        const auto hash = sha256FromHex(f.value(QStringLiteral("sha256")).toString());
        if (!hash)
            return invalid(tr("the hash of '%1' is malformed").arg(file.name.left(100)));
        file.sha256 = *hash;
        m.files.append(file);
    }
    auto valid = m.validate();
    if (!valid)
        return valid.error();
    return m;
}

} // namespace inbeeld
