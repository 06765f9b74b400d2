#include "core/exchange/AgeKeys.h"

#include "core/crypto/Bech32.h"

#include <cstring>
#include <sodium.h>

namespace inbeeld {

namespace {

const QByteArray RecipientHrp("age");
const QByteArray IdentityHrp("age-secret-key-");

} // namespace

QString AgeKeys::recipient(const QByteArray& publicKey)
{
    const SecretBytes text = Bech32::encode(RecipientHrp, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                            std::size_t(publicKey.size()));
    return QString::fromLatin1(text.chars(), qsizetype(text.size()));
}

Result<QByteArray> AgeKeys::parseRecipient(const QString& text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    const auto decoded = Bech32::decode(latin.constData(), std::size_t(latin.size()));
    if (!decoded || decoded->hrp != RecipientHrp || decoded->data.size() != KeySize || latin != latin.toLower()) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This is not an age public key (recipient). It starts with 'age1' and has 62 characters."));
    }
    return QByteArray(decoded->data.chars(), KeySize);
}

SecretBytes AgeKeys::identity(const SecretBytes& secretKey)
{
    SecretBytes text = Bech32::encode(IdentityHrp, secretKey.data(), secretKey.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char& c = text.data()[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<unsigned char>(c - 'a' + 'A');
    }
    return text;
}

Result<SecretBytes> AgeKeys::parseIdentity(const SecretBytes& line)
{
    auto decoded = Bech32::decode(line.chars(), line.size());
    bool upper = true;
    for (std::size_t i = 0; i < line.size(); ++i)
        upper = upper && !(line.data()[i] >= 'a' && line.data()[i] <= 'z');
    if (!decoded || decoded->hrp != IdentityHrp || decoded->data.size() != KeySize || !upper) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This is not an age secret key. It starts with 'AGE-SECRET-KEY-1'."));
    }
    return std::move(decoded->data);
}

QByteArray AgeKeys::publicKeyOf(const SecretBytes& secretKey)
{
    QByteArray pk(KeySize, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

SecretBytes AgeKeys::identityFile(const SecretBytes& secretKey, const QDateTime& created)
{
    const QByteArray head = "# created: " + created.toUTC().toString(Qt::ISODate).toLatin1()
        + "\n# public key: " + recipient(publicKeyOf(secretKey)).toLatin1() + '\n';
    const SecretBytes id = identity(secretKey);
    SecretBytes out(std::size_t(head.size()) + id.size() + 1);
    std::memcpy(out.data(), head.constData(), std::size_t(head.size()));
    std::memcpy(out.data() + head.size(), id.data(), id.size());
    out.data()[out.size() - 1] = '\n';
    return out;
}

Result<SecretBytes> AgeKeys::parseIdentityFile(const SecretBytes& contents)
{
    std::size_t start = 0;
    while (start < contents.size()) {
        std::size_t end = start;
        while (end < contents.size() && contents.data()[end] != '\n')
            ++end;
        std::size_t stop = end;
        if (stop > start && contents.data()[stop - 1] == '\r')
            --stop;
        if (stop > start && contents.data()[start] != '#') {
            SecretBytes line(stop - start);
            std::memcpy(line.data(), contents.data() + start, line.size());
            return parseIdentity(line);
        }
        start = end + 1;
    }
    return makeError(Error::Code::UnknownFormat, tr("The age identity file holds no secret key."));
}

} // namespace inbeeld
