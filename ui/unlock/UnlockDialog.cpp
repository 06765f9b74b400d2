#include "ui/unlock/UnlockDialog.h"

#include "core/demo/DemoStore.h"
#include "core/storage/Store.h"
#include "ui/common/AppIcon.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/SecretText.h"

#include <QCheckBox>
#include <QComboBox>
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

UnlockDialog::UnlockDialog(QWidget* parent)
    : QDialog(parent)
    , m_titleLabel(new QLabel(this))
    , m_storeCombo(new QComboBox(this))
    , m_openOtherButton(new QPushButton(tr("&Open other store file…"), this))
    , m_pathLabel(new QLabel(this))
    , m_passphraseEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("Re&member on this computer"), this))
    , m_demoHintLabel(new QLabel(this))
    , m_infoLabel(new QLabel(this))
    , m_keychainNoticeLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_newOrgButton(new QPushButton(tr("&New organisation…"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_cancelButton(new QPushButton(tr("&Quit"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock InBeeld"));
    setWindowIcon(AppIcon::icon());
    setMinimumWidth(560);

    m_storeCombo->setObjectName(QStringLiteral("storeCombo"));
    m_openOtherButton->setObjectName(QStringLiteral("openOtherButton"));
    m_pathLabel->setObjectName(QStringLiteral("storePathHintLabel"));
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_demoHintLabel->setObjectName(QStringLiteral("demoHintLabel"));
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_keychainNoticeLabel->setObjectName(QStringLiteral("keychainNoticeLabel"));
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_newOrgButton->setObjectName(QStringLiteral("newOrgButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    m_storeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_storeCombo->setMinimumContentsLength(24);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_rememberCheck->setToolTip(tr("Keeps the store's key in the keychain of this computer, so InBeeld opens "
                                   "without asking for the passphrase while you are logged in."));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    m_newOrgButton->setAutoDefault(false);
    m_openOtherButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    LabelStyle::asHint(m_pathLabel);
    m_pathLabel->setWordWrap(false);
    LabelStyle::asNotice(m_demoHintLabel);
    LabelStyle::asNotice(m_infoLabel);
    LabelStyle::asNotice(m_keychainNoticeLabel);
    LabelStyle::asHint(m_busyLabel);
    LabelStyle::asError(m_errorLabel);

    auto* icon = new QLabel(this);
    icon->setPixmap(AppIcon::pixmap(48));
    icon->setAlignment(Qt::AlignTop);
    m_titleLabel->setText(tr("Enter the passphrase of the store to open it."));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_titleLabel, 1);

    auto* storeLabel = new QLabel(tr("&Store:"), this);
    storeLabel->setBuddy(m_storeCombo);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphraseEdit);
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_storeCombo, 1);
    storeRow->addWidget(m_openOtherButton);

    auto* form = new QFormLayout;
    form->addRow(storeLabel, storeRow);
    form->addRow(QString(), m_pathLabel);
    form->addRow(passphraseLabel, m_passphraseEdit);
    form->addRow(QString(), m_rememberCheck);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlockButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    buttons->addButton(m_newOrgButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_demoHintLabel);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_keychainNoticeLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_passphraseEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_unlockButton);
    setTabOrder(m_unlockButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_newOrgButton);
    setTabOrder(m_newOrgButton, m_storeCombo);
    setTabOrder(m_storeCombo, m_openOtherButton);

    connect(m_storeCombo, &QComboBox::currentIndexChanged, this, &UnlockDialog::updateForStore);
    connect(m_openOtherButton, &QPushButton::clicked, this, &UnlockDialog::chooseOtherStore);
    connect(m_newOrgButton, &QPushButton::clicked, this, &UnlockDialog::newOrganisationRequested);
    connect(m_passphraseEdit, &QLineEdit::textEdited, this,
            [this] { LabelStyle::setTextOrHide(m_errorLabel, QString()); });
    updateForStore();
}

void UnlockDialog::setStores(const QStringList& paths, const QString& current)
{
    const QSignalBlocker blocker(m_storeCombo);
    m_storeCombo->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        m_storeCombo->addItem(info.fileName(), path);
        m_storeCombo->setItemData(m_storeCombo->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    int index = m_storeCombo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_storeCombo->insertItem(0, QFileInfo(current).fileName(), current);
        index = 0;
    }
    if (index < 0 && m_storeCombo->count() > 0)
        index = 0;
    m_storeCombo->setCurrentIndex(index);
    updateForStore();
}

QString UnlockDialog::storePath() const
{
    return m_storeCombo->currentData().toString();
}

SecretBytes UnlockDialog::takePassphrase()
{
    return takeSecret(m_passphraseEdit);
}

bool UnlockDialog::rememberKey() const
{
    return m_rememberAvailable && m_rememberCheck->isChecked();
}

void UnlockDialog::setRememberAvailable(bool available)
{
    m_rememberAvailable = available;
    m_rememberCheck->setEnabled(available);
    if (!available)
        m_rememberCheck->setChecked(false);
}

void UnlockDialog::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
    m_passphraseEdit->clear();
    m_passphraseEdit->setFocus();
}

void UnlockDialog::setInfo(const QString& message)
{
    LabelStyle::setTextOrHide(m_infoLabel, message);
}

void UnlockDialog::setKeychainNotice(const QString& message)
{
    LabelStyle::setTextOrHide(m_keychainNoticeLabel, message);
}

void UnlockDialog::setBusy(bool busy)
{
    LabelStyle::setTextOrHide(m_busyLabel, busy ? tr("Unlocking the store. This takes a moment…") : QString());
    for (QWidget* widget :
         std::initializer_list<QWidget*> {m_storeCombo, m_openOtherButton, m_passphraseEdit, m_rememberCheck,
                                          m_newOrgButton, m_unlockButton, m_cancelButton})
        widget->setEnabled(!busy);
    m_rememberCheck->setEnabled(!busy && m_rememberAvailable);
    if (!busy)
        m_passphraseEdit->setFocus();
}

void UnlockDialog::reset()
{
    m_passphraseEdit->clear();
    setInfo(QString());
    setKeychainNotice(QString());
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    LabelStyle::setTextOrHide(m_busyLabel, QString());
}

void UnlockDialog::accept()
{
    if (storePath().isEmpty()) {
        showError(tr("Choose a store first, or create one with New organisation."));
        return;
    }
    if (m_passphraseEdit->text().isEmpty()) {
        showError(tr("Enter the passphrase of this store."));
        return;
    }
    emit unlockRequested();
}

void UnlockDialog::chooseOtherStore()
{
    const QString start = storePath().isEmpty() ? QDir::homePath() : QFileInfo(storePath()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Open a store file"), start,
                                                        tr("InBeeld stores (*.inbeeld);;All files (*)"));
    if (chosen.isEmpty())
        return;
    const QString path = QFileInfo(chosen).absoluteFilePath();
    if (!Store::looksLikeStore(path)) {
        showError(tr("The file %1 is not an InBeeld store. Choose the store file of your organisation (it usually "
                     "ends in .inbeeld).")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    int index = m_storeCombo->findData(path);
    if (index < 0) {
        m_storeCombo->insertItem(0, QFileInfo(path).fileName(), path);
        m_storeCombo->setItemData(0, QDir::toNativeSeparators(path), Qt::ToolTipRole);
        index = 0;
    }
    m_storeCombo->setCurrentIndex(index);
    m_passphraseEdit->setFocus();
}

void UnlockDialog::updateForStore()
{
    const QString path = storePath();
    LabelStyle::setTextOrHide(m_pathLabel, QDir::toNativeSeparators(path));
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    if (!path.isEmpty() && !QFileInfo::exists(path))
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("The store file cannot be found at this place. If it was moved, "
                                     "use Open other store file to choose it."));
    const bool demo = !path.isEmpty() && DemoStore::isDemoPath(path);
    LabelStyle::setTextOrHide(
        m_demoHintLabel,
        demo ? tr("This is the demo store with invented data. Its passphrase is: %1").arg(DemoStore::passphrase())
             : QString());
    m_passphraseEdit->setFocus();
}

} // namespace inbeeld
