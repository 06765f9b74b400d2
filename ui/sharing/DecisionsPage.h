#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class DecisionListModel;
class ShareWizard;
class Store;
struct CaseRecord;
struct ShareDecision;

/// The "Decisions" tab: the decisions of the four-step check taken in this store, newest first.
/// Starts a new decision for a child (asked by BSN, found in the newest lists), withdraws a
/// decision, records the standing decision of the quarterly exchange, and asks to send a child's
/// data as a case package under a decision in force.
class DecisionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionsPage(QWidget* parent = nullptr);

    void setStore(Store* store);
    void refresh();
    void select(qint64 decisionId);
    qint64 selectedDecision() const;

    /// Opens the share wizard for a child (the comparison view uses this too).
    ShareWizard* openWizard(const CaseRecord& child, qint64 snapshotId);
    /// Looks the child up by BSN in the newest lists and opens the wizard; false (with a
    /// message) when the BSN is wrong or the child is not in the lists.
    bool newDecisionForBsn(const QString& bsn);
    /// Withdraws the selected decision; false (with a message) when that fails.
    bool withdrawSelected(const QString& reason);
    /// Records the standing decision of the quarterly exchange unless one is in force.
    bool recordStanding();
    /// Asks (casePackageRequested) to send the selected decision's child as a case package; false
    /// when the selection is not an individual decision in force about a child with a BSN.
    bool sendSelected();

signals:
    void notice(const QString& message);
    /// The user wants to send the child of this decision (in force, with a BSN) to its recipient.
    void casePackageRequested(const inbeeld::ShareDecision& decision);

private:
    void askForChild();
    void askWithdrawReason();
    void updateButtons();
    void showError(const QString& message);
    static bool isSendable(const ShareDecision& decision);

    Store* m_store = nullptr;
    DecisionListModel* m_model;
    QTableView* m_table;
    QLabel* m_errorLabel;
    QPushButton* m_newButton;
    QPushButton* m_withdrawButton;
    QPushButton* m_standingButton;
    QPushButton* m_sendButton;
    QPointer<ShareWizard> m_wizard;
};

} // namespace inbeeld
