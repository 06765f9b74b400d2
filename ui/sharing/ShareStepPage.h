#pragma once

#include <QWizardPage>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace inbeeld {

/// One step of the share wizard: the wizard puts the step's widgets in body() and tells the page
/// what blocks it and what to warn about (both come from core/sharing/Checklist). The page only
/// shows them and keeps Next disabled while something blocks.
class ShareStepPage : public QWizardPage
{
    Q_OBJECT

public:
    using Messages = std::function<QStringList()>;

    ShareStepPage(const QString& title, const QString& subTitle, QWidget* parent = nullptr);

    QVBoxLayout* body() const { return m_body; }
    void setChecks(Messages problems, Messages warnings);
    /// Re-reads the problems and warnings (call after every edit).
    void recheck();
    bool isComplete() const override;

private:
    QVBoxLayout* m_body;
    QLabel* m_problemLabel;
    QLabel* m_warningLabel;
    Messages m_problems;
    Messages m_warnings;
};

} // namespace inbeeld
