#pragma once

#include <QIcon>

namespace inbeeld {

/// The program icon. Uses resources/icons/inbeeld.svg when Qt can render SVG; without the SVG
/// plugin it paints the same picture, so windows never go without an icon.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace inbeeld
