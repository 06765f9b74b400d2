#include "ui/common/LabelStyle.h"

#include <QLabel>
#include <QPalette>

namespace inbeeld {

namespace {
void prepare(QLabel* label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(!label->text().isEmpty());
}
} // namespace

void LabelStyle::asError(QLabel* label)
{
    prepare(label);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setAccessibleName(tr("Error"));
}

void LabelStyle::asNotice(QLabel* label)
{
    prepare(label);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    label->setPalette(palette);
}

void LabelStyle::asHint(QLabel* label)
{
    prepare(label);
    label->setForegroundRole(QPalette::PlaceholderText);
}

void LabelStyle::setTextOrHide(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace inbeeld
