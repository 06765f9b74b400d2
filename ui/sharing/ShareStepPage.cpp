#include "ui/sharing/ShareStepPage.h"

#include "ui/common/LabelStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace inbeeld {

ShareStepPage::ShareStepPage(const QString& title, const QString& subTitle, QWidget* parent)
    : QWizardPage(parent)
    , m_body(new QVBoxLayout)
    , m_problemLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
{
    setTitle(title);
    setSubTitle(subTitle);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    LabelStyle::asError(m_problemLabel);
    LabelStyle::asNotice(m_warningLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addStretch(1);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_problemLabel);
}

void ShareStepPage::setChecks(Messages problems, Messages warnings)
{
    m_problems = std::move(problems);
    m_warnings = std::move(warnings);
    recheck();
}

void ShareStepPage::recheck()
{
    LabelStyle::setTextOrHide(m_problemLabel, m_problems ? m_problems().join(u'\n') : QString());
    LabelStyle::setTextOrHide(m_warningLabel, m_warnings ? m_warnings().join(u'\n') : QString());
    emit completeChanged();
}

bool ShareStepPage::isComplete() const
{
    return !m_problems || m_problems().isEmpty();
}

} // namespace inbeeld
