#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace inbeeld {

/// Turns the bytes of a text file into text, chunk by chunk, in the encodings Dutch
/// spreadsheet exports use. UTF-8 is decoded by hand so that a stray invalid byte (a file glued
/// together from a UTF-8 and a Windows-1252 export) becomes its Windows-1252 character instead of
/// "�": nothing is lost, and fallbackBytes() tells the caller it happened.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1252, Utf16LE, Utf16BE };

    /// The encoding of a file from its first bytes: a byte order mark decides; otherwise UTF-8
    /// when the sample is valid UTF-8 (an incomplete sequence cut off at the end of the sample
    /// does not count against it), else Windows-1252. *bomLength gets the bytes to skip.
    static Encoding detect(QByteArrayView sample, qsizetype* bomLength);
    /// A name for the user: "UTF-8", "UTF-8 with BOM", "Windows-1252", ...
    static QString name(Encoding encoding);

    explicit TextDecoder(Encoding encoding);

    /// Decodes the next chunk. Bytes of a character that continues in the next chunk are kept.
    QString decode(QByteArrayView chunk);
    /// Decodes what is left at the end of the input.
    QString finish();

    /// How many bytes were not valid UTF-8 and were read as Windows-1252 instead.
    qint64 fallbackBytes() const { return m_fallbackBytes; }

private:
    QString decodeUtf8(QByteArrayView bytes, bool final);

    Encoding m_encoding;
    QByteArray m_carry; // an incomplete UTF-8 sequence from the end of the previous chunk
    QStringDecoder m_utf16;
    qint64 m_fallbackBytes = 0;
};

} // namespace inbeeld
