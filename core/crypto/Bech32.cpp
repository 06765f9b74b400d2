#include "core/crypto/Bech32.h"

#include <cstdint>
#include <cstring>

namespace inbeeld {

namespace {

const char Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymodStep(std::uint32_t chk, unsigned value)
{
    static const std::uint32_t generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    const std::uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; ++i) {
        if ((top >> i) & 1)
            chk ^= generator[i];
    }
    return chk;
}

std::uint32_t hrpChecksumStart(const QByteArray& hrp)
{
    std::uint32_t chk = 1;
    for (const char c : hrp)
        chk = polymodStep(chk, unsigned(static_cast<unsigned char>(c)) >> 5);
    chk = polymodStep(chk, 0);
    for (const char c : hrp)
        chk = polymodStep(chk, unsigned(static_cast<unsigned char>(c)) & 31);
    return chk;
}

int charsetIndex(char c)
{
    const char* found = std::strchr(Charset, c);
    return found && c != '\0' ? int(found - Charset) : -1;
}

} // namespace

SecretBytes Bech32::encode(const QByteArray& hrp, const unsigned char* data, std::size_t size)
{
    const std::size_t groups = (size * 8 + 4) / 5;
    SecretBytes out(std::size_t(hrp.size()) + 1 + groups + 6);
    unsigned char* p = out.data();
    std::memcpy(p, hrp.constData(), std::size_t(hrp.size()));
    p += hrp.size();
    *p++ = '1';

    std::uint32_t chk = hrpChecksumStart(hrp);
    std::uint32_t acc = 0;
    int bits = 0;
    const auto push = [&](unsigned value) {
        chk = polymodStep(chk, value);
        *p++ = static_cast<unsigned char>(Charset[value]);
    };
    for (std::size_t i = 0; i < size; ++i) {
        acc = ((acc << 8) | data[i]) & 0xfff;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            push((acc >> bits) & 31);
        }
    }
    if (bits > 0)
        push((acc << (5 - bits)) & 31);
    acc = 0;
    for (int i = 0; i < 6; ++i)
        chk = polymodStep(chk, 0);
    chk ^= 1;
    for (int i = 0; i < 6; ++i)
        *p++ = static_cast<unsigned char>(Charset[(chk >> (5 * (5 - i))) & 31]);
    return out;
}

std::optional<Bech32::Decoded> Bech32::decode(const char* text, std::size_t size)
{
    bool lower = false;
    bool upper = false;
    std::size_t separator = size;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (c < 33 || c > 126)
            return std::nullopt;
        lower = lower || (c >= 'a' && c <= 'z');
        upper = upper || (c >= 'A' && c <= 'Z');
        if (c == '1')
            separator = i;
    }
    if ((lower && upper) || separator == size || separator == 0 || size - separator - 1 < 6)
        return std::nullopt;

    const auto toLower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
    QByteArray hrp(text, qsizetype(separator));
    for (char& c : hrp)
        c = toLower(c);

    const std::size_t dataChars = size - separator - 1 - 6;
    SecretBytes values(dataChars + 6);
    std::uint32_t chk = hrpChecksumStart(hrp);
    for (std::size_t i = 0; i < dataChars + 6; ++i) {
        const int v = charsetIndex(toLower(text[separator + 1 + i]));
        if (v < 0)
            return std::nullopt;
        values.data()[i] = static_cast<unsigned char>(v);
        chk = polymodStep(chk, unsigned(v));
    }
    if (chk != 1)
        return std::nullopt;

    // 5-bit groups back to bytes; leftover bits must be fewer than 5 and all zero.
    Decoded decoded;
    decoded.hrp = hrp;
    decoded.data = SecretBytes(dataChars * 5 / 8);
    std::uint32_t acc = 0;
    int bits = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < dataChars; ++i) {
        acc = ((acc << 5) | values.data()[i]) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            decoded.data.data()[n++] = static_cast<unsigned char>((acc >> bits) & 0xff);
        }
    }
    const bool cleanPadding = bits < 5 && ((acc << (8 - bits)) & 0xff) == 0;
    acc = 0;
    if (!cleanPadding || n != decoded.data.size())
        return std::nullopt;
    return decoded;
}

} // namespace inbeeld
