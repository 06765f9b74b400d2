#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class AuditLog;
class AuditLogModel;

/// The audit log tab: every entry, newest first, and a button to verify the hash chain.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(QWidget* parent = nullptr);

    /// Shows the log of the open store (not owned), or nothing for null.
    void setAuditLog(AuditLog* log);
    void refresh();
    /// Recomputes the chain and shows the outcome; returns true when intact.
    bool verify();

    AuditLogModel* model() const { return m_model; }

signals:
    /// The outcome of a verification, for the status bar.
    void verified(bool intact, const QString& message);

private:
    AuditLog* m_log = nullptr;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLabel* m_statusLabel;
    QPushButton* m_refreshButton;
    QPushButton* m_verifyButton;
};

} // namespace inbeeld
