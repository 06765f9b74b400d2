#pragma once

#include "core/crypto/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inbeeld {

/// Asks which backup to restore and its passphrase, after explaining that the current store
/// will be replaced (and kept beside it as "<name>.before-restore"). The restore itself is done
/// by the session controller, which must close the store first.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& storePath, QWidget* parent = nullptr);

    QString backupPath() const;
    /// The backup's passphrase in secret memory; the field is cleared.
    SecretBytes takePassphrase();
    void setBackupPath(const QString& path);

public slots:
    void accept() override;

private:
    void browse();
    void updateButton();

    QString m_storePath;
    QLineEdit* m_backupPathEdit;
    QPushButton* m_browseButton;
    QLineEdit* m_passphraseEdit;
    QLabel* m_errorLabel;
    QPushButton* m_restoreButton;
};

} // namespace inbeeld
