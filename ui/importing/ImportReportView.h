#pragma once

#include "core/importing/ImportReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class ImportIssueModel;

/// What an import found, for the wizard's report page and for the report of a stored list: the
/// summary, every problem in a filterable table (errors first), the full text of the selected
/// problem, and the export of the rejected rows to fix at the source.
class ImportReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportReportView(QWidget* parent = nullptr);

    void setReport(const ImportReport& report);
    void clear();
    const ImportReport& report() const { return m_report; }

    /// Writes the rejected rows to path and says how it went; true on success.
    bool exportRejectedTo(const QString& path);

signals:
    /// A message for the status bar after an export.
    void notice(const QString& message);

private:
    void chooseExportFile();
    void updateFilterCounts();
    void showSelectedIssue();

    ImportReport m_report;
    ImportIssueModel* m_model;
    QLabel* m_summaryLabel;
    QLabel* m_noticeLabel;
    QComboBox* m_filterCombo;
    QTableView* m_table;
    QLabel* m_detailLabel;
    QLabel* m_exportLabel;
    QPushButton* m_exportButton;
};

} // namespace inbeeld
