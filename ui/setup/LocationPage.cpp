#include "ui/setup/LocationPage.h"

#include "core/settings/AppSettings.h"
#include "ui/common/LabelStyle.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inbeeld {

LocationPage::LocationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("Br&owse…"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("locationPage"));
    setTitle(tr("Where to keep the store"));
    setSubTitle(tr("The store is one encrypted file. Keep it on this computer or on a drive your organisation "
                   "backs up."));

    m_pathEdit->setObjectName(QStringLiteral("storePathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_errorLabel->setObjectName(QStringLiteral("locationErrorLabel"));
    LabelStyle::asError(m_errorLabel);

    auto* pathLabel = new QLabel(tr("Store &file:"), this);
    pathLabel->setBuddy(m_pathEdit);
    auto* note = new QLabel(tr("InBeeld never overwrites an existing file. Make a backup of the store regularly "
                               "(File, Back up store…) and keep the backup somewhere else."),
                            this);
    LabelStyle::asHint(note);

    auto* row = new QHBoxLayout;
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browseButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pathLabel);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] {
        m_userChosen = true;
        LabelStyle::setTextOrHide(m_errorLabel, QString());
    });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browseButton, &QPushButton::clicked, this, &LocationPage::browse);
}

QString LocationPage::storePath() const
{
    const QString text = m_pathEdit->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

void LocationPage::initializePage()
{
    if (m_userChosen)
        return;
    const QString name = field(QStringLiteral("orgName")).toString();
    const QString path
        = AppSettings::defaultStoreDirectory() + QLatin1Char('/') + AppSettings::suggestedStoreFileName(name);
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

bool LocationPage::isComplete() const
{
    return !m_pathEdit->text().trimmed().isEmpty();
}

bool LocationPage::validatePage()
{
    const QString path = storePath();
    const QFileInfo info(path);
    if (info.exists()) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("A file with this name already exists. Choose another name or "
                                     "folder: InBeeld never overwrites a file."));
        m_pathEdit->setFocus();
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("The folder %1 cannot be created. Choose a folder where you may save files.")
                                      .arg(QDir::toNativeSeparators(info.absolutePath())));
        m_pathEdit->setFocus();
        return false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    return true;
}

void LocationPage::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Choose where to keep the store"), storePath(),
                                                        tr("InBeeld stores (*.inbeeld);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".inbeeld");
    m_userChosen = true;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    LabelStyle::setTextOrHide(m_errorLabel, QString());
}

} // namespace inbeeld
