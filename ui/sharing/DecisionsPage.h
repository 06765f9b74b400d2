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

/// The "Decisions" tab: the decisions of the four-step check taken in this store, newest first.
/// Starts a new decision for a child (asked by BSN, found in the newest lists), withdraws a
/// decision, and records the standing decision of the quarterly exchange.
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

signals:
    void notice(const QString& message);

private:
    void askForChild();
    void askWithdrawReason();
    void updateButtons();
    void showError(const QString& message);

    Store* m_store = nullptr;
    DecisionListModel* m_model;
    QTableView* m_table;
    QLabel* m_errorLabel;
    QPushButton* m_newButton;
    QPushButton* m_withdrawButton;
    QPushButton* m_standingButton;
    QPointer<ShareWizard> m_wizard;
};

} // namespace inbeeld
