#pragma once

#include "core/crypto/SecretBytes.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace inbeeld {

/// Entry of a new passphrase: the passphrase, its repetition, a live strength hint and whether
/// the two match. Adds its rows to the caller's form, so its labels line up with the form's
/// other rows. Used by the setup wizard and the change-passphrase dialog.
class NewPassphraseEditor : public QObject
{
    Q_OBJECT

public:
    /// The widgets become children of parent, their rows are appended to form.
    NewPassphraseEditor(QFormLayout* form, const QString& passphraseLabel, QWidget* parent);

    /// Strong enough (PassphraseStrength::acceptable) and typed the same twice.
    bool isAcceptable() const;
    /// The passphrase in secret memory; the fields keep their text.
    SecretBytes passphrase() const;
    void clear();
    void setFocus();
    /// Words an attacker would try first for this store (the organisation's name); a
    /// passphrase built from them rates weaker.
    void setExtraWords(const QStringList& words);

    QLineEdit* passphraseEdit() const { return m_passphraseEdit; }
    QLineEdit* confirmEdit() const { return m_confirmEdit; }

signals:
    void changed();

private:
    void updateHints();

    QLineEdit* m_passphraseEdit;
    QLineEdit* m_confirmEdit;
    QLabel* m_strengthLabel;
    QLabel* m_matchLabel;
    QStringList m_extraWords;
};

} // namespace inbeeld
