#include "ui/importing/ImportDonePage.h"

#include "ui/common/LabelStyle.h"
#include "ui/importing/SnapshotDiffModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

ImportDonePage::ImportDonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_summaryLabel(new QLabel(this))
    , m_changesLabel(new QLabel(this))
    , m_changesModel(new SnapshotDiffModel(this))
    , m_changesTable(new QTableView(this))
{
    setObjectName(QStringLiteral("importDonePage"));
    setTitle(tr("The list has been imported"));
    setSubTitle(tr("It is on the Lists tab, with its report. The rows that were not imported can be exported there "
                   "too."));
    setFinalPage(true);

    m_summaryLabel->setObjectName(QStringLiteral("doneSummaryLabel"));
    m_changesLabel->setObjectName(QStringLiteral("changesSummaryLabel"));
    m_changesTable->setObjectName(QStringLiteral("changesTable"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changesLabel->setWordWrap(true);
    m_changesLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_changesLabel->font();
    bold.setBold(true);
    m_changesLabel->setFont(bold);

    m_changesTable->setModel(m_changesModel);
    m_changesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesTable->setAlternatingRowColors(true);
    m_changesTable->setWordWrap(false);
    m_changesTable->verticalHeader()->hide();
    m_changesTable->horizontalHeader()->setStretchLastSection(true);
    m_changesTable->setAccessibleName(tr("Children added, removed or changed since the previous list"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addSpacing(8);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changesTable, 1);
}

void ImportDonePage::setResult(const ImportReport& report, const std::optional<SnapshotDiff>& diff,
                               const QString& diffError, const QHash<QString, QString>& categoryNames)
{
    m_summaryLabel->setText(report.summary());
    if (!diff) {
        m_changesLabel->setText(tr("The changes since the previous list could not be shown. %1").arg(diffError));
        m_changesModel->clear();
        m_changesTable->hide();
        return;
    }
    if (!diff->previous) {
        m_changesLabel->setText(tr("This is the first list of %1 in this store. The next list of this source will "
                                   "be compared with it.")
                                    .arg(report.sourceName));
        m_changesModel->clear();
        m_changesTable->hide();
        return;
    }
    m_changesLabel->setText(diff->summary());
    m_changesModel->setDiff(*diff, categoryNames);
    m_changesTable->setVisible(m_changesModel->rowCount() > 0);
    m_changesTable->resizeColumnsToContents();
}

} // namespace inbeeld
