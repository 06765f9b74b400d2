#include "core/exchange/Fingerprint.h"

#include <QStringList>
#include <sodium.h>

namespace inbeeld {

namespace {

const char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString base32(const unsigned char* data, int size)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(Base32Alphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

} // namespace

QString Fingerprint::of(const QByteArray& signingKey, const QByteArray& encryptionKey)
{
    static const QByteArray label("InBeeld identity fingerprint v1", 32); // with its terminating zero byte
    const QByteArray input = label + signingKey + encryptionKey;
    unsigned char hash[Bytes];
    crypto_generichash(hash, Bytes, reinterpret_cast<const unsigned char*>(input.constData()),
                       std::size_t(input.size()), nullptr, 0);
    return grouped(base32(hash, Bytes));
}

QString Fingerprint::normalised(const QString& typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u':')
            continue;
        const QChar upper = c.toUpper();
        if (!((upper >= u'A' && upper <= u'Z') || (upper >= u'2' && upper <= u'7')))
            return {};
        out += upper;
    }
    return out.size() == Characters ? out : QString();
}

bool Fingerprint::matches(const QString& typed, const QString& fingerprint)
{
    const QString a = normalised(typed);
    return !a.isEmpty() && a == normalised(fingerprint);
}

QString Fingerprint::grouped(const QString& normalisedText)
{
    QStringList groups;
    for (int i = 0; i < normalisedText.size(); i += 4)
        groups << normalisedText.mid(i, 4);
    return groups.join(u' ');
}

} // namespace inbeeld
