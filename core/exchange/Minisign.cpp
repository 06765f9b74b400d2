#include "core/exchange/Minisign.h"

#include <QIODevice>
#include <QList>
#include <sodium.h>

namespace inbeeld {

namespace {

const QByteArray AlgorithmPrehashed("ED");
const QByteArray AlgorithmLegacy("Ed");
const QByteArray UntrustedPrefix("untrusted comment: ");
const QByteArray TrustedPrefix("trusted comment: ");
constexpr qint64 ReadChunk = 1 << 16;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

/// Strict standard base64 with padding, as minisign writes it.
std::optional<QByteArray> fromBase64(const QByteArray& text, int expectedSize)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

/// The lines of a small text file, without line ends (\n or \r\n).
QList<QByteArray> textLines(const QByteArray& contents)
{
    QList<QByteArray> lines = contents.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

bool validComment(const QByteArray& utf8)
{
    return utf8.size() <= Minisign::MaxCommentBytes && !utf8.contains('\n') && !utf8.contains('\r')
        && !utf8.contains('\0');
}

} // namespace

QString MinisignPublicKey::keyIdText() const
{
    QByteArray reversed(keyId.size(), '\0');
    for (int i = 0; i < keyId.size(); ++i)
        reversed[i] = keyId.at(keyId.size() - 1 - i);
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QByteArray Minisign::keyIdFor(const QByteArray& publicKey)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, bytes(publicKey), std::size_t(publicKey.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(hash), KeyIdSize);
}

QByteArray Minisign::publicKeyFile(const MinisignPublicKey& key)
{
    return UntrustedPrefix + "minisign public key " + key.keyIdText().toLatin1() + '\n'
        + (AlgorithmLegacy + key.keyId + key.key).toBase64() + '\n';
}

Result<MinisignPublicKey> Minisign::parsePublicKey(const QByteArray& fileContents)
{
    const QList<QByteArray> lines = textLines(fileContents.left(4096));
    // minisign accepts the bare base64 line too (as given with -P).
    const QByteArray encoded = lines.size() >= 2 ? lines.at(1).trimmed() : lines.value(0).trimmed();
    const auto raw = fromBase64(encoded, 2 + KeyIdSize + crypto_sign_PUBLICKEYBYTES);
    if ((lines.size() >= 2 && !lines.at(0).startsWith(UntrustedPrefix)) || !raw || !raw->startsWith(AlgorithmLegacy)) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This is not a minisign public key. A public key file has two lines: "
                            "'untrusted comment: …' and the key in base64, starting with 'RW'."));
    }
    MinisignPublicKey key;
    key.keyId = raw->mid(2, KeyIdSize);
    key.key = raw->mid(2 + KeyIdSize);
    return key;
}

Result<QByteArray> Minisign::prehash(QIODevice& data)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    QByteArray buffer(int(ReadChunk), Qt::Uninitialized);
    for (;;) {
        const qint64 n = data.read(buffer.data(), ReadChunk);
        if (n < 0) {
            return makeError(Error::Code::Io,
                             tr("The file could not be read to check its signature: %1").arg(data.errorString()));
        }
        if (n == 0)
            break;
        crypto_generichash_update(&state, bytes(buffer), std::size_t(n));
    }
    sodium_memzero(buffer.data(), std::size_t(buffer.size()));
    QByteArray hash(int(crypto_generichash_BYTES_MAX), Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(hash.data()), std::size_t(hash.size()));
    return hash;
}

Result<QByteArray> Minisign::sign(QIODevice& data, const SecretBytes& secretKey, const QByteArray& keyId,
                                  const QString& trustedComment, const QString& untrustedComment)
{
    const QByteArray trusted = trustedComment.toUtf8();
    const QByteArray untrusted = untrustedComment.toUtf8();
    if (!validComment(trusted) || !validComment(untrusted)) {
        return makeError(Error::Code::InvalidInput,
                         tr("A signature comment must be a single line of at most %1 bytes.").arg(MaxCommentBytes));
    }
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES || keyId.size() != KeyIdSize)
        return makeError(Error::Code::InvalidInput, tr("The signing key is not an Ed25519 key."));

    auto hash = prehash(data);
    if (!hash)
        return hash.error();
    QByteArray signature(int(crypto_sign_BYTES), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(hash.value()),
                         std::size_t(hash.value().size()), secretKey.data());
    const QByteArray signedComment = signature + trusted;
    QByteArray global(int(crypto_sign_BYTES), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(global.data()), nullptr, bytes(signedComment),
                         std::size_t(signedComment.size()), secretKey.data());

    return UntrustedPrefix + untrusted + '\n' + (AlgorithmPrehashed + keyId + signature).toBase64() + '\n'
        + TrustedPrefix + trusted + '\n' + global.toBase64() + '\n';
}

Result<MinisignSignature> Minisign::parseSignature(const QByteArray& fileContents)
{
    const auto notASignature = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("This is not a minisign signature file (it must have four lines: an untrusted comment, "
                            "the signature, a trusted comment and the comment's signature). The file may be damaged "
                            "or incomplete."));
    };
    if (fileContents.size() > 4 * (MaxCommentBytes + 256))
        return notASignature();
    const QList<QByteArray> lines = textLines(fileContents);
    if (lines.size() != 4 || !lines.at(0).startsWith(UntrustedPrefix) || !lines.at(2).startsWith(TrustedPrefix))
        return notASignature();
    const auto raw = fromBase64(lines.at(1).trimmed(), 2 + KeyIdSize + crypto_sign_BYTES);
    const auto global = fromBase64(lines.at(3).trimmed(), crypto_sign_BYTES);
    if (!raw || !global)
        return notASignature();

    MinisignSignature sig;
    sig.algorithm = raw->left(2);
    if (sig.algorithm == AlgorithmLegacy) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This signature uses minisign's legacy algorithm (Ed25519 over the whole file), which is "
                            "not accepted. Sign with a current minisign (it prehashes by default)."));
    }
    if (sig.algorithm != AlgorithmPrehashed)
        return notASignature();
    sig.keyId = raw->mid(2, KeyIdSize);
    sig.signature = raw->mid(2 + KeyIdSize);
    sig.untrustedComment = QString::fromUtf8(lines.at(0).mid(UntrustedPrefix.size()));
    sig.trustedCommentBytes = lines.at(2).mid(TrustedPrefix.size());
    sig.trustedComment = QString::fromUtf8(sig.trustedCommentBytes);
    sig.globalSignature = *global;
    return sig;
}

Result<MinisignSignature> Minisign::verify(QIODevice& data, const QByteArray& signatureFile,
                                           const MinisignPublicKey& key)
{
    auto parsed = parseSignature(signatureFile);
    if (!parsed)
        return parsed.error();
    const MinisignSignature& sig = parsed.value();
    if (sig.keyId != key.keyId) {
        MinisignPublicKey signer;
        signer.keyId = sig.keyId;
        return makeError(Error::Code::WrongKey,
                         tr("This file was signed with key %1, not with the expected key %2. It does not come from "
                            "the sender you expected.")
                             .arg(signer.keyIdText(), key.keyIdText()));
    }
    if (key.key.size() != int(crypto_sign_PUBLICKEYBYTES))
        return makeError(Error::Code::InvalidInput, tr("The public key is not an Ed25519 key."));

    auto hash = prehash(data);
    if (!hash)
        return hash.error();
    if (crypto_sign_verify_detached(bytes(sig.signature), bytes(hash.value()), std::size_t(hash.value().size()),
                                    bytes(key.key))
        != 0) {
        return makeError(Error::Code::BadSignature,
                         tr("The signature does not match the file: the file was changed or is incomplete since it "
                            "was signed (or the signature file belongs to another file). Do not use it; ask the "
                            "sender for a new copy."));
    }
    const QByteArray signedComment = sig.signature + sig.trustedCommentBytes;
    if (crypto_sign_verify_detached(bytes(sig.globalSignature), bytes(signedComment), std::size_t(signedComment.size()),
                                    bytes(key.key))
        != 0) {
        return makeError(Error::Code::BadSignature,
                         tr("The file's signature is valid, but its trusted comment was changed after signing. Do "
                            "not rely on it; ask the sender for a new copy."));
    }
    return parsed;
}

} // namespace inbeeld
