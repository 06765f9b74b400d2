#pragma once

#include "common/Result.h"
#include "domain/Agreement.h"
#include "domain/CaseRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace inbeeld {

/// records.json of an exchange package: per record its category and only the agreement's fields
/// (Bijlage 1) for that category, plus the number of records per category. A field id maps to
/// the record's columns: "bsn" → bsn and onderwijsnummer, "naw" → name and address parts, the
/// others to one value each (dates ISO 8601).
class PackageRecords
{
    Q_DECLARE_TR_FUNCTIONS(PackageRecords)

public:
    /// The JSON for records, each reduced to fieldsByCategory[record.category].
    static QByteArray toJson(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fieldsByCategory);
    /// Reads records.json. Refused (FieldNotAllowed) when a record holds a field the agreement
    /// does not allow for its category or the manifest does not list for it; UnknownFormat when
    /// it is not records.json, or the counts do not match the records.
    static Result<QList<CaseRecord>> fromJson(const QByteArray& json, const Agreement& agreement,
                                              const QMap<QString, QStringList>& manifestFields);
    /// Records per category.
    static QMap<QString, qint64> countsPerCategory(const QList<CaseRecord>& records);
};

} // namespace inbeeld
