#pragma once

#include "core/importing/ImportReport.h"

#include <QDialog>

namespace inbeeld {

class ImportReportView;

/// The stored report of an imported list, as the wizard showed it: summary, every problem and
/// the export of the rejected rows.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);

    ImportReportView* view() const { return m_view; }

private:
    ImportReportView* m_view;
};

} // namespace inbeeld
