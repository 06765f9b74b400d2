#include "ui/backup/RestoreDialog.h"

#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/SecretText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbeeld {

RestoreDialog::RestoreDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_backupPathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_restoreButton(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    m_backupPathEdit->setObjectName(QStringLiteral("backupPathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseBackupButton"));
    m_passphraseEdit->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    LabelStyle::asError(m_errorLabel);

    const QString fileName = QFileInfo(storePath).fileName();
    auto* explanation = new QLabel(
        tr("The store %1 will be replaced by the backup. Everything recorded after the backup was made is then no "
           "longer in the store. The current store is kept beside it as %2, so nothing is lost.\n\nInBeeld locks "
           "the store for the restore. Afterwards, unlock the restored store with the passphrase the backup was "
           "made with.")
            .arg(fileName, fileName + QStringLiteral(".before-restore")),
        this);
    explanation->setObjectName(QStringLiteral("restoreExplanationLabel"));
    explanation->setWordWrap(true);

    auto* fileLabel = new QLabel(tr("Backup &file:"), this);
    fileLabel->setBuddy(m_backupPathEdit);
    auto* passphraseLabel = new QLabel(tr("Backup &passphrase:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_backupPathEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(passphraseLabel, m_passphraseEdit);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restoreButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_restoreButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_browseButton, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_backupPathEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateButton);
    updateButton();
}

QString RestoreDialog::backupPath() const
{
    const QString text = m_backupPathEdit->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

SecretBytes RestoreDialog::takePassphrase()
{
    return takeSecret(m_passphraseEdit);
}

void RestoreDialog::setBackupPath(const QString& path)
{
    m_backupPathEdit->setText(QDir::toNativeSeparators(path));
}

void RestoreDialog::accept()
{
    const QString path = backupPath();
    if (path.isEmpty() || m_passphraseEdit->text().isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        LabelStyle::setTextOrHide(
            m_errorLabel,
            tr("There is no file at %1. Choose the backup file with Browse.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (path == QFileInfo(m_storePath).absoluteFilePath()) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("This is the store itself, not a backup. Choose the backup file "
                                     "with Browse."));
        return;
    }
    if (!Store::looksLikeStore(path)) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("The file %1 is not an InBeeld backup. Choose a file made with "
                                     "File, Back up store.")
                                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QDialog::accept();
}

void RestoreDialog::browse()
{
    const QString start = backupPath().isEmpty() ? QFileInfo(m_storePath).absolutePath() : backupPath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose the backup to restore"), start,
                                                        tr("InBeeld stores (*.inbeeld);;All files (*)"));
    if (!chosen.isEmpty())
        setBackupPath(chosen);
}

void RestoreDialog::updateButton()
{
    m_restoreButton->setEnabled(!m_backupPathEdit->text().trimmed().isEmpty() && !m_passphraseEdit->text().isEmpty());
    LabelStyle::setTextOrHide(m_errorLabel, QString());
}

} // namespace inbeeld
