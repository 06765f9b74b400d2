#pragma once

#include "core/importing/ImportReport.h"
#include "core/importing/SnapshotDiff.h"

#include <QHash>
#include <QWizardPage>
#include <optional>

class QLabel;
class QTableView;

namespace inbeeld {

class SnapshotDiffModel;

/// Last page of the import wizard: what was imported and, when the same source delivered a
/// list before, what changed since that list.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(QWidget* parent = nullptr);

    /// diff: the comparison with the previous list, or an error text when it could not be made.
    void setResult(const ImportReport& report, const std::optional<SnapshotDiff>& diff, const QString& diffError,
                   const QHash<QString, QString>& categoryNames);

private:
    QLabel* m_summaryLabel;
    QLabel* m_changesLabel;
    SnapshotDiffModel* m_changesModel;
    QTableView* m_changesTable;
};

} // namespace inbeeld
