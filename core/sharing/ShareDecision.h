#pragma once

#include "core/sharing/ShareAnswers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// Which child a decision is about: the key that identifies the child across lists
/// (CaseRecord::childKey()) and, where known, the record and list it was chosen from.
struct ChildRef
{
    QString childKey;
    qint64 recordId = 0;
    qint64 snapshotId = 0;
};

/// A recorded weighing of the four-step check: one child (or, for the standing decision, the
/// agreement's quarterly exchange), one recipient, one purpose, the chosen fields, and how long
/// it holds. Only a decision with outcome Share that is neither expired nor withdrawn lets
/// personal data leave the store (ShareGuard).
struct ShareDecision
{
    Q_DECLARE_TR_FUNCTIONS(ShareDecision)

public:
    enum class Kind { Individual, Standing };
    enum class Outcome {
        Share, // the weighing allows sharing the fields
        Alternative, // a less intrusive way was chosen: nothing is shared
    };

    qint64 id = 0; // row id in the store; 0 before storing
    Kind kind = Kind::Individual;
    QString agreementId;
    int agreementVersion = 0;
    ChildRef child; // empty for the standing decision
    QString category; // the child's category (individual decisions)
    QString recipient; // agreement party id; empty for the standing decision (every party)
    QString decidedBy; // OS account
    QDateTime decidedAt; // UTC
    QDateTime expiresAt; // UTC; invalid for the standing decision (holds as long as the agreement)
    Outcome outcome = Outcome::Share;
    ShareAnswers answers; // the weighing as answered (ground, purpose, fields, justifications, ...)
    QStringList lawArticles; // the law articles behind the ground for the deciding party
    QMap<QString, QStringList> fieldsByCategory; // standing decision: the fields per category
    QString areaRule; // standing decision: which children each party receives (the agreement's area rule)
    QDateTime withdrawnAt; // UTC; invalid while in force
    QString withdrawnBy;
    QString withdrawReason;

    QStringList fields() const { return answers.fields; }
    bool isWithdrawn() const { return withdrawnAt.isValid(); }
    bool isExpired(const QDateTime& now) const { return expiresAt.isValid() && now >= expiresAt; }
    /// In force: outcome Share, not withdrawn, not expired.
    bool isInForce(const QDateTime& now) const
    {
        return outcome == Outcome::Share && !isWithdrawn() && !isExpired(now);
    }
    /// The requested fields this decision does not cover (for a category, for the standing one).
    QStringList missingFields(const QStringList& requested, const QString& category = {}) const;

    static QString kindCode(Kind kind);
    static QString outcomeCode(Outcome outcome);
    /// "in force", "expired", "withdrawn", "not shared" (translated).
    QString stateText(const QDateTime& now) const;
    /// Everything except id, child and the columns the store keeps apart, as stored in the body.
    QJsonObject bodyJson() const;
    Result<void> readBodyJson(const QJsonObject& body);
};

} // namespace inbeeld
