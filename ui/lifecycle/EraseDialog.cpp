#include "ui/lifecycle/EraseDialog.h"

#include "core/lifecycle/SubjectRights.h"
#include "ui/common/LabelStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace inbeeld {

EraseDialog::EraseDialog(QWidget* parent)
    : QDialog(parent)
    , m_erasureButton(new QRadioButton(tr("A request for &erasure (art. 17)"), this))
    , m_objectionButton(new QRadioButton(tr("An &objection (art. 21)"), this))
    , m_reasoningEdit(new QPlainTextEdit(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erasure or objection"));
    m_erasureButton->setObjectName(QStringLiteral("eraseErasureButton"));
    m_objectionButton->setObjectName(QStringLiteral("eraseObjectionButton"));
    m_reasoningEdit->setObjectName(QStringLiteral("eraseReasoningEdit"));
    m_statusLabel->setObjectName(QStringLiteral("eraseStatusLabel"));
    m_erasureButton->setChecked(true);
    m_reasoningEdit->setTabChangesFocus(true);
    m_reasoningEdit->setPlaceholderText(tr("Your reasoning, in general terms (no diagnoses)"));
    m_reasoningEdit->setMaximumHeight(m_reasoningEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_reasoningEdit->setAccessibleName(tr("Reasoning of the decision"));

    auto* explanation = new QLabel(SubjectRights::publicTaskExplanation(), this);
    explanation->setObjectName(QStringLiteral("publicTaskLabel"));
    LabelStyle::asNotice(explanation);
    auto* reasoningLabel = new QLabel(tr("&Reasoning (recorded with the decision):"), this);
    reasoningLabel->setBuddy(m_reasoningEdit);
    m_statusLabel->setWordWrap(true);
    LabelStyle::asError(m_statusLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton* refuse = buttons->addButton(tr("Re&fuse (public task)"), QDialogButtonBox::ActionRole);
    refuse->setObjectName(QStringLiteral("eraseRefuseButton"));
    QPushButton* grant = buttons->addButton(tr("&Grant: erase now…"), QDialogButtonBox::ActionRole);
    grant->setObjectName(QStringLiteral("eraseGrantButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_erasureButton);
    layout->addWidget(m_objectionButton);
    layout->addWidget(reasoningLabel);
    layout->addWidget(m_reasoningEdit);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    connect(refuse, &QPushButton::clicked, this, [this] { decide(false); });
    connect(grant, &QPushButton::clicked, this, [this] { decide(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, sizeHint().height());
}

bool EraseDialog::isObjection() const
{
    return m_objectionButton->isChecked();
}

QString EraseDialog::reasoning() const
{
    return m_reasoningEdit->toPlainText().trimmed();
}

void EraseDialog::decide(bool grant)
{
    if (reasoning().isEmpty()) {
        LabelStyle::setTextOrHide(m_statusLabel,
                                  tr("Write down the reasoning first: it is recorded with the decision."));
        m_reasoningEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (grant) {
        QMessageBox box(QMessageBox::Warning, tr("Erase for good?"),
                        tr("Everything about this child is removed from the store now: records in every list, "
                           "notes, decisions and received case packages. This cannot be undone."),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("eraseConfirmBox"));
        QPushButton* yes = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("eraseConfirmButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    m_granted = grant;
    accept();
}

} // namespace inbeeld
