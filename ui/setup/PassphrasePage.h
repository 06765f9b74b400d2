#pragma once

#include "core/crypto/SecretBytes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace inbeeld {

class NewPassphraseEditor;

/// Last page of the setup wizard: the store's passphrase and whether to remember its key on
/// this computer. Finish stays disabled until the passphrase is acceptable and repeated.
class PassphrasePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PassphrasePage(QWidget* parent = nullptr);

    SecretBytes passphrase() const;
    bool rememberKey() const;
    bool isComplete() const override;

    /// Shown when creating the store failed; the input stays as it is.
    void showError(const QString& message);
    /// Shows or hides the "creating the store" note.
    void setBusy(bool busy);
    /// The organisation's name, which the strength estimate treats as easy to guess.
    void setOrganisationName(const QString& name);

private:
    NewPassphraseEditor* m_editor;
    QCheckBox* m_rememberCheck;
    QLabel* m_busyLabel;
    QLabel* m_errorLabel;
};

} // namespace inbeeld
