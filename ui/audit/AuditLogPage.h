#pragma once

#include "core/common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class AuditLog;
class AuditLogModel;

/// The audit log tab: every entry, newest first, a button to verify the hash chain, and the anchor
/// (entry count and last hash) to copy and keep outside the store, or to check the log against.
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
    /// Copies the present anchor line to the clipboard; returns it (empty without a log).
    QString copyAnchor();
    /// verify() against an anchor kept outside the store (AuditLog::verifyAnchor).
    bool verifyAnchor(const QString& line);

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
    QLabel* m_anchorLabel;
    QPushButton* m_copyAnchorButton;
    QPushButton* m_verifyAnchorButton;

    void showOutcome(const Result<void>& result, const QString& intactMessage);
    void askAnchorAndVerify();
};

} // namespace inbeeld
