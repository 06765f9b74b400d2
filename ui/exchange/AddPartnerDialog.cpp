#include "ui/exchange/AddPartnerDialog.h"

#include "core/exchange/Fingerprint.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/exchange/FingerprintLabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace inbeeld {

namespace {

constexpr int GroupLength = Fingerprint::Characters / AddPartnerDialog::Groups;

} // namespace

AddPartnerDialog::AddPartnerDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_fileEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(tr("&Choose card…"), this))
    , m_cardBox(new QGroupBox(tr("The partner's identity card"), this))
    , m_organisationValue(new QLabel(m_cardBox))
    , m_roleValue(new QLabel(m_cardBox))
    , m_agreementValue(new QLabel(m_cardBox))
    , m_fingerprintValue(new FingerprintLabel(m_cardBox))
    , m_confirmBox(new QGroupBox(tr("Compare the fingerprint with your contact"), this))
    , m_matchLabel(new QLabel(m_confirmBox))
    , m_confirmedByEdit(new QLineEdit(m_confirmBox))
    , m_phoneButton(new QRadioButton(tr("By &phone, on a number I already knew"), m_confirmBox))
    , m_inPersonButton(new QRadioButton(tr("In p&erson"), m_confirmBox))
    , m_warningIcon(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_pinButton(new QPushButton(tr("&Add partner"), this))
{
    setObjectName(QStringLiteral("addPartnerDialog"));
    setWindowTitle(tr("Add partner"));
    m_fileEdit->setObjectName(QStringLiteral("cardFileEdit"));
    m_chooseButton->setObjectName(QStringLiteral("chooseCardButton"));
    m_cardBox->setObjectName(QStringLiteral("cardBox"));
    m_organisationValue->setObjectName(QStringLiteral("cardOrganisationValue"));
    m_roleValue->setObjectName(QStringLiteral("cardRoleValue"));
    m_agreementValue->setObjectName(QStringLiteral("cardAgreementValue"));
    m_fingerprintValue->setObjectName(QStringLiteral("cardFingerprintValue"));
    m_confirmBox->setObjectName(QStringLiteral("confirmBox"));
    m_matchLabel->setObjectName(QStringLiteral("fingerprintMatchLabel"));
    m_confirmedByEdit->setObjectName(QStringLiteral("confirmedByEdit"));
    m_phoneButton->setObjectName(QStringLiteral("confirmedByPhoneButton"));
    m_inPersonButton->setObjectName(QStringLiteral("confirmedInPersonButton"));
    m_errorLabel->setObjectName(QStringLiteral("addPartnerErrorLabel"));
    m_warningIcon->setObjectName(QStringLiteral("keyChangeWarningIcon"));
    m_pinButton->setObjectName(QStringLiteral("pinPartnerButton"));
    LabelStyle::asError(m_errorLabel);
    LabelStyle::asHint(m_matchLabel);
    m_matchLabel->setWordWrap(false);

    auto* intro = new QLabel(tr("Your partner gives you their identity card, a small file. Before you add them, "
                                "call your contact at the partner on a number you already know (or meet them) and "
                                "let them read their fingerprint to you: eight groups of four characters. Never "
                                "compare it through the channel the card came by."),
                             this);
    intro->setWordWrap(true);

    // Step 1: the card.
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No card chosen yet"));
    m_fileEdit->setAccessibleName(tr("Identity card file"));
    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("Card &file:"), this);
    fileLabel->setBuddy(m_chooseButton);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);

    for (QLabel* value : {m_organisationValue, m_roleValue, m_agreementValue})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* cardForm = new QFormLayout(m_cardBox);
    cardForm->addRow(tr("Organisation:"), m_organisationValue);
    cardForm->addRow(tr("Role:"), m_roleValue);
    cardForm->addRow(tr("Agreement:"), m_agreementValue);
    cardForm->addRow(tr("Fingerprint on the card:"), m_fingerprintValue);

    // Step 2: what the contact read out, who and how.
    auto* steps = new QLabel(tr("Type the fingerprint exactly as your contact reads it out, group by group. Do not "
                                "copy it from the card above: the point is that it comes to you another way."),
                             m_confirmBox);
    steps->setWordWrap(true);
    auto* groupsRow = new QHBoxLayout;
    groupsRow->setSpacing(4);
    const QFont fixed = FingerprintLabel::fingerprintFont();
    auto* validator = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z2-7]{0,%1}").arg(GroupLength)), this);
    for (int i = 0; i < Groups; ++i) {
        auto* edit = new QLineEdit(m_confirmBox);
        edit->setObjectName(QStringLiteral("fingerprintGroup%1").arg(i + 1));
        edit->setAccessibleName(tr("Fingerprint group %1 of %2").arg(i + 1).arg(Groups));
        edit->setMaxLength(GroupLength);
        edit->setValidator(validator);
        edit->setFont(fixed);
        edit->setAlignment(Qt::AlignCenter);
        edit->setFixedWidth(QFontMetrics(fixed).horizontalAdvance(QStringLiteral("MMMMM")) + 12);
        connect(edit, &QLineEdit::textEdited, this, [this, i] { groupEdited(i); });
        groupsRow->addWidget(edit);
        m_groupEdits << edit;
    }
    groupsRow->addStretch();
    auto* groupsLabel = new QLabel(tr("Fingerprint as &read out:"), m_confirmBox);
    groupsLabel->setBuddy(m_groupEdits.first());

    m_confirmedByEdit->setPlaceholderText(tr("Name of your contact at the partner"));
    auto* byLabel = new QLabel(tr("Confirmed &by:"), m_confirmBox);
    byLabel->setBuddy(m_confirmedByEdit);
    auto* howGroup = new QButtonGroup(this);
    howGroup->addButton(m_phoneButton);
    howGroup->addButton(m_inPersonButton);
    auto* howRow = new QHBoxLayout;
    howRow->addWidget(m_phoneButton);
    howRow->addWidget(m_inPersonButton);
    howRow->addStretch();

    auto* confirmForm = new QFormLayout;
    confirmForm->addRow(groupsLabel, groupsRow);
    confirmForm->addRow(QString(), m_matchLabel);
    confirmForm->addRow(byLabel, m_confirmedByEdit);
    confirmForm->addRow(tr("How:"), howRow);
    auto* confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->addWidget(steps);
    confirmLayout->addLayout(confirmForm);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warningIcon->hide();
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_warningIcon);
    errorRow->addWidget(m_errorLabel, 1);

    m_pinButton->setDefault(true);
    m_buttons->addButton(m_pinButton, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pinButton, &QPushButton::clicked, this, &AddPartnerDialog::pin);
    connect(m_chooseButton, &QPushButton::clicked, this, &AddPartnerDialog::chooseCard);
    connect(m_confirmedByEdit, &QLineEdit::textChanged, this, &AddPartnerDialog::updateState);
    connect(howGroup, &QButtonGroup::buttonToggled, this, &AddPartnerDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_cardBox);
    layout->addWidget(m_confirmBox);
    layout->addLayout(errorRow);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Grows with the card's details and a refusal message instead of squashing them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_chooseButton->setFocus();
    updateState();
    resize(760, height());
    growToFit();
}

void AddPartnerDialog::growToFit()
{
    // Wrapped labels need more height at the current width than the layout's minimum says.
    layout()->activate();
    const int needed
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void AddPartnerDialog::chooseCard()
{
    auto* dialog = new QFileDialog(this, tr("Open the partner's identity card"));
    dialog->setObjectName(QStringLiteral("cardFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Identity cards (*.json)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { loadCard(path); });
    dialog->open();
}

bool AddPartnerDialog::loadCard(const QString& path)
{
    m_card.reset();
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    for (QLabel* value : {m_organisationValue, m_roleValue, m_agreementValue})
        value->clear();
    m_fingerprintValue->clear();
    for (QLineEdit* edit : std::as_const(m_groupEdits))
        edit->clear();
    showRefusal(QString(), false);
    auto card = IdentityCard::readFile(path);
    if (!card) {
        showRefusal(card.message(), false);
        updateState();
        return false;
    }
    m_card = card.value();
    m_organisationValue->setText(m_card->organisation);
    m_roleValue->setText(RoleText::displayName(m_card->role));
    m_agreementValue->setText(m_card->agreementId);
    m_fingerprintValue->setText(m_card->fingerprint());
    m_confirmBox->setTitle(tr("Compare the fingerprint with your contact at %1").arg(m_card->organisation));
    updateState();
    m_groupEdits.first()->setFocus();
    growToFit();
    return true;
}

void AddPartnerDialog::groupEdited(int group)
{
    QLineEdit* edit = m_groupEdits.at(group);
    const int cursor = edit->cursorPosition();
    edit->setText(edit->text().toUpper());
    edit->setCursorPosition(cursor);
    if (edit->text().size() == GroupLength && group + 1 < Groups)
        m_groupEdits.at(group + 1)->setFocus();
    showRefusal(QString(), false);
    updateState();
}

QString AddPartnerDialog::typedFingerprint() const
{
    QStringList groups;
    for (const QLineEdit* edit : m_groupEdits)
        groups << edit->text();
    return groups.join(QLatin1Char(' ')).trimmed();
}

void AddPartnerDialog::updateState()
{
    const bool haveCard = m_card.has_value();
    m_cardBox->setEnabled(haveCard);
    m_confirmBox->setEnabled(haveCard);
    int complete = 0;
    for (const QLineEdit* edit : std::as_const(m_groupEdits))
        complete += edit->text().size() == GroupLength ? 1 : 0;
    if (!haveCard)
        LabelStyle::setTextOrHide(m_matchLabel, tr("Choose the partner's card first."));
    else if (complete < Groups)
        LabelStyle::setTextOrHide(m_matchLabel, tr("%1 of %2 groups typed.").arg(complete).arg(Groups));
    else
        LabelStyle::setTextOrHide(m_matchLabel,
                                  tr("All %1 groups typed. InBeeld checks them against the card when you add the "
                                     "partner.")
                                      .arg(Groups));
    m_pinButton->setEnabled(haveCard && complete == Groups && !m_confirmedByEdit->text().trimmed().isEmpty()
                            && (m_phoneButton->isChecked() || m_inPersonButton->isChecked()));
}

void AddPartnerDialog::showRefusal(const QString& message, bool hardWarning)
{
    m_warningIcon->setVisible(hardWarning && !message.isEmpty());
    LabelStyle::setTextOrHide(m_errorLabel, message);
    if (!message.isEmpty())
        growToFit();
}

bool AddPartnerDialog::pin()
{
    if (!m_card) {
        showRefusal(tr("Choose the partner's identity card first."), false);
        return false;
    }
    PartnerConfirmation confirmation;
    confirmation.fingerprint = typedFingerprint();
    confirmation.confirmedBy = m_confirmedByEdit->text().trimmed();
    confirmation.how = m_phoneButton->isChecked() ? ConfirmationMethod::Phone
        : m_inPersonButton->isChecked()           ? ConfirmationMethod::InPerson
                                                  : ConfirmationMethod::NotStated;
    if (confirmation.how == ConfirmationMethod::NotStated) {
        showRefusal(tr("Choose how the fingerprint was compared: by phone or in person."), false);
        return false;
    }
    auto added = PartnerTrust(m_store).add(*m_card, confirmation);
    if (!added) {
        showRefusal(added.message(), added.code() == Error::Code::KeyChanged);
        return false;
    }
    showRefusal(QString(), false);
    emit partnerAdded(added.value());
    accept();
    return true;
}

} // namespace inbeeld
