#pragma once

#include <QString>
#include <QStringView>

namespace inbeeld {

/// White-space clean-up that does not copy text that is already clean. A million-row import
/// calls QString::simplified() on most cells, and Qt's version always allocates a new string.
struct TextShape
{
    /// True when text has no white space at either end, no white space other than single
    /// spaces (U+0020) between words: simplified() would return it unchanged.
    static bool isSimplified(QStringView text);
    /// The same as text.simplified(), but shares text instead of copying it when it is already
    /// simplified.
    static QString simplified(const QString& text);
    /// True when every character is below U+0080.
    static bool isAscii(QStringView text);
};

} // namespace inbeeld
