#include "ui/importing/ImportFilePage.h"

#include "core/importing/Importer.h"
#include "ui/common/LabelStyle.h"
#include "ui/importing/ImportTexts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace inbeeld {

ImportFilePage::ImportFilePage(const QString& organisationName, const QList<AgreementCategory>& categories,
                               QWidget* parent)
    : QWizardPage(parent)
    , m_organisationName(organisationName)
    , m_form(new QFormLayout)
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_fileInfoLabel(new QLabel(this))
    , m_fileErrorLabel(new QLabel(this))
    , m_sheetCombo(new QComboBox(this))
    , m_oursRadio(new QRadioButton(tr("&Our own list (%1)").arg(organisationName), this))
    , m_theirsRadio(new QRadioButton(tr("A &partner's list"), this))
    , m_sourceEdit(new QLineEdit(this))
    , m_sourceHint(new QLabel(this))
    , m_peildatumEdit(new QDateEdit(this))
    , m_peildatumHint(new QLabel(this))
    , m_categoryCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the list"));
    setSubTitle(tr("A CSV or Excel (XLSX) file as your administration or a partner delivered it. Nothing is stored "
                   "until you confirm the import at the end."));

    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setPlaceholderText(tr("the file of the list, for example thuiszitters-2026-q3.csv"));
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_fileInfoLabel->setObjectName(QStringLiteral("fileInfoLabel"));
    m_fileErrorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_oursRadio->setObjectName(QStringLiteral("sideOursRadio"));
    m_theirsRadio->setObjectName(QStringLiteral("sideTheirsRadio"));
    m_sourceEdit->setObjectName(QStringLiteral("sourceNameEdit"));
    m_sourceEdit->setMaxLength(120);
    m_sourceHint->setObjectName(QStringLiteral("sourceHintLabel"));
    m_peildatumEdit->setObjectName(QStringLiteral("peildatumEdit"));
    m_peildatumEdit->setCalendarPopup(true);
    m_peildatumEdit->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    m_peildatumEdit->setDate(QDate::currentDate());
    m_peildatumHint->setObjectName(QStringLiteral("peildatumHintLabel"));
    m_categoryCombo->setObjectName(QStringLiteral("fixedCategoryCombo"));
    LabelStyle::asHint(m_fileInfoLabel);
    LabelStyle::asError(m_fileErrorLabel);
    LabelStyle::asHint(m_sourceHint);
    LabelStyle::asHint(m_peildatumHint);

    m_categoryCombo->addItem(tr("None: the list has a column with the category"), QString());
    for (const AgreementCategory& category : categories)
        m_categoryCombo->addItem(tr("Every row is %1").arg(category.name), category.code);
    m_categoryCombo->setToolTip(tr("Only for a list that holds one kind of thuiszitters and has no column that says "
                                   "which."));

    auto* sides = new QButtonGroup(this);
    sides->addButton(m_oursRadio);
    sides->addButton(m_theirsRadio);
    m_oursRadio->setChecked(true);
    m_sourceEdit->setText(organisationName);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* sideBox = new QVBoxLayout;
    sideBox->addWidget(m_oursRadio);
    sideBox->addWidget(m_theirsRadio);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_peildatumEdit);
    dateRow->addWidget(m_peildatumHint, 1);

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    auto* sheetLabel = new QLabel(tr("S&heet:"), this);
    sheetLabel->setBuddy(m_sheetCombo);
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_sourceEdit);
    auto* peildatumLabel = new QLabel(tr("P&eildatum:"), this);
    peildatumLabel->setBuddy(m_peildatumEdit);
    peildatumLabel->setToolTip(tr("The date the list is about (its reference date)."));
    auto* categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_categoryCombo);

    // Hints sit under their field, in the field's column: a hidden hint then takes no space.
    auto* fileBox = new QVBoxLayout;
    fileBox->addLayout(fileRow);
    fileBox->addWidget(m_fileInfoLabel);
    fileBox->addWidget(m_fileErrorLabel);
    auto* sourceBox = new QVBoxLayout;
    sourceBox->addWidget(m_sourceEdit);
    sourceBox->addWidget(m_sourceHint);

    m_form->addRow(fileLabel, fileBox);
    m_form->addRow(sheetLabel, m_sheetCombo);
    m_form->addRow(tr("Whose list:"), sideBox);
    m_form->addRow(sourceLabel, sourceBox);
    m_form->addRow(peildatumLabel, dateRow);
    m_form->addRow(categoryLabel, m_categoryCombo);
    m_form->setRowVisible(m_sheetCombo, false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_previewedPath)
            emit fileChanged();
    });
    // showPreview() fills the combo with its signals blocked: a change here is the user's.
    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::fileChanged);
    connect(m_oursRadio, &QRadioButton::toggled, this, &ImportFilePage::sideChanged);
    connect(m_sourceEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_peildatumEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingPeildatum) {
            m_peildatumTouched = true;
            LabelStyle::setTextOrHide(m_peildatumHint, QString());
        }
        emit completeChanged();
    });
    sideChanged();
}

QString ImportFilePage::filePath() const
{
    const QString text = m_fileEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    emit fileChanged();
}

SnapshotSide ImportFilePage::side() const
{
    return m_theirsRadio->isChecked() ? SnapshotSide::Theirs : SnapshotSide::Ours;
}

QString ImportFilePage::sourceName() const
{
    return m_sourceEdit->text().simplified();
}

QDate ImportFilePage::peildatum() const
{
    return m_peildatumEdit->date();
}

QString ImportFilePage::sheetName() const
{
    // The sheets listed are those of the file read last; another file starts at its first sheet.
    return m_sheetCombo->count() > 1 && m_previewedPath == filePath() ? m_sheetCombo->currentText() : QString();
}

QString ImportFilePage::fixedCategory() const
{
    return m_categoryCombo->currentData().toString();
}

void ImportFilePage::setKnownSources(const QStringList& theirs)
{
    auto* completer = new QCompleter(theirs, m_sourceEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_sourceEdit->setCompleter(completer);
}

void ImportFilePage::showPreview(const ImportPreview& preview)
{
    m_previewedPath = filePath();
    LabelStyle::setTextOrHide(m_fileErrorLabel, QString());
    LabelStyle::setTextOrHide(m_fileInfoLabel, ImportTexts::formatDescription(preview));

    {
        const QSignalBlocker block(m_sheetCombo);
        m_sheetCombo->clear();
        m_sheetCombo->addItems(preview.sheetNames);
        m_sheetCombo->setCurrentText(preview.sheetName);
    }
    m_form->setRowVisible(m_sheetCombo, preview.sheetNames.size() > 1);

    if (!m_peildatumTouched && preview.peildatum.isValid()) {
        m_settingPeildatum = true;
        m_peildatumEdit->setDate(preview.peildatum);
        m_settingPeildatum = false;
        LabelStyle::setTextOrHide(m_peildatumHint,
                                  preview.peildatumFromFile ? tr("As the file says above its columns.")
                                                            : tr("The file does not say; check this date."));
    }
    emit completeChanged();
}

void ImportFilePage::showFileError(const QString& message)
{
    m_previewedPath.clear();
    LabelStyle::setTextOrHide(m_fileInfoLabel, QString());
    LabelStyle::setTextOrHide(m_fileErrorLabel, message);
    {
        const QSignalBlocker block(m_sheetCombo);
        m_sheetCombo->clear();
    }
    m_form->setRowVisible(m_sheetCombo, false);
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    if (filePath().isEmpty() || !m_peildatumEdit->date().isValid())
        return false;
    return side() == SnapshotSide::Ours || !sourceName().isEmpty();
}

void ImportFilePage::sideChanged()
{
    if (side() == SnapshotSide::Ours) {
        if (sourceName().isEmpty())
            m_sourceEdit->setText(m_organisationName);
        m_sourceEdit->setPlaceholderText(m_organisationName);
        LabelStyle::setTextOrHide(m_sourceHint, tr("A later list of the same source is compared with this one."));
    } else {
        if (sourceName() == m_organisationName)
            m_sourceEdit->clear();
        m_sourceEdit->setPlaceholderText(tr("for example: SWV De Liemers"));
        LabelStyle::setTextOrHide(m_sourceHint,
                                  tr("Required: the partner that delivered the list. A later list of "
                                     "the same partner is compared with this one."));
    }
    emit completeChanged();
}

void ImportFilePage::browse()
{
    QString folder = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Choose the list to import"), folder,
                                   tr("Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files "
                                      "(*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setFilePath);
    dialog->open();
}

} // namespace inbeeld
