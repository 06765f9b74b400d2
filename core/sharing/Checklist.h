#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Role.h"
#include "core/sharing/ShareAnswers.h"
#include "core/sharing/ShareDecision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// The steps of the check, in the order they are walked.
enum class ChecklistStep { Talk = 0, Ground = 1, Purpose = 2, Fields = 3, Subsidiarity = 4 };

/// Something in the answers that blocks a step (problem) or that the case worker must see
/// (warning). key names the answer it is about ("not_informed_reason", "justification:naw", ...).
struct ChecklistIssue
{
    ChecklistStep step = ChecklistStep::Talk;
    QString key;
    QString message;
    QStringList words; // special-category check: the words that triggered it
};

/// A less intrusive way to reach the purpose than sharing the child's data (step 4).
struct SubsidiarityAlternative
{
    QString id; // "ask_directly", "anonymous", "outside_info", "counts_only"
    QString name;
    QString explanation;
};

/// The rules of the four-step check (Stappenplan informatie delen) for sharing one child's data
/// with one party of the agreement: what may be chosen, what each step requires, and the
/// decision the answers lead to. Widgets and the CLI ask this class; they hold no rules.
class Checklist
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    /// ownRole: the role of the deciding organisation (for the law articles behind the ground).
    Checklist(Agreement agreement, CaseRecord child, qint64 snapshotId, QString recipient, Role ownRole);

    const Agreement& agreement() const { return m_agreement; }
    const CaseRecord& child() const { return m_child; }
    QString recipient() const { return m_recipient; }

    /// Answers to start from: the agreement's default ground, the minimum fields, no purpose.
    ShareAnswers proposal() const;

    // Step 1
    QList<LegalGround> grounds() const { return m_agreement.legalGrounds(); }
    /// A caution shown beside a ground (consent, legitimate interest, ...); empty when none.
    static QString groundWarning(const QString& groundId);
    /// The law articles behind the ground for the deciding party (public task, legal obligation).
    QStringList lawArticles(const QString& groundId) const;

    // Step 3
    /// The fields the agreement allows for the child's category, in profile order.
    QList<AgreementField> selectableFields() const { return m_agreement.fieldsFor(m_child.category); }
    QStringList minimumFields() const { return m_agreement.minimumFields(m_child.category); }
    bool needsJustification(const QString& fieldId) const { return !minimumFields().contains(fieldId); }
    bool isFreeText(const QString& fieldId) const;
    /// The value of a field as it would be shared: the rephrased wording from the answers, else
    /// the list's value.
    QString sharedValue(const QString& fieldId, const ShareAnswers& answers) const;
    /// The value of a field in a record ("naw" joins name and address), as an exporter writes it.
    static QString recordValue(const CaseRecord& record, const QString& fieldId);

    // Step 4
    static QList<SubsidiarityAlternative> alternatives();

    /// What blocks a step; empty when the step is complete.
    QList<ChecklistIssue> problems(ChecklistStep step, const ShareAnswers& answers) const;
    /// What the case worker should see at a step without being blocked.
    QList<ChecklistIssue> warnings(ChecklistStep step, const ShareAnswers& answers, const QDateTime& now) const;
    /// True when step 4 chose a less intrusive way: the walk ends without sharing.
    static bool choosesAlternative(const ShareAnswers& answers) { return !answers.alternative.isEmpty(); }

    /// Checks every step and builds the decision (not yet stored). With an alternative chosen, the
    /// decision records that nothing is shared (steps 3 is not required then, and no fields are kept).
    Result<ShareDecision> decide(const ShareAnswers& answers, const QString& decidedBy, const QDateTime& now) const;

    /// The standing decision for the quarterly exchange of the lists, as the agreement itself
    /// weighs it: its default ground, its quarterly purpose, the fields of Bijlage 1 per category,
    /// and its subsidiarity reasoning (counts alone proved insufficient).
    static ShareDecision standingDecision(const Agreement& agreement, Role ownRole, const QString& decidedBy,
                                          const QDateTime& now);

    /// A text is a reason when it is at least a short sentence, not a word or two letters.
    static bool isMeaningful(const QString& text);

private:
    Agreement m_agreement;
    CaseRecord m_child;
    qint64 m_snapshotId = 0;
    QString m_recipient;
    Role m_ownRole;
};

} // namespace inbeeld
