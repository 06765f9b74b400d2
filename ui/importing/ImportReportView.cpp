#include "ui/importing/ImportReportView.h"

#include "core/reporting/CaseDocuments.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/PrintDocument.h"
#include "ui/importing/ImportIssueModel.h"
#include "ui/importing/ImportTexts.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ImportIssueModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_filterCombo(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detailLabel(new QLabel(this))
    , m_exportLabel(new QLabel(this))
    , m_exportButton(new QPushButton(tr("&Export rejected rows…"), this))
{
    setObjectName(QStringLiteral("importReportView"));
    m_summaryLabel->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_noticeLabel->setObjectName(QStringLiteral("reportNoticeLabel"));
    m_filterCombo->setObjectName(QStringLiteral("issueFilterCombo"));
    m_table->setObjectName(QStringLiteral("issuesTable"));
    m_detailLabel->setObjectName(QStringLiteral("issueDetailLabel"));
    m_exportLabel->setObjectName(QStringLiteral("exportResultLabel"));
    m_exportButton->setObjectName(QStringLiteral("exportRejectedButton"));

    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    LabelStyle::asNotice(m_noticeLabel);
    LabelStyle::asHint(m_detailLabel);
    LabelStyle::asHint(m_exportLabel);
    m_exportButton->setToolTip(tr("Write the rows that were not imported, with their problems, to a CSV file that "
                                  "Excel opens, so they can be fixed in the source list."));

    m_filterCombo->addItem(QString(), QVariant::fromValue(int(ImportIssueModel::Filter::All)));
    m_filterCombo->addItem(QString(), QVariant::fromValue(int(ImportIssueModel::Filter::Errors)));
    m_filterCombo->addItem(QString(), QVariant::fromValue(int(ImportIssueModel::Filter::Warnings)));
    m_filterCombo->addItem(QString(), QVariant::fromValue(int(ImportIssueModel::Filter::Columns)));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportIssueModel::LineColumn, 60);
    m_table->setColumnWidth(ImportIssueModel::ColumnColumn, 130);
    m_table->setColumnWidth(ImportIssueModel::ValueColumn, 120);
    m_table->setColumnWidth(ImportIssueModel::SeverityColumn, 190);
    m_table->setAccessibleName(tr("Problems found in the list"));

    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filterCombo);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterCombo);
    filterRow->addStretch(1);
    filterRow->addWidget(m_exportButton);
    auto* printButton = new QPushButton(tr("&Print report…"), this);
    printButton->setObjectName(QStringLiteral("printImportReportButton"));
    printButton->setToolTip(tr("The report with every problem row (personal data: marked confidential)."));
    filterRow->addWidget(printButton);
    connect(printButton, &QPushButton::clicked, this,
            [this] { PrintDocument::preview(CaseDocuments::importReport(m_report, QString()), this); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_exportLabel);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(ImportIssueModel::Filter(m_filterCombo->currentData().toInt()));
        showSelectedIssue();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportReportView::showSelectedIssue);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportReportView::showSelectedIssue);
    connect(m_exportButton, &QPushButton::clicked, this, &ImportReportView::chooseExportFile);
    clear();
}

void ImportReportView::setReport(const ImportReport& report)
{
    m_report = report;
    m_summaryLabel->setText(report.summary());
    QStringList notes;
    for (const ImportIssue& issue : report.fileIssues) {
        if (issue.code == u"same_file_imported_before")
            notes << issue.message;
    }
    LabelStyle::setTextOrHide(m_noticeLabel, notes.join(u'\n'));
    m_model->setReport(report);
    updateFilterCounts();
    m_exportButton->setEnabled(!report.rejectedRows.isEmpty());
    LabelStyle::setTextOrHide(m_exportLabel, QString());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ImportReportView::clear()
{
    m_report = ImportReport();
    m_summaryLabel->clear();
    LabelStyle::setTextOrHide(m_noticeLabel, QString());
    LabelStyle::setTextOrHide(m_exportLabel, QString());
    m_model->clear();
    updateFilterCounts();
    m_exportButton->setEnabled(false);
}

void ImportReportView::updateFilterCounts()
{
    using Filter = ImportIssueModel::Filter;
    m_filterCombo->setItemText(0, tr("All problems (%1)").arg(m_model->count(Filter::All)));
    m_filterCombo->setItemText(1, tr("Errors: rows not imported (%1)").arg(m_model->count(Filter::Errors)));
    m_filterCombo->setItemText(2, tr("Warnings: rows imported (%1)").arg(m_model->count(Filter::Warnings)));
    m_filterCombo->setItemText(3, tr("Columns left out (%1)").arg(m_model->count(Filter::Columns)));
}

void ImportReportView::showSelectedIssue()
{
    const ImportIssue* issue = m_model->issueAt(m_table->currentIndex().row());
    if (!issue) {
        LabelStyle::setTextOrHide(
            m_detailLabel,
            m_model->rowCount() == 0 && !m_report.fileName.isEmpty() ? tr("No problems of this kind.") : QString());
        return;
    }
    QString text = issue->text();
    if (!issue->value.isEmpty())
        text += u'\n' + tr("Value in the list: %1").arg(issue->value);
    LabelStyle::setTextOrHide(m_detailLabel, text);
}

void ImportReportView::chooseExportFile()
{
    if (m_report.rejectedRows.isEmpty())
        return;
    const QString base = QFileInfo(m_report.fileName).completeBaseName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export rejected rows (the file holds personal data)"),
                                   folder + QLatin1Char('/') + tr("%1-rejected.csv").arg(base),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportRejectedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportRejectedTo(path); });
    dialog->open();
}

bool ImportReportView::exportRejectedTo(const QString& path)
{
    const Result<void> written = m_report.exportRejectedCsv(path);
    QString message = written
        ? tr("%n rejected rows written to %1. Fix them in the source list and import the list again.", nullptr,
             int(m_report.rejectedRows.size()))
              .arg(QDir::toNativeSeparators(path))
        : written.message();
    if (written) {
        if (m_report.rejectedRowsLeftOut > 0) {
            message += u' '
                + tr("These are the first %1 of %2 rejected rows; the store keeps all of them (inbeeld-cli snapshots "
                     "report --rejected-csv writes every one).")
                      .arg(m_report.rejectedRows.size())
                      .arg(m_report.rejected);
        }
        message += u' '
            + tr("The file holds personal data of children: only you can read it; delete it once the rows are "
                 "fixed.");
    }
    LabelStyle::setTextOrHide(m_exportLabel, message);
    emit notice(message);
    return written.ok();
}

} // namespace inbeeld
