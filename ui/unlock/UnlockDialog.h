#pragma once

#include "core/crypto/SecretBytes.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inbeeld {

/// Asks for the passphrase of a store. It does not open stores itself: Unlock emits
/// unlockRequested() and the session controller answers with showError() or hides the dialog.
/// So it never blocks in exec() and tests drive it like a user.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(QWidget* parent = nullptr);

    /// Fills the store chooser (absolute paths) and selects current.
    void setStores(const QStringList& paths, const QString& current);
    QString storePath() const;
    /// The passphrase in secret memory; the field is cleared.
    SecretBytes takePassphrase();
    bool rememberKey() const;
    /// Disables "Remember" when the keychain is known to be unavailable.
    void setRememberAvailable(bool available);

    /// Shows an error (already translated), clears the passphrase and puts the focus there.
    void showError(const QString& message);
    /// A line about what just happened (locked, restored), or empty to hide it.
    void setInfo(const QString& message);
    /// The once-per-run notice that the keychain cannot be used, or empty to hide it.
    void setKeychainNotice(const QString& message);
    /// Disables input and shows "Unlocking…" while the key is derived.
    void setBusy(bool busy);
    /// Back to a clean state: no error, notice or info, empty passphrase.
    void reset();

signals:
    void unlockRequested();
    void newOrganisationRequested();

public slots:
    /// Unlock: emits unlockRequested() instead of closing.
    void accept() override;

private:
    void chooseOtherStore();
    void updateForStore();

    QLabel* m_titleLabel;
    QComboBox* m_storeCombo;
    QPushButton* m_openOtherButton;
    QLabel* m_pathLabel;
    QLineEdit* m_passphraseEdit;
    QCheckBox* m_rememberCheck;
    QLabel* m_demoHintLabel;
    QLabel* m_infoLabel;
    QLabel* m_keychainNoticeLabel;
    QLabel* m_busyLabel;
    QLabel* m_errorLabel;
    QPushButton* m_newOrgButton;
    QPushButton* m_unlockButton;
    QPushButton* m_cancelButton;
    bool m_rememberAvailable = true;
};

} // namespace inbeeld
