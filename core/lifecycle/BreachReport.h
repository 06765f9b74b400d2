#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace inbeeld {

class Store;

/// After a data breach: what was shared with whom in a period (optionally one partner). Every
/// package sent and received with date, partner, kind, counts per category, fields, file hash and
/// channel, which children each held (to notify them), totals, and a draft notification to the
/// Autoriteit Persoonsgegevens with the fields of GDPR art. 33(3) filled where the program knows
/// them and left open (null) where it cannot. Audited with counts only.
class BreachReport
{
    Q_DECLARE_TR_FUNCTIONS(BreachReport)

public:
    static Result<QJsonObject> build(Store& store, const QDate& from, const QDate& to, const QString& partner = {});
};

} // namespace inbeeld
