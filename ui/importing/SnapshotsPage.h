#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class SnapshotListModel;
class Store;

/// The "Lists" tab: every list imported into the store, newest first, with its counts; opens the
/// stored import report of a list and exports its rejected rows; shows what changed since the
/// previous list of the source, offering to close the cases of children our newer list dropped;
/// deletes a wrongly imported list after a confirmation.
class SnapshotsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotsPage(QWidget* parent = nullptr);

    /// Shows the lists of store (not owned), or nothing.
    void setStore(Store* store);
    void refresh();
    /// Selects a list in the table.
    void select(qint64 snapshotId);
    /// The list selected, or 0.
    qint64 selectedSnapshot() const;

    /// Opens the stored report of the selected list.
    void viewReport();
    /// Writes the rejected rows of the selected list to path; true on success.
    bool exportRejectedTo(const QString& path);
    /// Opens the changes since the previous list for the selected list.
    void viewChanges();
    /// Deletes the selected list (a wrong import) with its records and rejected rows, after a
    /// confirmation showing its counts unless confirmed; true when it was deleted.
    bool deleteSelected(bool confirmed = false);

signals:
    void importRequested();
    void notice(const QString& message);
    /// Cases were closed or a list deleted: comparisons must be made again.
    void comparisonInputChanged();

private:
    void chooseExportFile();
    void updateButtons();

    Store* m_store = nullptr;
    SnapshotListModel* m_model;
    QTableView* m_table;
    QLabel* m_statusLabel;
    QPushButton* m_importButton;
    QPushButton* m_reportButton;
    QPushButton* m_exportButton;
    QPushButton* m_changesButton;
    QPushButton* m_deleteButton;
};

} // namespace inbeeld
