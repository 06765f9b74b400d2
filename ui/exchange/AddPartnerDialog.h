#pragma once

#include "core/exchange/IdentityCard.h"
#include "core/exchange/PartnerTrust.h"

#include <QDialog>
#include <QList>
#include <optional>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace inbeeld {

class Store;

/// "Add partner": opens a partner's identity card, shows who it names and its fingerprint in
/// groups, and asks the user to type the fingerprint as their contact at the partner reads it out
/// (by phone or in person), who confirmed it and how. PartnerTrust decides: a wrong fingerprint,
/// our own card, another agreement or changed keys without a rotation signed by the pinned key are
/// refused with core's message, and nothing is pinned.
class AddPartnerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int Groups = 8;

    explicit AddPartnerDialog(Store& store, QWidget* parent = nullptr);

    /// Reads the card at path and shows it; false (with the reason shown) when it cannot be used.
    bool loadCard(const QString& path);
    /// Asks core to pin the partner; on success emits partnerAdded and accepts. False (with the
    /// refusal shown) otherwise.
    bool pin();
    /// What the user typed, groups joined by spaces.
    QString typedFingerprint() const;

signals:
    void partnerAdded(const inbeeld::Partner& partner);

private:
    void chooseCard();
    void groupEdited(int group);
    void updateState();
    void showRefusal(const QString& message, bool hardWarning);
    void growToFit();

    Store& m_store;
    std::optional<IdentityCard> m_card;
    QLineEdit* m_fileEdit;
    QPushButton* m_chooseButton;
    QGroupBox* m_cardBox;
    QLabel* m_organisationValue;
    QLabel* m_roleValue;
    QLabel* m_agreementValue;
    QLabel* m_fingerprintValue;
    QGroupBox* m_confirmBox;
    QList<QLineEdit*> m_groupEdits;
    QLabel* m_matchLabel;
    QLineEdit* m_confirmedByEdit;
    QRadioButton* m_phoneButton;
    QRadioButton* m_inPersonButton;
    QLabel* m_warningIcon;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_pinButton;
};

} // namespace inbeeld
