#pragma once

#include "core/storage/Store.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace inbeeld {

/// Setup wizard page for the organisation: its name, its role in the agreement and the
/// agreement (from the built-in profiles).
class OrganisationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OrganisationPage(QWidget* parent = nullptr);

    /// Name, role and agreement as chosen (store id and creation time are set by the store).
    OrganisationInfo organisation() const;
    bool isComplete() const override;

private:
    void updateAgreementDescription();

    QLineEdit* m_nameEdit;
    QComboBox* m_roleCombo;
    QComboBox* m_agreementCombo;
    QLabel* m_agreementLabel;
    QLabel* m_errorLabel;
};

} // namespace inbeeld
