#pragma once

#include <QCoreApplication>

class QLabel;

namespace inbeeld {

/// The few label looks the dialogs share: an error line, a notice box, a small hint. Keeps the
/// colours in one place and makes every such label wrap and hide itself while it is empty.
class LabelStyle
{
    Q_DECLARE_TR_FUNCTIONS(LabelStyle)

public:
    static void asError(QLabel* label);
    static void asNotice(QLabel* label);
    static void asHint(QLabel* label);
    /// Sets the text and shows the label, or hides it when text is empty.
    static void setTextOrHide(QLabel* label, const QString& text);
};

} // namespace inbeeld
