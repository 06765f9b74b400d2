#include "ui/settings/SettingsDialog.h"

#include "core/settings/AppSettings.h"
#include "ui/common/LabelStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace inbeeld {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_languageCombo(new QComboBox(this))
    , m_idleSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(460);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_idleSpin->setObjectName(QStringLiteral("idleSpin"));

    // Each language is named in itself, so it can be found whatever the current language is.
    m_languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex = m_languageCombo->findData(AppSettings::language());
    m_languageCombo->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);

    m_idleSpin->setRange(0, 240);
    m_idleSpin->setSpecialValueText(tr("Never"));
    m_idleSpin->setSuffix(tr(" minutes"));
    m_idleSpin->setValue(AppSettings::idleLockMinutes());

    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    auto* languageNote = new QLabel(tr("A new language takes effect when you start InBeeld again."), this);
    languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    LabelStyle::asHint(languageNote);
    auto* idleLabel = new QLabel(tr("Lock &after:"), this);
    idleLabel->setBuddy(m_idleSpin);
    auto* idleNote = new QLabel(tr("InBeeld locks the store when you have not used it for this many minutes. "
                                   "Choose 0 to never lock automatically."),
                                this);
    LabelStyle::asHint(idleNote);

    auto* form = new QFormLayout;
    form->addRow(languageLabel, m_languageCombo);
    form->addRow(QString(), languageNote);
    form->addRow(idleLabel, m_idleSpin);
    form->addRow(QString(), idleNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_languageCombo->currentData().toString());
    AppSettings::setIdleLockMinutes(m_idleSpin->value());
    QDialog::accept();
}

} // namespace inbeeld
