#include "ui/passphrase/ChangePassphraseDialog.h"

#include "core/storage/Store.h"
#include "core/storage/StoreOpener.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/SecretText.h"
#include "ui/passphrase/NewPassphraseEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbeeld {

ChangePassphraseDialog::ChangePassphraseDialog(Store& store, StoreOpener& opener, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_opener(opener)
    , m_currentEdit(new QLineEdit(this))
    , m_editor(nullptr)
    , m_busyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_changeButton(new QPushButton(tr("&Change passphrase"), this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    setMinimumWidth(520);
    m_currentEdit->setObjectName(QStringLiteral("currentEdit"));
    m_currentEdit->setEchoMode(QLineEdit::Password);
    m_currentEdit->setAccessibleName(tr("Current passphrase"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    LabelStyle::asHint(m_busyLabel);
    LabelStyle::asError(m_errorLabel);

    auto* intro = new QLabel(tr("After the change, the store only opens with the new passphrase. Backups made "
                                "before keep their old passphrase."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* currentLabel = new QLabel(tr("C&urrent passphrase:"), this);
    currentLabel->setBuddy(m_currentEdit);
    form->addRow(currentLabel, m_currentEdit);
    m_editor = new NewPassphraseEditor(form, tr("&New passphrase:"), this);
    m_editor->setExtraWords({m_store.organisation().name});

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_changeButton, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_changeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_currentEdit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateButton);
    connect(m_editor, &NewPassphraseEditor::changed, this, &ChangePassphraseDialog::updateButton);
    updateButton();
    m_currentEdit->setFocus();
}

void ChangePassphraseDialog::updateButton()
{
    m_changeButton->setEnabled(!m_currentEdit->text().isEmpty() && m_editor->isAcceptable());
    if (!m_currentEdit->text().isEmpty())
        LabelStyle::setTextOrHide(m_errorLabel, QString());
}

void ChangePassphraseDialog::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

void ChangePassphraseDialog::accept()
{
    if (!m_changeButton->isEnabled())
        return;
    const SecretBytes current = takeSecret(m_currentEdit);
    const SecretBytes replacement = m_editor->passphrase();
    if (current.equals(replacement)) {
        showError(tr("The new passphrase is the same as the current one. Choose a different passphrase."));
        m_editor->clear();
        m_editor->setFocus();
        return;
    }

    LabelStyle::setTextOrHide(m_busyLabel, tr("Changing the passphrase. This takes a few seconds…"));
    setEnabled(false);
    bool wasRemembered = false;
    Result<void> changed;
    {
        BusyCursor busy;
        wasRemembered = m_opener.isRemembered(m_store.path());
        changed = m_store.changePassphrase(current, replacement);
    }
    setEnabled(true);
    LabelStyle::setTextOrHide(m_busyLabel, QString());

    if (!changed) {
        showError(changed.code() == Error::Code::WrongPassphrase
                      ? tr("The current passphrase is not correct. Nothing was changed. Type it again.")
                      : tr("The passphrase was not changed. %1").arg(changed.message()));
        m_currentEdit->setFocus();
        return;
    }

    m_resultMessage = tr("The passphrase has been changed. Use the new passphrase from now on.");
    if (wasRemembered) {
        const Result<void> remembered = m_opener.remember(m_store);
        if (!remembered)
            m_resultMessage = tr("The passphrase has been changed. %1").arg(remembered.message());
    }
    m_editor->clear();
    QDialog::accept();
}

} // namespace inbeeld
