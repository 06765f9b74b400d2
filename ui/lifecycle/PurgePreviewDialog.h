#pragma once

#include "core/lifecycle/Retention.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace inbeeld {

class Store;

/// The preview of a retention purge: what each retention rule makes due now (with the rule's
/// period and reason), how many children a legal hold keeps, and "Delete" after a confirmation,
/// with progress and Cancel until the commit point; the outcome is shown in the dialog. Nothing is
/// removed without the user seeing these counts first (the CLI has --dry-run for the same).
class PurgePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// today: the clock (tests pass their own).
    explicit PurgePreviewDialog(Store& store, QWidget* parent = nullptr, QDate today = QDate::currentDate());

    /// Reads what is due again and shows it.
    void refresh();
    /// Purges after the confirmation (asked unless confirmed is true); true when it was done.
    bool purge(bool confirmed = false);
    /// For tests: stop the purge after this many progress reports (0: never).
    void setStopAfterSteps(int steps) { m_stopAfterSteps = steps; }

signals:
    /// Data was removed: lists and comparisons must be read again.
    void purged(const QString& message);

private:
    void showCounts(const RetentionStatus& status);

    Store& m_store;
    QDate m_today;
    RetentionStatus m_status;
    int m_stopAfterSteps = 0;
    QLabel* m_summaryLabel;
    QTableWidget* m_table;
    QLabel* m_heldLabel;
    QLabel* m_resultLabel;
    QPushButton* m_purgeButton;
};

} // namespace inbeeld
