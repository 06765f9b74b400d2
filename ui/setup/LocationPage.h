#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inbeeld {

/// Setup wizard page for the store file's location. Proposes a file in the default store folder,
/// named after the organisation, until the user types or browses a path of their own.
class LocationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LocationPage(QWidget* parent = nullptr);

    /// The chosen path, absolute.
    QString storePath() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QLabel* m_errorLabel;
    bool m_userChosen = false;
};

} // namespace inbeeld
