#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class SnapshotListModel;
class Store;

/// The "Lists" tab: every list imported into the store, newest first, with its counts; opens the
/// stored import report of a list and exports its rejected rows.
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

signals:
    void importRequested();
    void notice(const QString& message);

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
};

} // namespace inbeeld
