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
/// previous list of the source, offering to close the cases of children our newer list dropped.
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

signals:
    void importRequested();
    void notice(const QString& message);
    /// Cases were closed from the list's changes: comparisons must be made again.
    void casesClosed();

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
};

} // namespace inbeeld
