#include "ui/importing/ImportMappingPage.h"

#include "core/importing/Importer.h"
#include "ui/common/LabelStyle.h"
#include "ui/importing/ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

enum MappingColumn { HeaderColumn, ExamplesColumn, FieldColumn };

/// Up to three different non-empty values of a column, for the user to recognise what it holds.
QString examples(const QList<TableRow>& rows, int column)
{
    QStringList values;
    for (const TableRow& row : rows) {
        const QString value = column < row.cells.size() ? row.cells.at(column).simplified() : QString();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
        if (values.size() == 3)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_formatLabel(new QLabel(this))
    , m_originLabel(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_mappingTable(new QTableWidget(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_previewTable(new QTableView(this))
    , m_saveProfileCheck(new QCheckBox(tr("&Remember this mapping for lists with these columns, as:"), this))
    , m_profileNameEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Say for each column of the file what it holds. Columns set to \"(not imported)\" are left out "
                   "of the store."));

    m_formatLabel->setObjectName(QStringLiteral("fileFormatLabel"));
    m_originLabel->setObjectName(QStringLiteral("mappingOriginLabel"));
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_saveProfileCheck->setObjectName(QStringLiteral("saveProfileCheck"));
    m_profileNameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileNameEdit->setMaxLength(120);
    m_profileNameEdit->setAccessibleName(tr("Name of the saved mapping"));
    m_profileNameEdit->setPlaceholderText(tr("for example: Leerplichtpakket export"));
    m_errorLabel->setObjectName(QStringLiteral("mappingErrorLabel"));
    LabelStyle::asHint(m_formatLabel);
    LabelStyle::asHint(m_originLabel);
    LabelStyle::asError(m_missingLabel);
    LabelStyle::asError(m_errorLabel);

    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Examples from the file"), tr("Import as")});
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setTabKeyNavigation(false); // Tab goes from drop-down to drop-down
    m_mappingTable->setFocusPolicy(Qt::NoFocus);
    m_mappingTable->setWordWrap(false);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_mappingTable->setAccessibleName(tr("Columns of the file and what they are imported as"));

    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setMaximumSectionSize(260);
    m_previewTable->setAccessibleName(tr("First rows of the file"));

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("First rows of the &file, as they will be read:"), previewBox);
    previewLabel->setBuddy(m_previewTable);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_previewTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mappingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_mappingTable);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_saveProfileCheck);
    profileRow->addWidget(m_profileNameEdit, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_originLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_missingLabel);
    layout->addLayout(profileRow);
    layout->addWidget(m_errorLabel);

    m_profileNameEdit->setEnabled(false);
    connect(m_saveProfileCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_profileCheckTouched = true;
        m_profileNameEdit->setEnabled(on);
        if (on && m_profileNameEdit->text().trimmed().isEmpty())
            m_profileNameEdit->setFocus();
        emit completeChanged();
    });
    connect(m_profileNameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ImportMappingPage::setPreview(const ImportPreview& preview, const QString& formatDescription)
{
    const bool sameColumns = m_userChanged && m_mapping.headers() == preview.headers;
    if (!sameColumns) {
        m_mapping = preview.mapping;
        m_userChanged = false;
    }
    LabelStyle::setTextOrHide(m_formatLabel, formatDescription);
    const int mapped = m_mapping.columnCount() - int(m_mapping.unmappedColumns().size());
    QString origin;
    if (sameColumns) {
        origin = tr("The columns are mapped as you chose before.");
    } else if (preview.mappingOrigin == MappingOrigin::Profile) {
        origin = tr("The columns are mapped as saved in \"%1\" for lists with these columns. Check them below.")
                     .arg(preview.profileName);
    } else {
        origin = tr("InBeeld recognised %1 of the %2 columns by their names. Check the choices below.")
                     .arg(mapped)
                     .arg(m_mapping.columnCount());
    }
    LabelStyle::setTextOrHide(m_originLabel, origin);
    if (preview.mappingOrigin == MappingOrigin::Profile && !sameColumns) {
        m_profileNameEdit->setText(preview.profileName);
        m_updating = true;
        m_saveProfileCheck->setChecked(false);
        m_updating = false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    fillTable(preview);
    refreshMapping();
}

void ImportMappingPage::fillTable(const ImportPreview& preview)
{
    m_previewModel->setRows(preview.rows, m_mapping);
    m_previewTable->resizeColumnsToContents();
    m_previewTable->resizeRowsToContents();

    // The view deletes the drop-downs of the last file later: make them inert and nameless now.
    for (QComboBox* combo : std::as_const(m_combos)) {
        combo->disconnect(this);
        combo->removeEventFilter(this);
        combo->setObjectName(QString());
    }
    m_combos.clear();
    m_mappingTable->setRowCount(0);
    m_mappingTable->setRowCount(m_mapping.columnCount());
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        auto* header = new QTableWidgetItem(m_mapping.columnLabel(column));
        header->setToolTip(m_mapping.columnLabel(column));
        m_mappingTable->setItem(column, HeaderColumn, header);
        const QString sample = examples(preview.rows, column);
        auto* sampleItem = new QTableWidgetItem(sample);
        sampleItem->setToolTip(sample);
        m_mappingTable->setItem(column, ExamplesColumn, sampleItem);

        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo_%1").arg(column));
        combo->setAccessibleName(tr("Import column %1 as").arg(m_mapping.columnLabel(column)));
        combo->addItem(ImportFields::displayName(ImportField::None), int(ImportField::None));
        for (const ImportField field : ImportFields::all())
            combo->addItem(ImportFields::displayName(field), int(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
        m_mappingTable->setCellWidget(column, FieldColumn, combo);
        m_combos.append(combo);
        // Programmatic updates block the signal (refreshMapping): a change here is the user's.
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, column, combo](int index) { setField(column, ImportField(combo->itemData(index).toInt())); });
    }
    // Keyboard order: the drop-downs from top to bottom, then the rest of the page.
    QWidget* previous = nullptr;
    for (QComboBox* combo : std::as_const(m_combos)) {
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    if (previous)
        setTabOrder(previous, m_previewTable);
    setTabOrder(m_previewTable, m_saveProfileCheck);
    setTabOrder(m_saveProfileCheck, m_profileNameEdit);
    m_mappingTable->resizeColumnToContents(HeaderColumn);
    m_mappingTable->setColumnWidth(HeaderColumn, std::min(m_mappingTable->columnWidth(HeaderColumn) + 12, 260));
    m_mappingTable->resizeRowsToContents();
}

bool ImportMappingPage::eventFilter(QObject* watched, QEvent* event)
{
    // Scrolling through the table with the mouse wheel must not change the drop-downs it passes.
    if (event->type() == QEvent::Wheel) {
        if (auto* combo = qobject_cast<QComboBox*>(watched); combo && !combo->hasFocus()) {
            QCoreApplication::sendEvent(m_mappingTable->viewport(), event);
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ImportMappingPage::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_mapping.columnCount() || m_mapping.field(column) == field)
        return;
    m_mapping.setField(column, field);
    m_userChanged = true;
    // A mapping the user fixed by hand is worth remembering for next quarter's list.
    if (!m_profileCheckTouched && !m_saveProfileCheck->isChecked()) {
        m_updating = true;
        m_saveProfileCheck->setChecked(true);
        m_updating = false;
    }
    refreshMapping();
}

void ImportMappingPage::refreshMapping()
{
    for (int column = 0; column < m_combos.size(); ++column) {
        QComboBox* combo = m_combos.at(column);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(int(m_mapping.field(column))));
        QFont font = combo->font();
        font.setItalic(m_mapping.field(column) == ImportField::None);
        combo->setFont(font);
    }
    m_previewModel->setMapping(m_mapping);
    LabelStyle::setTextOrHide(m_missingLabel, m_mapping.missingRequiredMessage(m_fixedCategory));
    emit completeChanged();
}

void ImportMappingPage::setFixedCategory(bool fixed)
{
    m_fixedCategory = fixed;
    refreshMapping();
}

void ImportMappingPage::setDefaultProfileName(const QString& name)
{
    if (m_profileNameEdit->text().trimmed().isEmpty())
        m_profileNameEdit->setText(name);
}

QString ImportMappingPage::saveProfileAs() const
{
    return m_saveProfileCheck->isChecked() ? m_profileNameEdit->text().simplified() : QString();
}

void ImportMappingPage::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

bool ImportMappingPage::isComplete() const
{
    if (m_mapping.columnCount() == 0 || !m_mapping.missingRequired(m_fixedCategory).isEmpty())
        return false;
    return !m_saveProfileCheck->isChecked() || !m_profileNameEdit->text().trimmed().isEmpty();
}

} // namespace inbeeld
