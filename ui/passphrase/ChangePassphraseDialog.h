#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inbeeld {

class NewPassphraseEditor;
class Store;
class StoreOpener;

/// Changes the passphrase of the open store after checking the current one. When the store's
/// key was remembered on this computer, the keychain gets the new key (the key changes with the
/// passphrase). Stays open with an error when the change fails.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(Store& store, StoreOpener& opener, QWidget* parent = nullptr);

    /// What happened, for the status bar, after accepted().
    QString resultMessage() const { return m_resultMessage; }

public slots:
    void accept() override;

private:
    void updateButton();
    void showError(const QString& message);

    Store& m_store;
    StoreOpener& m_opener;
    QLineEdit* m_currentEdit;
    NewPassphraseEditor* m_editor;
    QLabel* m_busyLabel;
    QLabel* m_errorLabel;
    QPushButton* m_changeButton;
    QString m_resultMessage;
};

} // namespace inbeeld
