#include "ui/passphrase/NewPassphraseEditor.h"

#include "core/crypto/PassphraseStrength.h"
#include "ui/common/SecretText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace inbeeld {

NewPassphraseEditor::NewPassphraseEditor(QFormLayout* form, const QString& passphraseLabel, QWidget* parent)
    : QObject(parent)
    , m_passphraseEdit(new QLineEdit(parent))
    , m_confirmEdit(new QLineEdit(parent))
    , m_strengthLabel(new QLabel(parent))
    , m_matchLabel(new QLabel(parent))
{
    setObjectName(QStringLiteral("newPassphraseEditor"));
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));

    for (QLineEdit* edit : {m_passphraseEdit, m_confirmEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
    }
    m_passphraseEdit->setAccessibleName(tr("New passphrase"));
    m_confirmEdit->setAccessibleName(tr("Repeat the new passphrase"));
    for (QLabel* label : {m_strengthLabel, m_matchLabel}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    auto* passphraseLabelWidget = new QLabel(passphraseLabel, parent);
    passphraseLabelWidget->setBuddy(m_passphraseEdit);
    auto* confirmLabel = new QLabel(tr("R&epeat passphrase:"), parent);
    confirmLabel->setBuddy(m_confirmEdit);
    form->addRow(passphraseLabelWidget, m_passphraseEdit);
    form->addRow(QString(), m_strengthLabel);
    form->addRow(confirmLabel, m_confirmEdit);
    form->addRow(QString(), m_matchLabel);

    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &NewPassphraseEditor::updateHints);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &NewPassphraseEditor::updateHints);
    updateHints();
}

bool NewPassphraseEditor::isAcceptable() const
{
    const QString text = m_passphraseEdit->text();
    return PassphraseStrength::acceptable(text, m_extraWords) && text == m_confirmEdit->text();
}

SecretBytes NewPassphraseEditor::passphrase() const
{
    return readSecret(m_passphraseEdit);
}

void NewPassphraseEditor::clear()
{
    m_passphraseEdit->clear();
    m_confirmEdit->clear();
}

void NewPassphraseEditor::setFocus()
{
    m_passphraseEdit->setFocus();
}

void NewPassphraseEditor::setExtraWords(const QStringList& words)
{
    m_extraWords = words;
    updateHints();
}

void NewPassphraseEditor::updateHints()
{
    const QString text = m_passphraseEdit->text();
    QColor colour;
    if (text.isEmpty()) {
        m_strengthLabel->setText(tr("Use at least %n characters: four or more random words are easy to remember and "
                                    "hard to guess.",
                                    nullptr, PassphraseStrength::MinimumLength));
        colour = m_passphraseEdit->palette().color(QPalette::WindowText);
    } else {
        const PassphraseStrength::Assessment assessment = PassphraseStrength::assess(text, m_extraWords);
        m_strengthLabel->setText(assessment.hint);
        switch (assessment.level) {
        case PassphraseStrength::Level::TooShort:
        case PassphraseStrength::Level::Weak:
            colour = QColor(0xb0, 0x00, 0x20);
            break;
        case PassphraseStrength::Level::Fair:
            colour = QColor(0x8a, 0x5a, 0x00);
            break;
        case PassphraseStrength::Level::Strong:
            colour = QColor(0x1b, 0x6e, 0x20);
            break;
        }
    }
    QPalette strengthPalette = m_strengthLabel->palette();
    strengthPalette.setColor(QPalette::WindowText, colour);
    m_strengthLabel->setPalette(strengthPalette);

    const QString confirm = m_confirmEdit->text();
    if (confirm.isEmpty())
        m_matchLabel->setText(tr("Type the passphrase a second time to make sure it has no typing errors."));
    else if (confirm == text)
        m_matchLabel->setText(tr("The two passphrases are the same."));
    else
        m_matchLabel->setText(tr("The two passphrases are not the same yet."));

    emit changed();
}

} // namespace inbeeld
