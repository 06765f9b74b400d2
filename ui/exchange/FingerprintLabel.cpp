#include "ui/exchange/FingerprintLabel.h"

#include <QFontDatabase>

namespace inbeeld {

FingerprintLabel::FingerprintLabel(QWidget* parent)
    : QLabel(parent)
{
    setFont(fingerprintFont());
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setWordWrap(true);
}

QFont FingerprintLabel::fingerprintFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(base * 1.4);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
    return font;
}

} // namespace inbeeld
