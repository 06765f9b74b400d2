#include "ui/lifecycle/CloseCaseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace inbeeld {

CloseCaseDialog::CloseCaseDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("closeCaseDialog"));
    setWindowTitle(tr("Close case"));
    m_reason->setObjectName(QStringLiteral("closeReasonCombo"));
    m_date->setObjectName(QStringLiteral("closeDateEdit"));
    m_note->setObjectName(QStringLiteral("closeNoteEdit"));
    for (ClosureReason r : Closures::reasons())
        m_reason->addItem(Closures::reasonName(r), int(r));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    m_note->setPlaceholderText(tr("Optional, in general terms (no diagnoses)"));
    auto* explanation = new QLabel(tr("Processing about this child ends. The child is left out of packages and "
                                      "exports, and everything about the child is removed when the retention period "
                                      "has passed. You can reopen the case if this is a mistake."),
                                   this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeCaseOkButton"));
    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Ended on:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ClosureReason CloseCaseDialog::reason() const
{
    return ClosureReason(m_reason->currentData().toInt());
}

QDate CloseCaseDialog::date() const
{
    return m_date->date();
}

QString CloseCaseDialog::note() const
{
    return m_note->text();
}

} // namespace inbeeld
