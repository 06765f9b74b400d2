#include "ui/lifecycle/AddSubjectRequestDialog.h"

#include "ui/common/LabelStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace inbeeld {

AddSubjectRequestDialog::AddSubjectRequestDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_typeCombo(new QComboBox(this))
    , m_bsnEdit(new QLineEdit(this))
    , m_receivedEdit(new QDateEdit(QDate::currentDate(), this))
    , m_requesterCombo(new QComboBox(this))
    , m_identityEdit(new QLineEdit(this))
    , m_verifiedByEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("addSubjectRequestDialog"));
    setWindowTitle(tr("New request of a data subject"));
    m_typeCombo->setObjectName(QStringLiteral("requestTypeCombo"));
    m_bsnEdit->setObjectName(QStringLiteral("requestBsnEdit"));
    m_receivedEdit->setObjectName(QStringLiteral("requestReceivedEdit"));
    m_requesterCombo->setObjectName(QStringLiteral("requestRequesterCombo"));
    m_identityEdit->setObjectName(QStringLiteral("requestIdentityEdit"));
    m_verifiedByEdit->setObjectName(QStringLiteral("requestVerifiedByEdit"));
    m_statusLabel->setObjectName(QStringLiteral("requestStatusLabel"));
    for (const QString& type : SubjectRequests::types())
        m_typeCombo->addItem(SubjectRequests::typeName(type), type);
    for (const QString& requester : SubjectRequests::requesters())
        m_requesterCombo->addItem(SubjectRequests::requesterName(requester), requester);
    m_receivedEdit->setCalendarPopup(true);
    m_receivedEdit->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    m_receivedEdit->setMaximumDate(QDate::currentDate());
    m_bsnEdit->setPlaceholderText(tr("9 digits; empty when the child has no BSN"));
    m_identityEdit->setPlaceholderText(tr("e.g. passport seen at the counter"));
    m_statusLabel->setWordWrap(true);
    LabelStyle::asError(m_statusLabel);

    auto* intro = new QLabel(tr("The answer is due one month after the request was received; you can extend that by "
                                "two months with a reason. Verify the identity of the person asking before you "
                                "register the request."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("requestRegisterButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Kind of request:"), m_typeCombo);
    form->addRow(tr("&BSN of the child:"), m_bsnEdit);
    form->addRow(tr("R&eceived on:"), m_receivedEdit);
    form->addRow(tr("&Asked by:"), m_requesterCombo);
    form->addRow(tr("&Identity verified how:"), m_identityEdit);
    form->addRow(tr("Verified b&y:"), m_verifiedByEdit);
    form->addRow(m_statusLabel);
    form->addRow(buttons);
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (registerRequest())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

bool AddSubjectRequestDialog::registerRequest()
{
    SubjectRequest r;
    r.type = m_typeCombo->currentData().toString();
    if (!m_bsnEdit->text().trimmed().isEmpty()) {
        auto key = SubjectRequests::childKeyOf(m_bsnEdit->text());
        if (!key) {
            LabelStyle::setTextOrHide(m_statusLabel, key.message());
            m_bsnEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        r.childKey = key.value();
    }
    r.receivedOn = m_receivedEdit->date();
    r.requester = m_requesterCombo->currentData().toString();
    r.identityCheck = m_identityEdit->text();
    r.verifiedBy = m_verifiedByEdit->text();
    auto added = SubjectRequests(m_store).add(r);
    if (!added) {
        LabelStyle::setTextOrHide(m_statusLabel, added.message());
        return false;
    }
    m_request = added.value();
    return true;
}

} // namespace inbeeld
