#pragma once

#include "core/domain/CaseRecord.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace inbeeld {

class SnapshotDiffModel;
class Store;

/// What changed between a list and the previous list of its source (the Lists tab's diff), and,
/// for our own lists, the children the newer list no longer holds whose case is still open: the
/// user may close their cases here with a reason chosen (ticked children only), or leave them open.
/// Nothing is closed without that choice.
class ListChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ListChangesDialog(Store& store, qint64 snapshotId, QWidget* parent = nullptr);

    /// The children offered for closing (still open), in list order.
    const QList<CaseRecord>& dropped() const { return m_dropped; }
    /// Closes the ticked children with the reason, date and note chosen; the number closed, or -1
    /// (with the message shown) when core refused one.
    int closeTicked();

signals:
    void casesClosed(const QString& message);

private:
    void load();

    Store& m_store;
    qint64 m_snapshotId;
    QList<CaseRecord> m_dropped;
    QLabel* m_summaryLabel;
    SnapshotDiffModel* m_model;
    QTableView* m_table;
    QGroupBox* m_droppedBox;
    QLabel* m_droppedLabel;
    QListWidget* m_droppedList;
    QComboBox* m_reasonCombo;
    QDateEdit* m_dateEdit;
    QLineEdit* m_noteEdit;
    QPushButton* m_closeButton;
    QLabel* m_statusLabel;
};

} // namespace inbeeld
