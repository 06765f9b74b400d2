#pragma once

#include "core/importing/ImportReport.h"

#include <QWizardPage>

class QLabel;

namespace inbeeld {

class ImportReportView;

/// Third page of the import wizard: the report of the check (a dry run over the whole file),
/// with the import button "Import N valid rows". A commit page: after the import there is no
/// going back.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(QWidget* parent = nullptr);

    void setReport(const ImportReport& report);
    ImportReportView* view() const { return m_view; }
    /// A message about the import (cancelled, failed), shown above the report.
    void showMessage(const QString& message, bool error);

    bool isComplete() const override;

private:
    ImportReportView* m_view;
    QLabel* m_errorLabel;
    QLabel* m_noticeLabel;
    qint64 m_importable = 0;
};

} // namespace inbeeld
