#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/AreaSettings.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace inbeeld {

class Store;

/// "Werkgebieden en scholen": which sector and municipalities each party of the agreement is
/// responsible for, the age that separates primary from secondary education, and the school list
/// (school name and/or BRIN -> samenwerkingsverband, added by hand or imported from a CSV). The
/// area rule (core/exchange/AreaAssignment) reads them when a package is made. Stored by
/// AreaSettings, which audits each change; the profile's defaults are still to be confirmed by
/// the parties, and the dialog says so.
class AreaEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AreaEditorDialog(Store& store, QWidget* parent = nullptr);

    /// Shows the werkgebied of a party of the agreement; false when there is no such party.
    bool selectParty(const QString& partyId);
    /// Ticks exactly these municipalities for the shown party (not yet saved).
    void setMunicipalities(const QStringList& municipalities);
    /// Saves the shown party's sector and municipalities; false (message shown) when refused.
    bool saveParty();
    bool saveSectorAge();
    /// Adds a school to the list; false (message shown) when refused.
    bool addSchool(const QString& name, const QString& brin, const QString& partyId);
    bool removeSelectedSchool();
    /// Replaces the school list by a CSV file's; false (message shown) when refused.
    bool importSchools(const QString& path);
    const std::optional<Werkgebied>& werkgebied() const { return m_werkgebied; }

private:
    QWidget* makeAreasTab();
    QWidget* makeSchoolsTab();
    void reload();
    void showParty();
    void showResult(const Result<void>& result, const QString& done);
    void chooseCsv();

    Store& m_store;
    std::optional<Agreement> m_agreement;
    std::optional<Werkgebied> m_werkgebied;
    QString m_partyId;

    QLabel* m_noteLabel;
    QListWidget* m_partyList;
    QComboBox* m_sectorCombo;
    QListWidget* m_municipalityList;
    QLabel* m_editedLabel;
    QPushButton* m_savePartyButton;
    QSpinBox* m_sectorAgeSpin;
    QPushButton* m_sectorAgeButton;
    QTableWidget* m_schoolTable;
    QLineEdit* m_schoolNameEdit;
    QLineEdit* m_schoolBrinEdit;
    QComboBox* m_schoolPartyCombo;
    QPushButton* m_addSchoolButton;
    QPushButton* m_removeSchoolButton;
    QPushButton* m_importButton;
    QLabel* m_statusLabel;
    QLabel* m_errorLabel;
};

} // namespace inbeeld
