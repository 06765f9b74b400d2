#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace inbeeld {

/// The counts the Inspectie van het Onderwijs asks for each quarter: children per category, with
/// long-term absence split by how long it lasted on the list's reference date (peildatum): 4
/// weeks to 3 months, more than 3 months, shorter than 4 weeks (on the list as langdurig, but not
/// yet four weeks absent), or without a start date. No personal data: numbers only.
///
/// In a quarterly exchange package this is counts.json (README "Exchange packages"), so both
/// parties report from the same figures.
class InspectieCounts
{
    Q_DECLARE_TR_FUNCTIONS(InspectieCounts)

public:
    /// Subgroup codes, in report order.
    static const QStringList& subgroupCodes();
    /// "Langdurig verzuim, 4 weken tot 3 maanden" etc. (translated).
    static QString subgroupName(const QString& code);
    /// The subgroup of one record on a reference date.
    static QString subgroupOf(const CaseRecord& record, const QDate& peildatum);

    static InspectieCounts of(const QList<CaseRecord>& records, const QDate& peildatum);

    QDate peildatum;
    QMap<QString, qint64> categories; // category code -> children
    QMap<QString, qint64> subgroups; // subgroup code -> children (only non-zero ones)

    bool operator==(const InspectieCounts&) const = default;

    QByteArray toJson() const;
    /// Refused (UnknownFormat) when it is not counts.json or a number is not a count.
    static Result<InspectieCounts> fromJson(const QByteArray& json);
};

} // namespace inbeeld
