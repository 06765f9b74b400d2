#pragma once

#include "core/exchange/PartnerTrust.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace inbeeld {

class Store;

/// "Contactgegevens": the contact person at a partner, the mail address packages are sent to and
/// a phone number (to compare fingerprints), stored by PartnerTrust::setContact (audited).
class PartnerContactDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerContactDialog(Store& store, const Partner& partner, QWidget* parent = nullptr);

    /// Stores the contact; shows core's message and returns false when refused.
    bool save();
    const Partner& partner() const { return m_partner; }

public slots:
    void accept() override;

private:
    Store& m_store;
    Partner m_partner;
    QLineEdit* m_nameEdit;
    QLineEdit* m_mailEdit;
    QLineEdit* m_phoneEdit;
    QLabel* m_errorLabel;
};

} // namespace inbeeld
