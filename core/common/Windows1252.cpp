#include "core/common/Windows1252.h"

#include <QStringDecoder>

namespace inbeeld {

namespace {

// 0x80–0x9F; 0 marks the bytes Windows-1252 leaves undefined.
constexpr char16_t kHighTable[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

std::optional<uchar> toByte(char16_t c)
{
    if (c < 0x100)
        return uchar(c);
    for (int i = 0; i < 32; ++i) {
        if (kHighTable[i] == c)
            return uchar(0x80 + i);
    }
    return std::nullopt;
}

} // namespace

char16_t Windows1252::toUnicode(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F && kHighTable[byte - 0x80] != 0)
        return kHighTable[byte - 0x80];
    return byte;
}

QString Windows1252::decode(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        dst[i] = QChar(b < 0x80 ? char16_t(b) : toUnicode(b)); // ASCII, nearly every byte, inline
    }
    return out;
}

std::optional<QByteArray> Windows1252::encode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const auto b = toByte(c.unicode());
        if (!b)
            return std::nullopt;
        out.append(char(*b));
    }
    return out;
}

std::optional<QString> Windows1252::repairMojibake(QStringView text)
{
    bool suspicious = false;
    for (qsizetype i = 0; i + 1 < text.size() && !suspicious; ++i) {
        const char16_t lead = text[i].unicode();
        if (lead < 0xC2 || lead > 0xF4)
            continue;
        const auto next = toByte(text[i + 1].unicode());
        suspicious = next && *next >= 0x80 && *next <= 0xBF;
    }
    if (!suspicious)
        return std::nullopt;
    const auto bytes = encode(text);
    if (!bytes)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString repaired = utf8.decode(*bytes);
    if (utf8.hasError() || repaired == text)
        return std::nullopt;
    return repaired;
}

} // namespace inbeeld
