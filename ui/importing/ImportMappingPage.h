#pragma once

#include "core/importing/ColumnMapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace inbeeld {

class ImportPreviewModel;
struct ImportPreview;

/// Second page of the import wizard: how the file was read, which column holds which field
/// (one drop-down per column of the file, with example values), the first rows of the file
/// under that mapping, and whether to remember the mapping for the next list with these
/// columns. Next stays disabled until the required columns are mapped.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(QWidget* parent = nullptr);

    /// Shows a (new) preview. The mapping the user made is kept when the columns are the same.
    void setPreview(const ImportPreview& preview, const QString& formatDescription);
    /// Whether the whole file has one category (then no category column is needed).
    void setFixedCategory(bool fixed);
    void setDefaultProfileName(const QString& name);

    const ColumnMapping& mapping() const { return m_mapping; }
    /// What the drop-down of a column does (also for tests).
    void setField(int column, ImportField field);
    /// The name to save the mapping under, or empty when it is not to be saved.
    QString saveProfileAs() const;

    void showError(const QString& message);
    bool isComplete() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillTable(const ImportPreview& preview);
    void refreshMapping();

    ColumnMapping m_mapping;
    bool m_fixedCategory = false;
    bool m_userChanged = false;
    bool m_profileCheckTouched = false;
    bool m_updating = false;
    QLabel* m_formatLabel;
    QLabel* m_originLabel;
    QLabel* m_missingLabel;
    QTableWidget* m_mappingTable;
    ImportPreviewModel* m_previewModel;
    QTableView* m_previewTable;
    QCheckBox* m_saveProfileCheck;
    QLineEdit* m_profileNameEdit;
    QLabel* m_errorLabel;
    QList<QComboBox*> m_combos;
};

} // namespace inbeeld
