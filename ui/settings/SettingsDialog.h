#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace inbeeld {

/// Program settings: language (applies after a restart) and the idle lock time. Accepting
/// saves them in AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QComboBox* m_languageCombo;
    QSpinBox* m_idleSpin;
};

} // namespace inbeeld
