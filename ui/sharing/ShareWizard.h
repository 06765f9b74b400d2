#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/sharing/Checklist.h"
#include "core/sharing/ShareAnswers.h"

#include <QHash>
#include <QWizard>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace inbeeld {

class ShareStepPage;
class Store;

/// Walks the four-step check (Stappenplan informatie delen) before sharing one child's data with
/// a party of the agreement, and records the decision in the store. Every rule comes from
/// core/sharing/Checklist: this wizard only collects the answers and shows what core says.
/// Opened from the Decisions tab and (later) from the comparison view for a selected child.
class ShareWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TalkPageId, GroundPageId, PurposePageId, FieldsPageId, SubsidiarityPageId, SummaryPageId };

    /// child: the record as the list has it; snapshotId: the list it comes from (0 if unknown).
    ShareWizard(Store& store, const CaseRecord& child, qint64 snapshotId = 0, QWidget* parent = nullptr);

    const ShareAnswers& answers() const { return m_answers; }
    /// The id of the decision recorded on Finish, or 0.
    qint64 recordedDecision() const { return m_recordedId; }

signals:
    void decisionRecorded(qint64 id);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    Checklist checklist() const;
    QStringList messages(ChecklistStep step, bool problems) const;
    ShareStepPage* makePage(ChecklistStep step, const QString& title, const QString& subTitle);
    void buildTalkPage();
    void buildGroundPage();
    void buildPurposePage();
    void buildFieldsPage();
    void buildSubsidiarityPage();
    void buildSummaryPage();
    /// Reads every widget into m_answers and re-checks the pages.
    void collect();
    QString summaryText() const;

    Store& m_store;
    Agreement m_agreement;
    CaseRecord m_child;
    qint64 m_snapshotId = 0;
    ShareAnswers m_answers;
    qint64 m_recordedId = 0;
    bool m_building = true;
    QList<ShareStepPage*> m_pages;

    QComboBox* m_recipientCombo = nullptr;
    QRadioButton* m_informedYes = nullptr;
    QRadioButton* m_informedNo = nullptr;
    QComboBox* m_informedWhoCombo = nullptr;
    QLineEdit* m_informedNoteEdit = nullptr;
    QLineEdit* m_notInformedReasonEdit = nullptr;
    QComboBox* m_groundCombo = nullptr;
    QLabel* m_groundExplanation = nullptr;
    QLineEdit* m_interestEdits[3] = {nullptr, nullptr, nullptr};
    QComboBox* m_purposeCombo = nullptr;
    QLineEdit* m_purposeTextEdit = nullptr;
    QCheckBox* m_outsideCheck = nullptr;
    QHash<QString, QCheckBox*> m_fieldChecks;
    QHash<QString, QLineEdit*> m_justificationEdits;
    QHash<QString, QLineEdit*> m_textEdits;
    QLineEdit* m_noteEdit = nullptr;
    QButtonGroup* m_alternativeGroup = nullptr;
    QStringList m_alternativeIds; // index = button id - 1; button 0 = "sharing is needed"
    QLineEdit* m_subsidiarityReasonEdit = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_summaryError = nullptr;
};

} // namespace inbeeld
