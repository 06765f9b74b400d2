#include "core/common/TextShape.h"

namespace inbeeld {

bool TextShape::isSimplified(QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    bool previousSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (previousSpace)
                return false;
            previousSpace = true;
            continue;
        }
        previousSpace = false;
        // Every other white space character is turned into a space by simplified().
        if ((u >= 0x09 && u <= 0x0D) || (u >= 0x80 && c.isSpace()))
            return false;
    }
    return true;
}

QString TextShape::simplified(const QString& text)
{
    return isSimplified(text) ? text : text.simplified();
}

bool TextShape::isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace inbeeld
