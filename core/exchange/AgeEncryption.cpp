#include "core/exchange/AgeEncryption.h"

#include "core/crypto/Hkdf.h"

#include <QIODevice>
#include <QList>
#include <cstring>
#include <sodium.h>

namespace inbeeld {

namespace {

const QByteArray VersionLine("age-encryption.org/v1");
const QByteArray X25519Label("age-encryption.org/v1/X25519");
constexpr int FileKeySize = 16;
constexpr int KeySize = 32;
constexpr int TagSize = crypto_aead_chacha20poly1305_ietf_ABYTES;
constexpr int PayloadNonceSize = 16;
constexpr int ColumnsPerLine = 64;
constexpr qint64 MaxHeaderLine = 4096;
constexpr int MaxHeaderBytes = 1 << 20;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray rawBase64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

/// age's base64: standard alphabet, no padding, canonical (re-encoding gives the same text).
std::optional<QByteArray> fromRawBase64(const QByteArray& text)
{
    if (text.contains('='))
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || rawBase64(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

/// Reads up to size bytes, looping over short reads; returns the count, or -1 on a read error.
qint64 readFully(QIODevice& in, unsigned char* buffer, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = in.read(reinterpret_cast<char*>(buffer) + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0 && !in.waitForReadyRead(-1))
            break;
        total += n;
    }
    return total;
}

/// STREAM nonce: 11-byte big-endian chunk counter, then 0x01 for the last chunk, else 0x00.
void streamNonce(unsigned char nonce[12], quint64 counter, bool last)
{
    std::memset(nonce, 0, 12);
    for (int i = 10; i >= 3; --i) {
        nonce[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    nonce[11] = last ? 1 : 0;
}

Error ioError(const QIODevice& device)
{
    return makeError(Error::Code::Io,
                     AgeEncryption::tr("The file could not be read or written: %1").arg(device.errorString()));
}

bool writeAll(QIODevice& out, const unsigned char* data, qint64 size)
{
    return out.write(reinterpret_cast<const char*>(data), size) == size;
}

SecretBytes headerMacKey(const SecretBytes& fileKey)
{
    return Hkdf::sha256(fileKey, QByteArray(), QByteArrayLiteral("header"), KeySize);
}

Error truncatedHeader()
{
    return makeError(
        Error::Code::Truncated,
        AgeEncryption::tr("The file ends inside its header: it is incomplete (for example copied only "
                          "partly, or a USB stick was removed too early). Ask the sender for a new copy."));
}

Error damagedHeader()
{
    return makeError(Error::Code::Damaged,
                     AgeEncryption::tr("The file's header is damaged or was changed, so it cannot be decrypted. Ask "
                                       "the sender for a new copy."));
}

/// One recipient stanza of the header ("-> X25519 <share>" and its body).
struct Stanza
{
    QList<QByteArray> arguments;
    QByteArray body;
};

/// What the header says: the recipient stanzas, the MAC, and the header's bytes it covers.
struct Header
{
    QList<Stanza> stanzas;
    QByteArray mac;
    QByteArray macCovers; // the header up to and including "---"
};

/// Reads the header: text lines up to and including "--- <mac>".
Result<Header> readHeader(QIODevice& in)
{
    QByteArray header;
    const auto readLine = [&](QByteArray& line) -> bool {
        line = in.readLine(MaxHeaderLine);
        if (!line.endsWith('\n'))
            return false;
        header += line;
        line.chop(1);
        return header.size() <= MaxHeaderBytes;
    };
    QByteArray line;
    if (!readLine(line)) {
        if (line.startsWith("age-encryption.org/") || VersionLine.startsWith(line))
            return line.isEmpty() ? makeError(Error::Code::Truncated, AgeEncryption::tr("The file is empty."))
                                  : truncatedHeader();
        return makeError(
            Error::Code::UnknownFormat,
            AgeEncryption::tr("This is not an encrypted file in age format. Choose the file you received."));
    }
    if (line != VersionLine) {
        if (line.startsWith("age-encryption.org/")) {
            return makeError(
                Error::Code::UnknownFormat,
                AgeEncryption::tr("This file uses a newer version of the age format (%1) than this program knows.")
                    .arg(QString::fromLatin1(line.left(64))));
        }
        if (line.startsWith("-----BEGIN AGE ENCRYPTED FILE-----")) {
            return makeError(
                Error::Code::UnknownFormat,
                AgeEncryption::tr("This is an armored (text) age file; only binary age files are accepted. Decrypt it "
                                  "with 'age -d' or ask the sender for the binary file."));
        }
        return makeError(
            Error::Code::UnknownFormat,
            AgeEncryption::tr("This is not an encrypted file in age format. Choose the file you received."));
    }

    QList<Stanza> stanzas;
    QByteArray macText;
    qsizetype macStart = 0;
    for (;;) {
        if (!readLine(line))
            return in.atEnd() ? truncatedHeader() : damagedHeader();
        if (line.startsWith("---")) {
            if (!line.startsWith("--- "))
                return damagedHeader();
            macStart = header.size() - line.size() - 1 + 3; // up to and including "---"
            macText = line.mid(4);
            break;
        }
        if (!line.startsWith("-> ") || stanzas.size() >= 1024)
            return damagedHeader();
        Stanza stanza;
        stanza.arguments = line.mid(3).split(' ');
        for (const QByteArray& argument : std::as_const(stanza.arguments)) {
            if (argument.isEmpty())
                return damagedHeader();
        }
        // Body lines of exactly 64 columns until a shorter (possibly empty) one.
        QByteArray encoded;
        for (;;) {
            if (!readLine(line))
                return in.atEnd() ? truncatedHeader() : damagedHeader();
            if (line.size() > ColumnsPerLine)
                return damagedHeader();
            encoded += line;
            if (line.size() < ColumnsPerLine)
                break;
        }
        const auto body = fromRawBase64(encoded);
        if (!body)
            return damagedHeader();
        stanza.body = *body;
        stanzas.append(stanza);
    }
    const auto mac = fromRawBase64(macText);
    if (!mac || mac->size() != int(crypto_auth_hmacsha256_BYTES) || stanzas.isEmpty())
        return damagedHeader();
    return Header {stanzas, *mac, header.left(macStart)};
}

/// The file key, unwrapped from the first X25519 stanza made for our key, once the header's MAC
/// checks out with it.
Result<SecretBytes> unwrapFileKey(const Header& header, const SecretBytes& secretKey)
{
    unsigned char ourPublic[KeySize];
    crypto_scalarmult_base(ourPublic, secretKey.data());
    const QByteArray ourPublicBytes(reinterpret_cast<const char*>(ourPublic), KeySize);
    SecretBytes fileKey;
    int x25519Stanzas = 0;
    bool passphraseStanza = false;
    for (const Stanza& stanza : std::as_const(header.stanzas)) {
        if (stanza.arguments.at(0) == "scrypt")
            passphraseStanza = true;
        if (stanza.arguments.at(0) != "X25519")
            continue;
        ++x25519Stanzas;
        const auto share = stanza.arguments.size() == 2 ? fromRawBase64(stanza.arguments.at(1)) : std::nullopt;
        if (!share || share->size() != KeySize || stanza.body.size() != FileKeySize + TagSize)
            return damagedHeader();
        SecretBytes shared(KeySize);
        if (crypto_scalarmult(shared.data(), secretKey.data(), bytes(*share)) != 0)
            return damagedHeader();
        const SecretBytes wrapKey = Hkdf::sha256(shared, *share + ourPublicBytes, X25519Label, KeySize);
        SecretBytes candidate(FileKeySize);
        const unsigned char zeroNonce[12] = {};
        if (crypto_aead_chacha20poly1305_ietf_decrypt(candidate.data(), nullptr, nullptr, bytes(stanza.body),
                                                      std::size_t(stanza.body.size()), nullptr, 0, zeroNonce,
                                                      wrapKey.data())
            == 0) {
            fileKey = std::move(candidate);
            break;
        }
    }
    if (fileKey.isEmpty()) {
        if (passphraseStanza && x25519Stanzas == 0) {
            return makeError(
                Error::Code::WrongKey,
                AgeEncryption::tr("This file was encrypted with a passphrase, not to a key. It was not made for this "
                                  "organisation's key."));
        }
        return makeError(
            Error::Code::WrongKey,
            AgeEncryption::tr("This file was not encrypted for this organisation's key (it is meant for %n other "
                              "recipient(s)). Check that it was sent to you, or ask the sender to encrypt it to your "
                              "current key.",
                              nullptr, x25519Stanzas));
    }
    const QByteArray expectedMac = Hkdf::hmacSha256(headerMacKey(fileKey), header.macCovers);
    if (crypto_verify_32(bytes(expectedMac), bytes(header.mac)) != 0)
        return damagedHeader();
    return fileKey;
}

/// Decrypts the payload (nonce, then the STREAM chunks) with the file key into out.
Result<void> decryptPayload(QIODevice& in, QIODevice& out, const SecretBytes& fileKey)
{
    unsigned char payloadNonce[PayloadNonceSize];
    const qint64 nonceSize = readFully(in, payloadNonce, PayloadNonceSize);
    if (nonceSize < 0)
        return ioError(in);
    if (nonceSize < PayloadNonceSize)
        return truncatedHeader();
    const SecretBytes payloadKey
        = Hkdf::sha256(fileKey, QByteArray(reinterpret_cast<const char*>(payloadNonce), PayloadNonceSize),
                       QByteArrayLiteral("payload"), KeySize);

    const qint64 sealedChunk = AgeEncryption::ChunkSize + TagSize;
    QByteArray current(int(sealedChunk), Qt::Uninitialized);
    QByteArray next(int(sealedChunk), Qt::Uninitialized);
    SecretBytes plain {std::size_t(AgeEncryption::ChunkSize)};
    qint64 currentSize = readFully(in, reinterpret_cast<unsigned char*>(current.data()), sealedChunk);
    if (currentSize < 0)
        return ioError(in);
    const auto open = [&](quint64 counter, qint64 size, bool last, unsigned long long* plainSize) {
        unsigned char nonce[12];
        streamNonce(nonce, counter, last);
        return crypto_aead_chacha20poly1305_ietf_decrypt(plain.data(), plainSize, nullptr, bytes(current),
                                                         std::size_t(size), nullptr, 0, nonce, payloadKey.data())
            == 0;
    };
    for (quint64 counter = 0;; ++counter) {
        const int part = int(counter + 1);
        if (currentSize < TagSize) {
            return makeError(
                Error::Code::Truncated,
                AgeEncryption::tr("The file ends early (in part %1 of the encrypted content): it is incomplete, for "
                                  "example copied only partly or a USB stick was removed too early. Ask the sender for "
                                  "a new copy.")
                    .arg(part));
        }
        qint64 nextSize = 0;
        if (currentSize == sealedChunk) {
            nextSize = readFully(in, reinterpret_cast<unsigned char*>(next.data()), sealedChunk);
            if (nextSize < 0)
                return ioError(in);
        }
        unsigned long long plainSize = 0;
        const bool atEnd = nextSize == 0;
        if (open(counter, currentSize, atEnd, &plainSize)) {
            if (atEnd && plainSize == 0 && counter > 0) {
                return makeError(
                    Error::Code::Damaged,
                    AgeEncryption::tr("The encrypted content ends with an empty part, which the format does not allow; "
                                      "the file was changed."));
            }
            if (!writeAll(out, plain.data(), qint64(plainSize)))
                return ioError(out);
            if (atEnd)
                return {};
        } else if (atEnd && currentSize == sealedChunk && open(counter, currentSize, false, &plainSize)) {
            // A complete middle chunk followed by nothing: the rest of the file is missing.
            return makeError(
                Error::Code::Truncated,
                AgeEncryption::tr("The file ends early after part %1 of the encrypted content: it is incomplete, for "
                                  "example copied only partly or a USB stick was removed too early. Ask the sender for "
                                  "a new copy.")
                    .arg(part));
        } else if (!atEnd && open(counter, currentSize, true, &plainSize)) {
            return makeError(
                Error::Code::Damaged,
                AgeEncryption::tr("There is extra data after the end of the encrypted content: something was appended "
                                  "to the file. Do not use it; ask the sender for a new copy."));
        } else if (atEnd) {
            return makeError(
                Error::Code::Damaged,
                AgeEncryption::tr("The last part (%1) of the encrypted content does not check out: the file is "
                                  "incomplete (for example a USB stick was removed too early) or was changed. Ask the "
                                  "sender for a new copy.")
                    .arg(part));
        } else {
            return makeError(
                Error::Code::Damaged,
                AgeEncryption::tr("Part %1 of the encrypted content was changed or damaged; nothing of the file can be "
                                  "trusted. Ask the sender for a new copy.")
                    .arg(part));
        }
        std::swap(current, next);
        currentSize = nextSize;
    }
}

} // namespace

Result<void> AgeEncryption::encrypt(QIODevice& in, QIODevice& out, const QList<QByteArray>& recipients)
{
    if (sodium_init() < 0)
        return makeError(Error::Code::Generic, tr("The cryptography library could not be started."));
    if (recipients.isEmpty() || recipients.size() > MaxRecipients)
        return makeError(Error::Code::InvalidInput, tr("Choose between 1 and %1 recipients.").arg(MaxRecipients));

    const SecretBytes fileKey = SecretBytes::random(FileKeySize);
    QByteArray header = VersionLine + '\n';
    for (const QByteArray& recipient : recipients) {
        if (recipient.size() != KeySize)
            return makeError(Error::Code::InvalidInput, tr("A recipient key is not an X25519 public key."));
        const SecretBytes ephemeral = SecretBytes::random(KeySize);
        QByteArray share(KeySize, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(share.data()), ephemeral.data());
        SecretBytes shared(KeySize);
        // libsodium refuses (returns -1) when the result is all zeros: a low-order recipient key.
        if (crypto_scalarmult(shared.data(), ephemeral.data(), bytes(recipient)) != 0) {
            return makeError(Error::Code::InvalidInput,
                             tr("A recipient key is not usable (it is a degenerate X25519 key)."));
        }
        const SecretBytes wrapKey = Hkdf::sha256(shared, share + recipient, X25519Label, KeySize);
        QByteArray body(FileKeySize + TagSize, Qt::Uninitialized);
        const unsigned char zeroNonce[12] = {};
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(body.data()), nullptr,
                                                  fileKey.data(), fileKey.size(), nullptr, 0, nullptr, zeroNonce,
                                                  wrapKey.data());
        // 32 bytes are 43 base64 characters: one body line, shorter than 64 as the format requires.
        header += "-> X25519 " + rawBase64(share) + '\n' + rawBase64(body) + '\n';
    }
    header += "---";
    const QByteArray mac = Hkdf::hmacSha256(headerMacKey(fileKey), header);
    header += ' ' + rawBase64(mac) + '\n';
    if (out.write(header) != header.size())
        return ioError(out);

    unsigned char payloadNonce[PayloadNonceSize];
    randombytes_buf(payloadNonce, sizeof payloadNonce);
    if (!writeAll(out, payloadNonce, PayloadNonceSize))
        return ioError(out);
    const SecretBytes payloadKey
        = Hkdf::sha256(fileKey, QByteArray(reinterpret_cast<const char*>(payloadNonce), PayloadNonceSize),
                       QByteArrayLiteral("payload"), KeySize);

    // Read one chunk ahead: only then is it known whether the current chunk is the last one.
    SecretBytes current {std::size_t(ChunkSize)};
    SecretBytes next {std::size_t(ChunkSize)};
    QByteArray sealed(int(ChunkSize + TagSize), Qt::Uninitialized);
    qint64 currentSize = readFully(in, current.data(), ChunkSize);
    if (currentSize < 0)
        return ioError(in);
    for (quint64 counter = 0;; ++counter) {
        qint64 nextSize = 0;
        if (currentSize == ChunkSize) {
            nextSize = readFully(in, next.data(), ChunkSize);
            if (nextSize < 0)
                return ioError(in);
        }
        const bool last = nextSize == 0;
        unsigned char nonce[12];
        streamNonce(nonce, counter, last);
        unsigned long long sealedSize = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize,
                                                  current.data(), std::size_t(currentSize), nullptr, 0, nullptr, nonce,
                                                  payloadKey.data());
        if (!writeAll(out, bytes(sealed), qint64(sealedSize)))
            return ioError(out);
        if (last)
            break;
        std::swap(current, next);
        currentSize = nextSize;
    }
    return {};
}

Result<void> AgeEncryption::decrypt(QIODevice& in, QIODevice& out, const SecretBytes& secretKey)
{
    if (sodium_init() < 0)
        return makeError(Error::Code::Generic, tr("The cryptography library could not be started."));
    if (secretKey.size() != std::size_t(KeySize))
        return makeError(Error::Code::InvalidInput, tr("The decryption key is not an X25519 secret key."));
    const Result<Header> header = readHeader(in);
    if (!header)
        return header.error();
    const Result<SecretBytes> fileKey = unwrapFileKey(header.value(), secretKey);
    if (!fileKey)
        return fileKey.error();
    return decryptPayload(in, out, fileKey.value());
}
} // namespace inbeeld
