#include "ui/setup/PassphrasePage.h"

#include "ui/common/LabelStyle.h"
#include "ui/passphrase/NewPassphraseEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace inbeeld {

PassphrasePage::PassphrasePage(QWidget* parent)
    : QWizardPage(parent)
    , m_editor(nullptr)
    , m_rememberCheck(new QCheckBox(tr("Re&member on this computer"), this))
    , m_busyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("passphrasePage"));
    setTitle(tr("Choose a passphrase"));
    setSubTitle(tr("The passphrase protects the store. Anyone who knows it and has the file can read it."));
    setFinalPage(true);

    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_rememberCheck->setToolTip(tr("Keeps the store's key in the keychain of this computer, so InBeeld opens "
                                   "without asking for the passphrase while you are logged in."));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_errorLabel->setObjectName(QStringLiteral("setupErrorLabel"));
    LabelStyle::asHint(m_busyLabel);
    LabelStyle::asError(m_errorLabel);

    auto* rememberNote = new QLabel(tr("Only tick this on a computer that only you use and that locks when you "
                                       "leave it. You still need the passphrase on other computers and for "
                                       "backups."),
                                    this);
    LabelStyle::asHint(rememberNote);

    auto* form = new QFormLayout;
    m_editor = new NewPassphraseEditor(form, tr("&Passphrase:"), this);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(QString(), rememberNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_errorLabel);

    connect(m_editor, &NewPassphraseEditor::changed, this, [this] {
        LabelStyle::setTextOrHide(m_errorLabel, QString());
        emit completeChanged();
    });
}

void PassphrasePage::setOrganisationName(const QString& name)
{
    m_editor->setExtraWords({name});
}

SecretBytes PassphrasePage::passphrase() const
{
    return m_editor->passphrase();
}

bool PassphrasePage::rememberKey() const
{
    return m_rememberCheck->isChecked();
}

bool PassphrasePage::isComplete() const
{
    return m_editor->isAcceptable();
}

void PassphrasePage::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

void PassphrasePage::setBusy(bool busy)
{
    LabelStyle::setTextOrHide(m_busyLabel, busy ? tr("Creating the store. This takes a moment…") : QString());
}

} // namespace inbeeld
