#pragma once

#include "core/domain/Agreement.h"
#include "core/storage/Snapshots.h"

#include <QDate>
#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace inbeeld {

struct ImportPreview;

/// First page of the import wizard: the file, whose list it is (ours or a partner's, and which
/// partner), its peildatum (taken from the file when it says), the sheet of a workbook, and one
/// category for a list without a category column.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(const QString& organisationName, const QList<AgreementCategory>& categories,
                   QWidget* parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString& path);
    SnapshotSide side() const;
    QString sourceName() const;
    QDate peildatum() const;
    /// The sheet chosen, or empty for the first (or a CSV file).
    QString sheetName() const;
    /// A category code, or empty when the list has a category column.
    QString fixedCategory() const;
    /// Source names of earlier lists, offered while typing.
    void setKnownSources(const QStringList& theirs);

    /// Shows what the file looks like (format, sheets, peildatum), or why it cannot be read.
    void showPreview(const ImportPreview& preview);
    void showFileError(const QString& message);

    bool isComplete() const override;

signals:
    /// The file or sheet changed: the wizard reads the file again.
    void fileChanged();

private:
    void browse();
    void sideChanged();

    QString m_organisationName;
    QFormLayout* m_form;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QLabel* m_fileInfoLabel;
    QLabel* m_fileErrorLabel;
    QComboBox* m_sheetCombo;
    QRadioButton* m_oursRadio;
    QRadioButton* m_theirsRadio;
    QLineEdit* m_sourceEdit;
    QLabel* m_sourceHint;
    QDateEdit* m_peildatumEdit;
    QLabel* m_peildatumHint;
    QComboBox* m_categoryCombo;
    QString m_previewedPath;
    bool m_peildatumTouched = false;
    bool m_settingPeildatum = false;
};

} // namespace inbeeld
