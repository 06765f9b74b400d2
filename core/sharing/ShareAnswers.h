#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// What a case worker answered in the four-step check (Stappenplan informatie delen) about
/// sharing one child's data with one party. Filled by the wizard or read from the answers file
/// of "inbeeld-cli decide"; Checklist judges it.
struct ShareAnswers
{
    // Before the steps: talk with the young person or parents, not about them.
    bool informed = false;
    QString informedWho; // "young_person", "parents" or "both"
    QString informedNote; // optional: how and when
    QString notInformedReason; // required when not informed

    // Step 1: legal ground (one of the six GDPR grounds, by the agreement's id).
    QString ground;
    QString interestLegitimate; // legitimate interest only: the three-part test
    QString interestNecessary;
    QString interestOutweighs;

    // Step 2: purpose: an agreement purpose by id, or a purpose of one's own.
    QString purposeId;
    QString purposeText;
    bool outsideAgreementAcknowledged = false;

    // Step 3: proportionality.
    QStringList fields; // agreement field ids
    QMap<QString, QString> justifications; // field id -> why it is needed beyond the minimum
    QMap<QString, QString> texts; // free-text field id -> the wording to share (replaces the list's text)
    QString note; // optional message to the recipient, shared with the fields

    // Step 4: subsidiarity.
    QString alternative; // empty, or the id of a less intrusive way that will be used instead
    QString subsidiarityReason; // why the less intrusive ways are not enough

    QJsonObject toJson() const;
    /// Reads the answers file format documented in README.md; unknown keys are refused so that a
    /// typo does not silently drop an answer.
    static Result<ShareAnswers> fromJson(const QJsonObject& json);
};

class ShareAnswersText
{
    Q_DECLARE_TR_FUNCTIONS(ShareAnswers)

public:
    static QString invalid(const QString& why);
};

} // namespace inbeeld
