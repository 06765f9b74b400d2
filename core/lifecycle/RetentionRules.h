#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inbeeld {

class Store;

/// A retention rule as it applies in this store: the profile's default, or the organisation's own
/// period with its own reason when it changed it.
struct EffectiveRetentionRule
{
    RetentionRule rule; // months and reason in effect
    int defaultMonths = 0; // the profile's
    bool changed = false; // the organisation set its own period
};

/// The retention rules of the agreement profile, editable per organisation (table
/// retention_rules, audited). The profile's defaults are to be confirmed by the parties' privacy
/// officers (Agreement::retentionNote).
class RetentionRules
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)

public:
    explicit RetentionRules(Store& store);

    Result<QList<EffectiveRetentionRule>> rules() const;
    /// Months in effect for a rule id; -1 when the profile has no such rule.
    Result<int> months(const QString& ruleId) const;
    /// The organisation's own period for a rule, with its reason (required).
    Result<void> set(const QString& ruleId, int months, const QString& reason);
    /// The profile's note on the defaults.
    Result<QString> note() const;

private:
    Result<Agreement> agreement() const;
    Store& m_store;
};

} // namespace inbeeld
