#include "ui/exchange/PartnerContactDialog.h"

#include "ui/common/LabelStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbeeld {

PartnerContactDialog::PartnerContactDialog(Store& store, const Partner& partner, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_partner(partner)
    , m_nameEdit(new QLineEdit(partner.contactName, this))
    , m_mailEdit(new QLineEdit(partner.contactMail, this))
    , m_phoneEdit(new QLineEdit(partner.contactPhone, this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("partnerContactDialog"));
    setWindowTitle(tr("Contact at %1").arg(partner.organisation));
    m_nameEdit->setObjectName(QStringLiteral("contactNameEdit"));
    m_mailEdit->setObjectName(QStringLiteral("contactMailEdit"));
    m_mailEdit->setPlaceholderText(tr("name@example.nl"));
    m_phoneEdit->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_errorLabel->setObjectName(QStringLiteral("contactErrorLabel"));
    LabelStyle::asError(m_errorLabel);
    auto* intro = new QLabel(tr("Packages sent by mail go to this address. Use the address the partner gave you for "
                                "this exchange, preferably a shared mailbox."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Contact &person:"), m_nameEdit);
    form->addRow(tr("&Mail address:"), m_mailEdit);
    form->addRow(tr("P&hone:"), m_phoneEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("contactSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnerContactDialog::reject);
    resize(520, sizeHint().height());
}

bool PartnerContactDialog::save()
{
    auto saved = PartnerTrust(m_store).setContact(
        m_partner, {m_nameEdit->text().trimmed(), m_mailEdit->text().trimmed(), m_phoneEdit->text().trimmed()});
    if (!saved) {
        LabelStyle::setTextOrHide(m_errorLabel, saved.message());
        m_mailEdit->setFocus();
        return false;
    }
    m_partner = saved.value();
    return true;
}

void PartnerContactDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace inbeeld
