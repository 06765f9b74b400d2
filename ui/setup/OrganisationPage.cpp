#include "ui/setup/OrganisationPage.h"

#include "core/domain/Agreement.h"
#include "core/domain/Role.h"
#include "ui/common/LabelStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace inbeeld {

OrganisationPage::OrganisationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_agreementCombo(new QComboBox(this))
    , m_agreementLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("organisationPage"));
    setTitle(tr("Your organisation"));
    setSubTitle(tr("InBeeld keeps one store per organisation. Tell it which organisation this store is for."));

    m_nameEdit->setObjectName(QStringLiteral("orgNameEdit"));
    m_nameEdit->setPlaceholderText(tr("for example: RBL Midden-Gelre"));
    m_nameEdit->setMaxLength(120);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_agreementCombo->setObjectName(QStringLiteral("agreementCombo"));
    m_agreementLabel->setObjectName(QStringLiteral("agreementDescriptionLabel"));
    m_errorLabel->setObjectName(QStringLiteral("organisationErrorLabel"));
    LabelStyle::asHint(m_agreementLabel);
    LabelStyle::asError(m_errorLabel);

    m_roleCombo->addItem(tr("RBL: regional attendance office (leerplicht)"), RoleText::code(Role::Rbl));
    m_roleCombo->addItem(tr("SWV: school partnership (samenwerkingsverband passend onderwijs)"),
                         RoleText::code(Role::Swv));

    QStringList profileErrors;
    const QList<Agreement> agreements = AgreementCatalog::builtIn(&profileErrors);
    for (const Agreement& agreement : agreements)
        m_agreementCombo->addItem(agreement.title(), agreement.id());
    if (agreements.isEmpty()) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("InBeeld has no usable data-sharing agreement built in, so a store cannot be "
                                     "created. Please report this to your IT department. Details: %1")
                                      .arg(profileErrors.join(QStringLiteral("; "))));
    }

    auto* nameLabel = new QLabel(tr("&Organisation name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_roleCombo);
    auto* agreementLabel = new QLabel(tr("&Agreement:"), this);
    agreementLabel->setBuddy(m_agreementCombo);

    auto* layout = new QFormLayout(this);
    layout->addRow(nameLabel, m_nameEdit);
    layout->addRow(roleLabel, m_roleCombo);
    layout->addRow(agreementLabel, m_agreementCombo);
    layout->addRow(QString(), m_agreementLabel);
    layout->addRow(m_errorLabel);

    // Mandatory: QWizard keeps Next disabled while the name is empty.
    registerField(QStringLiteral("orgName*"), m_nameEdit);

    connect(m_agreementCombo, &QComboBox::currentIndexChanged, this, &OrganisationPage::updateAgreementDescription);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    updateAgreementDescription();
}

OrganisationInfo OrganisationPage::organisation() const
{
    OrganisationInfo info;
    info.name = m_nameEdit->text().simplified();
    info.role = RoleText::fromCode(m_roleCombo->currentData().toString()).value_or(Role::Rbl);
    info.agreementId = m_agreementCombo->currentData().toString();
    return info;
}

bool OrganisationPage::isComplete() const
{
    return !m_nameEdit->text().simplified().isEmpty() && m_agreementCombo->count() > 0;
}

void OrganisationPage::updateAgreementDescription()
{
    const QString id = m_agreementCombo->currentData().toString();
    if (id.isEmpty()) {
        LabelStyle::setTextOrHide(m_agreementLabel, QString());
        return;
    }
    const Result<Agreement> agreement = AgreementCatalog::builtIn(id);
    if (!agreement) {
        LabelStyle::setTextOrHide(m_agreementLabel, agreement.message());
        return;
    }
    QStringList parties;
    for (const AgreementParty& party : agreement.value().parties())
        parties << party.name;
    LabelStyle::setTextOrHide(
        m_agreementLabel,
        parties.isEmpty() ? QString() : tr("Parties to this agreement: %1.").arg(parties.join(QStringLiteral(", "))));
}

} // namespace inbeeld
