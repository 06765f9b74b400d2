#pragma once

#include "core/lifecycle/SubjectRequests.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace inbeeld {

class Store;

/// The register of data-subject requests: each request with its kind, when it was received, who
/// asked, how and by whom their identity was verified, the deadline and the status. Requests whose
/// deadline is near or passed are highlighted (and say so in words). New requests are registered
/// here, deadlines extended with a reason, requests closed with their outcome, and the access
/// export of an access request's child is made from here.
class SubjectRequestsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TypeColumn,
        ReceivedColumn,
        RequesterColumn,
        IdentityColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };

    /// today: the clock for the deadline warnings (tests pass their own).
    explicit SubjectRequestsDialog(Store& store, QWidget* parent = nullptr, QDate today = QDate::currentDate());

    void refresh();
    /// The requests shown, in table order.
    const QList<SubjectRequest>& requests() const { return m_requests; }
    /// Selects the request with this number.
    void select(qint64 id);
    /// Extends the selected request's deadline by two months; false when refused.
    bool extendSelected(const QString& reason);
    /// Closes the selected request with its outcome; false when refused.
    bool closeSelected(const QString& outcome, bool refused);

signals:
    void notice(const QString& message);
    /// The user wants the access export for a child (key "bsn:…").
    void accessExportRequested(const QString& childKey);

private:
    const SubjectRequest* selected() const;
    void addRequest();
    void askExtension();
    void askClose();
    void updateButtons();
    void showStatus(const QString& text, bool error);

    Store& m_store;
    QDate m_today;
    QList<SubjectRequest> m_requests;
    QTableWidget* m_table;
    QCheckBox* m_closedCheck;
    QLabel* m_reminderLabel;
    QLabel* m_statusLabel;
    QPushButton* m_addButton;
    QPushButton* m_extendButton;
    QPushButton* m_closeButton;
    QPushButton* m_exportButton;
};

} // namespace inbeeld
