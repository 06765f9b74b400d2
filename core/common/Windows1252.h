#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>

namespace inbeeld {

/// Windows-1252 ("ANSI", the code page of Dutch Excel exports), done by hand: whether Qt 6.4's
/// QStringDecoder knows "windows-1252" depends on Qt having been built with ICU (Debian's is,
/// other platforms' builds need not be), and Latin-1 gets 0x80–0x9F (€, „, ‘, ’, “, ”, –, —, Š,
/// Ž, …) wrong. The importer also needs the single-byte mapping for its per-byte UTF-8 fallback.
class Windows1252
{
public:
    /// The character for one byte. The five bytes Windows-1252 leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D) become the C1 control with the same number, as browsers do.
    static char16_t toUnicode(uchar byte);
    static QString decode(QByteArrayView bytes);

    /// The bytes for a text, or nothing when a character is not in the code page. C1 controls
    /// (U+0080–U+009F) map to the byte with the same number, so Latin-1 readings round-trip too.
    static std::optional<QByteArray> encode(QStringView text);

    /// Undoes the classic mix-up where UTF-8 bytes were read as Windows-1252 (or Latin-1):
    /// "Ã–zdemir" → "Özdemir", "AnaÃ¯s" → "Anaïs". Only attempted when the text contains a
    /// UTF-8 lead byte followed by a continuation byte (as characters: U+00C2–U+00F4 followed by
    /// a character that encodes to 0x80–0xBF), and only accepted when the whole text encodes to
    /// Windows-1252 and those bytes are valid UTF-8. Returns nothing when there is nothing to
    /// repair or the repair would not be valid. Real names practically never contain such pairs
    /// ("Ã" followed by "¶", "–", "©", …), so a false repair is very unlikely.
    static std::optional<QString> repairMojibake(QStringView text);
};

} // namespace inbeeld
