#include "ui/exchange/AreaEditorDialog.h"

#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

AreaEditorDialog::AreaEditorDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_noteLabel(new QLabel(this))
    , m_partyList(new QListWidget(this))
    , m_sectorCombo(new QComboBox(this))
    , m_municipalityList(new QListWidget(this))
    , m_editedLabel(new QLabel(this))
    , m_savePartyButton(new QPushButton(tr("&Save work area"), this))
    , m_sectorAgeSpin(new QSpinBox(this))
    , m_sectorAgeButton(new QPushButton(tr("A&pply"), this))
    , m_schoolTable(new QTableWidget(this))
    , m_schoolNameEdit(new QLineEdit(this))
    , m_schoolBrinEdit(new QLineEdit(this))
    , m_schoolPartyCombo(new QComboBox(this))
    , m_addSchoolButton(new QPushButton(tr("&Add school"), this))
    , m_removeSchoolButton(new QPushButton(tr("&Remove school"), this))
    , m_importButton(new QPushButton(tr("&Import from CSV…"), this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("areaEditorDialog"));
    setWindowTitle(tr("Work areas and schools"));
    if (auto agreement = AgreementCatalog::builtIn(store.organisation().agreementId))
        m_agreement = agreement.takeValue();
    m_noteLabel->setObjectName(QStringLiteral("areaNoteLabel"));
    m_noteLabel->setWordWrap(true);
    LabelStyle::asNotice(m_statusLabel);
    LabelStyle::asError(m_errorLabel);
    m_statusLabel->setObjectName(QStringLiteral("areaStatusLabel"));
    m_errorLabel->setObjectName(QStringLiteral("areaErrorLabel"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("areaTabs"));
    tabs->addTab(makeAreasTab(), tr("&Work areas"));
    tabs->addTab(makeSchoolsTab(), tr("S&chools"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noteLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AreaEditorDialog::reject);
    reload();
    if (m_partyList->count() > 0)
        m_partyList->setCurrentRow(0);
    resize(900, 600);
}

QWidget* AreaEditorDialog::makeAreasTab()
{
    auto* tab = new QWidget(this);
    m_partyList->setObjectName(QStringLiteral("areaPartyList"));
    m_partyList->setAccessibleName(tr("Parties"));
    m_sectorCombo->setObjectName(QStringLiteral("areaSectorCombo"));
    for (Sector s : {Sector::Po, Sector::Vo, Sector::Both})
        m_sectorCombo->addItem(AreaProfile::sectorName(s), AreaProfile::sectorCode(s));
    m_municipalityList->setObjectName(QStringLiteral("areaMunicipalityList"));
    m_municipalityList->setAccessibleName(tr("Municipalities"));
    m_editedLabel->setObjectName(QStringLiteral("areaEditedLabel"));
    LabelStyle::asHint(m_editedLabel);
    m_savePartyButton->setObjectName(QStringLiteral("areaSavePartyButton"));
    m_sectorAgeSpin->setObjectName(QStringLiteral("areaSectorAgeSpin"));
    m_sectorAgeSpin->setRange(4, 18);
    m_sectorAgeSpin->setSuffix(tr(" years"));
    m_sectorAgeButton->setObjectName(QStringLiteral("areaSectorAgeButton"));

    auto* partyLabel = new QLabel(tr("&Party:"), tab);
    partyLabel->setBuddy(m_partyList);
    auto* left = new QVBoxLayout;
    left->addWidget(partyLabel);
    left->addWidget(m_partyList, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("S&ector:"), m_sectorCombo);
    form->addRow(tr("&Municipalities:"), m_municipalityList);
    auto* right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_editedLabel);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_savePartyButton);
    right->addLayout(saveRow);
    auto* ageRow = new QHBoxLayout;
    auto* ageLabel = new QLabel(tr("Secondary education (VO) from the a&ge of:"), tab);
    ageLabel->setBuddy(m_sectorAgeSpin);
    ageRow->addWidget(ageLabel);
    ageRow->addWidget(m_sectorAgeSpin);
    ageRow->addWidget(m_sectorAgeButton);
    ageRow->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(columns, 1);
    layout->addLayout(ageRow);
    connect(m_partyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectParty(m_partyList->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_savePartyButton, &QPushButton::clicked, this, &AreaEditorDialog::saveParty);
    connect(m_sectorAgeButton, &QPushButton::clicked, this, &AreaEditorDialog::saveSectorAge);
    return tab;
}

QWidget* AreaEditorDialog::makeSchoolsTab()
{
    auto* tab = new QWidget(this);
    auto* intro = new QLabel(tr("A child whose last known school is on this list goes to that school's "
                                "samenwerkingsverband; other children by where they live. Import a CSV with the "
                                "columns school (or naam), brin and swv; it replaces the list."),
                             tab);
    intro->setWordWrap(true);
    m_schoolTable->setObjectName(QStringLiteral("areaSchoolTable"));
    m_schoolTable->setColumnCount(3);
    m_schoolTable->setHorizontalHeaderLabels({tr("School"), tr("BRIN"), tr("Samenwerkingsverband")});
    m_schoolTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schoolTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_schoolTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schoolTable->verticalHeader()->hide();
    m_schoolTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_schoolNameEdit->setObjectName(QStringLiteral("areaSchoolNameEdit"));
    m_schoolNameEdit->setPlaceholderText(tr("school name"));
    m_schoolBrinEdit->setObjectName(QStringLiteral("areaSchoolBrinEdit"));
    m_schoolBrinEdit->setPlaceholderText(tr("BRIN, like 12AB"));
    m_schoolPartyCombo->setObjectName(QStringLiteral("areaSchoolPartyCombo"));
    m_addSchoolButton->setObjectName(QStringLiteral("areaAddSchoolButton"));
    m_removeSchoolButton->setObjectName(QStringLiteral("areaRemoveSchoolButton"));
    m_importButton->setObjectName(QStringLiteral("areaImportSchoolsButton"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_schoolNameEdit, 2);
    addRow->addWidget(m_schoolBrinEdit, 1);
    addRow->addWidget(m_schoolPartyCombo, 2);
    addRow->addWidget(m_addSchoolButton);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_removeSchoolButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_importButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_schoolTable, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttonRow);
    connect(m_addSchoolButton, &QPushButton::clicked, this, [this] {
        addSchool(m_schoolNameEdit->text(), m_schoolBrinEdit->text(), m_schoolPartyCombo->currentData().toString());
    });
    connect(m_removeSchoolButton, &QPushButton::clicked, this, &AreaEditorDialog::removeSelectedSchool);
    connect(m_importButton, &QPushButton::clicked, this, &AreaEditorDialog::chooseCsv);
    return tab;
}

void AreaEditorDialog::reload()
{
    if (!m_agreement) {
        LabelStyle::setTextOrHide(m_errorLabel, tr("The agreement of this store is not known to this program."));
        return;
    }
    auto loaded = AreaSettings(m_store).load(*m_agreement);
    if (!loaded) {
        LabelStyle::setTextOrHide(m_errorLabel, loaded.message());
        return;
    }
    m_werkgebied = loaded.takeValue();
    m_noteLabel->setText(tr("The work areas come from the agreement profile and are still to be confirmed by the "
                            "parties; change them here when the parties agree otherwise. Rule: %1")
                             .arg(m_werkgebied->profile.rule()));
    const QString current = m_partyId;
    m_partyList->blockSignals(true);
    m_partyList->clear();
    m_schoolPartyCombo->clear();
    for (const AgreementParty& party : m_agreement->parties()) {
        if (!m_werkgebied->parties.contains(party.id))
            continue;
        auto* item = new QListWidgetItem(party.name, m_partyList);
        item->setData(Qt::UserRole, party.id);
        if (party.role == u"swv")
            m_schoolPartyCombo->addItem(party.name, party.id);
        if (party.id == current)
            m_partyList->setCurrentItem(item);
    }
    m_partyList->blockSignals(false);
    m_sectorAgeSpin->setValue(m_werkgebied->sectorAge);
    m_schoolTable->setRowCount(int(m_werkgebied->schools.size()));
    for (int row = 0; row < m_werkgebied->schools.size(); ++row) {
        const AreaSchool& school = m_werkgebied->schools.at(row);
        const AgreementParty* party = m_agreement->party(school.partyId);
        const QStringList cells {school.name, school.brin, party ? party->name : school.partyId};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, school.id);
            m_schoolTable->setItem(row, column, item);
        }
    }
    m_removeSchoolButton->setEnabled(!m_werkgebied->schools.isEmpty());
    showParty();
}

bool AreaEditorDialog::selectParty(const QString& partyId)
{
    if (!m_werkgebied || !m_werkgebied->parties.contains(partyId))
        return false;
    m_partyId = partyId;
    for (int row = 0; row < m_partyList->count(); ++row) {
        if (m_partyList->item(row)->data(Qt::UserRole).toString() == partyId && m_partyList->currentRow() != row) {
            m_partyList->blockSignals(true);
            m_partyList->setCurrentRow(row);
            m_partyList->blockSignals(false);
        }
    }
    showParty();
    return true;
}

void AreaEditorDialog::showParty()
{
    m_municipalityList->clear();
    const bool shown = m_werkgebied && m_werkgebied->parties.contains(m_partyId);
    m_sectorCombo->setEnabled(shown);
    m_savePartyButton->setEnabled(shown);
    if (!shown)
        return;
    const PartyArea area = m_werkgebied->parties.value(m_partyId);
    m_sectorCombo->setCurrentIndex(m_sectorCombo->findData(AreaProfile::sectorCode(area.sector)));
    for (const Municipality& m : m_werkgebied->profile.municipalities()) {
        auto* item = new QListWidgetItem(m.name, m_municipalityList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(area.municipalities.contains(m.name) ? Qt::Checked : Qt::Unchecked);
    }
    LabelStyle::setTextOrHide(m_editedLabel,
                              m_werkgebied->edited.contains(m_partyId)
                                  ? tr("Changed in this store (not the profile's default).")
                                  : tr("As in the agreement profile (to be confirmed by the parties)."));
}

void AreaEditorDialog::setMunicipalities(const QStringList& municipalities)
{
    for (int row = 0; row < m_municipalityList->count(); ++row) {
        QListWidgetItem* item = m_municipalityList->item(row);
        item->setCheckState(municipalities.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void AreaEditorDialog::showResult(const Result<void>& result, const QString& done)
{
    LabelStyle::setTextOrHide(m_errorLabel, result ? QString() : result.message());
    LabelStyle::setTextOrHide(m_statusLabel, result ? done : QString());
    if (result)
        reload();
}

bool AreaEditorDialog::saveParty()
{
    if (!m_agreement || !m_werkgebied || m_partyId.isEmpty())
        return false;
    PartyArea area;
    area.partyId = m_partyId;
    area.sector = AreaProfile::sectorFromCode(m_sectorCombo->currentData().toString()).value_or(Sector::Both);
    for (int row = 0; row < m_municipalityList->count(); ++row) {
        if (m_municipalityList->item(row)->checkState() == Qt::Checked)
            area.municipalities << m_municipalityList->item(row)->text();
    }
    const AgreementParty* party = m_agreement->party(m_partyId);
    const auto saved = AreaSettings(m_store).setParty(*m_agreement, area);
    showResult(saved, tr("The work area of %1 is saved.").arg(party ? party->name : m_partyId));
    return bool(saved);
}

bool AreaEditorDialog::saveSectorAge()
{
    const auto saved = AreaSettings(m_store).setSectorAge(m_sectorAgeSpin->value());
    showResult(saved,
               tr("Children count as secondary education (VO) from the age of %1.").arg(m_sectorAgeSpin->value()));
    return bool(saved);
}

bool AreaEditorDialog::addSchool(const QString& name, const QString& brin, const QString& partyId)
{
    if (!m_agreement)
        return false;
    AreaSchool school;
    school.name = name.trimmed();
    school.brin = brin.trimmed();
    school.partyId = partyId;
    auto added = AreaSettings(m_store).addSchool(*m_agreement, school);
    showResult(added ? Result<void>() : Result<void>(added.error()),
               tr("%1 is on the school list.").arg(school.name.isEmpty() ? school.brin : school.name));
    if (added) {
        m_schoolNameEdit->clear();
        m_schoolBrinEdit->clear();
    }
    return bool(added);
}

bool AreaEditorDialog::removeSelectedSchool()
{
    const int row = m_schoolTable->currentRow();
    if (row < 0 || !m_schoolTable->item(row, 0))
        return false;
    const QString name = m_schoolTable->item(row, 0)->text();
    const auto removed
        = AreaSettings(m_store).removeSchool(m_schoolTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    showResult(removed, tr("%1 is no longer on the school list.").arg(name));
    return bool(removed);
}

bool AreaEditorDialog::importSchools(const QString& path)
{
    if (!m_agreement)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(makeError(Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString())), {});
        return false;
    }
    auto imported = AreaSettings(m_store).importSchools(*m_agreement, file.read(8 * 1024 * 1024));
    showResult(imported ? Result<void>() : Result<void>(imported.error()),
               tr("The school list now holds %n school(s) from the file.", nullptr, imported ? imported.value() : 0));
    return bool(imported);
}

void AreaEditorDialog::chooseCsv()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import school list"), QString(), tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        importSchools(path);
}

} // namespace inbeeld
