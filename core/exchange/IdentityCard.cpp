#include "core/exchange/IdentityCard.h"

#include "core/exchange/AgeKeys.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Minisign.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

namespace inbeeld {

namespace {

const QString FormatName = QStringLiteral("inbeeld-identity-card");

void addField(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size()) + ':' + field;
}

std::optional<QByteArray> key(const QJsonObject& o, const QString& name, int size)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        o.value(name).toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString IdentityCard::fingerprint() const
{
    return Fingerprint::of(signingKey, encryptionKey);
}

QByteArray IdentityCard::signedBytes() const
{
    // A label, then every field as "<decimal length>:<bytes>", in a fixed order: unambiguous, and
    // independent of how a JSON writer orders or escapes the fields.
    QByteArray out("InBeeld identity card v1", 25);
    addField(out, organisation.toUtf8());
    addField(out, RoleText::code(role).toUtf8());
    addField(out, agreementId.toUtf8());
    addField(out, signingKey);
    addField(out, encryptionKey);
    addField(out, createdAt.toUTC().toString(Qt::ISODate).toUtf8());
    addField(out, rotation ? rotation->previousSigningKey : QByteArray());
    addField(out, rotation ? rotation->signature : QByteArray());
    return out;
}

void IdentityCard::signWith(const SecretBytes& signingSecretKey)
{
    const QByteArray message = signedBytes();
    signature = QByteArray(int(crypto_sign_BYTES), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), std::size_t(message.size()),
                         signingSecretKey.data());
}

bool IdentityCard::hasValidSignature() const
{
    if (signature.size() != int(crypto_sign_BYTES) || signingKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    const QByteArray message = signedBytes();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       std::size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(signingKey.constData()))
        == 0;
}

QByteArray IdentityCard::toJson() const
{
    MinisignPublicKey minisign;
    minisign.key = signingKey;
    minisign.keyId = Minisign::keyIdFor(signingKey);
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatName);
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("organisation"), organisation);
    o.insert(QStringLiteral("role"), RoleText::code(role));
    o.insert(QStringLiteral("agreement_id"), agreementId);
    o.insert(QStringLiteral("signing_key"), QString::fromLatin1(signingKey.toBase64()));
    o.insert(QStringLiteral("encryption_key"), QString::fromLatin1(encryptionKey.toBase64()));
    o.insert(QStringLiteral("fingerprint"), fingerprint());
    o.insert(QStringLiteral("minisign_key_id"), minisign.keyIdText());
    o.insert(QStringLiteral("minisign_public_key"),
             QString::fromLatin1(Minisign::publicKeyFile(minisign).split('\n').value(1)));
    o.insert(QStringLiteral("age_recipient"), AgeKeys::recipient(encryptionKey));
    o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    if (rotation) {
        QJsonObject r;
        r.insert(QStringLiteral("previous_signing_key"), QString::fromLatin1(rotation->previousSigningKey.toBase64()));
        r.insert(QStringLiteral("signature"), QString::fromLatin1(rotation->signature.toBase64()));
        o.insert(QStringLiteral("rotation"), r);
    }
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<IdentityCard> IdentityCard::fromJson(const QByteArray& json)
{
    const auto notACard = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("This file is not an InBeeld identity card. Ask your partner for the card file that "
                            "InBeeld made (Identity → Export card, or 'inbeeld-cli identity export')."));
    };
    const auto damaged = [](const QString& what) {
        return makeError(Error::Code::Damaged,
                         tr("The identity card is damaged or was changed after it was made (%1). Do not use it; ask "
                            "your partner for a new card.")
                             .arg(what));
    };
    if (json.size() > MaxFileSize)
        return notACard();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (json.startsWith("{"))
            return damaged(tr("it is not valid JSON"));
        return notACard();
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != FormatName)
        return notACard();
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version > FormatVersion) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This identity card was made by a newer version of InBeeld (card format %1). Install the "
                            "newer version to read it.")
                             .arg(version));
    }
    if (version != FormatVersion)
        return damaged(tr("the format version is missing"));

    IdentityCard card;
    card.organisation = o.value(QStringLiteral("organisation")).toString().trimmed();
    const auto role = RoleText::fromCode(o.value(QStringLiteral("role")).toString());
    card.agreementId = o.value(QStringLiteral("agreement_id")).toString();
    card.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    if (card.organisation.isEmpty())
        return damaged(tr("the organisation name is missing"));
    if (!role)
        return damaged(tr("the role is missing or unknown"));
    card.role = *role;
    if (!card.createdAt.isValid())
        return damaged(tr("the creation time is missing"));
    const auto signingKey = key(o, QStringLiteral("signing_key"), crypto_sign_PUBLICKEYBYTES);
    const auto encryptionKey = key(o, QStringLiteral("encryption_key"), crypto_box_PUBLICKEYBYTES);
    const auto signature = key(o, QStringLiteral("signature"), crypto_sign_BYTES);
    if (!signingKey || !encryptionKey)
        return damaged(tr("a public key is missing or has the wrong length"));
    if (!signature)
        return damaged(tr("the signature is missing"));
    card.signingKey = *signingKey;
    card.encryptionKey = *encryptionKey;
    card.signature = *signature;
    if (o.contains(QStringLiteral("rotation"))) {
        const QJsonObject r = o.value(QStringLiteral("rotation")).toObject();
        const auto previous = key(r, QStringLiteral("previous_signing_key"), crypto_sign_PUBLICKEYBYTES);
        const auto rotationSignature = key(r, QStringLiteral("signature"), crypto_sign_BYTES);
        if (!previous || !rotationSignature)
            return damaged(tr("the key rotation statement is incomplete"));
        card.rotation = KeyRotation {*previous, *rotationSignature};
        if (!card.rotation->verify(card.signingKey, card.encryptionKey))
            return damaged(tr("the key rotation statement does not match the keys"));
    }

    // The redundant notations must agree with the keys, or someone edited one of them.
    const QString written = o.value(QStringLiteral("fingerprint")).toString();
    if (!Fingerprint::matches(written, card.fingerprint()))
        return damaged(tr("the fingerprint written on it does not belong to its keys"));
    if (o.contains(QStringLiteral("age_recipient"))
        && o.value(QStringLiteral("age_recipient")).toString() != AgeKeys::recipient(card.encryptionKey))
        return damaged(tr("the age key written on it does not match its encryption key"));
    if (!card.hasValidSignature())
        return damaged(tr("its signature does not match its contents"));
    return card;
}

Result<IdentityCard> IdentityCard::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io,
            tr("The identity card %1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return makeError(Error::Code::UnknownFormat,
                         tr("%1 is too large to be an identity card. Choose the card file your partner sent.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return fromJson(file.readAll());
}

Result<void> IdentityCard::writeFile(const QString& path) const
{
    if (QFileInfo::exists(path)) {
        return makeError(Error::Code::InvalidInput,
                         tr("There is already a file at %1. Choose another name; an existing file is never "
                            "overwritten.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    QSaveFile out(path);
    const QByteArray json = toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        return makeError(Error::Code::Io,
                         tr("The identity card could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(path), out.errorString()));
    }
    return {};
}

} // namespace inbeeld
