#include "ui/lifecycle/RectifyDialog.h"

#include "core/importing/ImportField.h"
#include "core/lifecycle/SubjectRights.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace inbeeld {

RectifyDialog::RectifyDialog(QWidget* parent)
    : QDialog(parent)
    , m_fieldCombo(new QComboBox(this))
    , m_valueEdit(new QLineEdit(this))
    , m_reasonEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("rectifyDialog"));
    setWindowTitle(tr("Correct a field"));
    m_fieldCombo->setObjectName(QStringLiteral("rectifyFieldCombo"));
    m_valueEdit->setObjectName(QStringLiteral("rectifyValueEdit"));
    m_reasonEdit->setObjectName(QStringLiteral("rectifyReasonEdit"));
    for (const QString& id : SubjectRights::rectifiableFields()) {
        const auto field = ImportFields::fromCode(id);
        m_fieldCombo->addItem(field ? ImportFields::displayName(*field) : id, id);
    }
    m_valueEdit->setPlaceholderText(tr("Dates as dd-mm-yyyy"));
    m_reasonEdit->setPlaceholderText(tr("e.g. request 12 of the parent"));
    auto* intro = new QLabel(tr("Corrects the field in our own records about this child. The old value is kept "
                                "with who, when and why; comparisons and packages use the correction from now on "
                                "and the next package tells the partner. A partner's record is not ours to correct: "
                                "ask that partner."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Correct"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rectifyOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Field:"), m_fieldCombo);
    form->addRow(tr("Correct &value:"), m_valueEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QString RectifyDialog::field() const
{
    return m_fieldCombo->currentData().toString();
}

QString RectifyDialog::value() const
{
    return m_valueEdit->text();
}

QString RectifyDialog::reason() const
{
    return m_reasonEdit->text();
}

} // namespace inbeeld
