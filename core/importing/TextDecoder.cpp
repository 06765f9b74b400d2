#include "core/importing/TextDecoder.h"

#include "core/common/Windows1252.h"

namespace inbeeld {

namespace {

/// The length of the UTF-8 sequence starting at bytes[i] when it is valid (1–4); 0 when it is
/// invalid; -1 when it is valid so far but runs past the end of the bytes.
int utf8SequenceLength(const uchar* bytes, qsizetype i, qsizetype size)
{
    const uchar b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    int length = 0;
    uchar lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (b0 == 0xED)
            hi = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= size)
            return -1;
        const uchar b = bytes[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

TextDecoder::Encoding TextDecoder::detect(QByteArrayView sample, qsizetype* bomLength)
{
    *bomLength = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return Encoding::Utf8WithBom;
    }
    if (sample.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return Encoding::Utf16LE;
    }
    if (sample.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return Encoding::Utf16BE;
    }
    const auto* bytes = reinterpret_cast<const uchar*>(sample.data());
    for (qsizetype i = 0; i < sample.size();) {
        const int length = utf8SequenceLength(bytes, i, sample.size());
        if (length < 0)
            break; // cut off by the end of the sample
        if (length == 0)
            return Encoding::Windows1252;
        i += length;
    }
    return Encoding::Utf8;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_utf16(encoding == Encoding::Utf16BE ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE)
{
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    switch (m_encoding) {
    case Encoding::Windows1252:
        return Windows1252::decode(chunk);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return m_utf16.decode(chunk);
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        break;
    }
    if (m_carry.isEmpty())
        return decodeUtf8(chunk, false);
    const QByteArray joined = m_carry + chunk.toByteArray();
    m_carry.clear();
    return decodeUtf8(joined, false);
}

QString TextDecoder::finish()
{
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
        return m_utf16.decode(QByteArrayView());
    const QByteArray rest = m_carry;
    m_carry.clear();
    return decodeUtf8(rest, true);
}

QString TextDecoder::decodeUtf8(QByteArrayView bytesView, bool final)
{
    const auto* bytes = reinterpret_cast<const uchar*>(bytesView.data());
    const qsizetype size = bytesView.size();
    QString out(size, Qt::Uninitialized); // never more UTF-16 units than bytes
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    qsizetype n = 0;
    for (qsizetype i = 0; i < size;) {
        const uchar b0 = bytes[i];
        if (b0 < 0x80) {
            dst[n++] = b0;
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes, i, size);
        if (length < 0 && !final) {
            m_carry = QByteArray(reinterpret_cast<const char*>(bytes + i), size - i);
            break;
        }
        if (length <= 0) {
            dst[n++] = Windows1252::toUnicode(b0);
            ++m_fallbackBytes;
            ++i;
            continue;
        }
        char32_t cp = b0 & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        if (cp >= 0x10000) {
            dst[n++] = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            dst[n++] = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            dst[n++] = char16_t(cp);
        }
        i += length;
    }
    out.truncate(n);
    return out;
}

} // namespace inbeeld
