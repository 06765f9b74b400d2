#include "ui/importing/ImportReportPage.h"

#include "ui/common/LabelStyle.h"
#include "ui/importing/ImportReportView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace inbeeld {

ImportReportPage::ImportReportPage(QWidget* parent)
    : QWizardPage(parent)
    , m_view(new ImportReportView(this))
    , m_errorLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("importReportPage"));
    setTitle(tr("Check the report"));
    setSubTitle(tr("InBeeld has checked every row. Rows with an error are not imported; export them to fix them in "
                   "the source list. Rows with a warning are imported; check them."));
    setCommitPage(true);
    m_errorLabel->setObjectName(QStringLiteral("importErrorLabel"));
    m_noticeLabel->setObjectName(QStringLiteral("importMessageLabel"));
    LabelStyle::asError(m_errorLabel);
    LabelStyle::asNotice(m_noticeLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
}

void ImportReportPage::setReport(const ImportReport& report)
{
    m_importable = report.accepted;
    m_view->setReport(report);
    showMessage(report.accepted > 0 ? QString()
                                    : tr("None of the rows can be imported. Fix the rows in the source list, or go "
                                         "back and check the columns."),
                true);
    setButtonText(QWizard::CommitButton,
                  report.accepted > 0 ? tr("&Import %n valid rows", nullptr, int(report.accepted))
                                      : tr("Nothing to import"));
    emit completeChanged();
}

void ImportReportPage::showMessage(const QString& message, bool error)
{
    LabelStyle::setTextOrHide(m_errorLabel, error ? message : QString());
    LabelStyle::setTextOrHide(m_noticeLabel, error ? QString() : message);
}

bool ImportReportPage::isComplete() const
{
    return m_importable > 0;
}

} // namespace inbeeld
