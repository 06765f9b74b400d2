#pragma once

#include "core/common/Result.h"
#include "core/matching/Comparison.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace inbeeld {

/// The comparison overview as counts only: one row per category with the number of children per
/// outcome, and a total row. No BSN, name or any other value from a list, so it may be exported
/// without the four-step check that lists with personal data need.
class ComparisonCounts
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonCounts)

public:
    /// UTF-8 CSV, comma-separated: "category,both,differs,only_ours,only_theirs,probable,total".
    static QByteArray csv(const Comparison& comparison);
    static Result<void> writeCsv(const Comparison& comparison, const QString& path);
};

} // namespace inbeeld
