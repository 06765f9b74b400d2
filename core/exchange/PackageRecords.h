#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"

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
    /// The JSON for records, each reduced to fieldsByCategory[record.category]: compact UTF-8,
    /// keys in sorted order (the bytes QJsonDocument wrote), written directly for speed.
    static QByteArray toJson(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fieldsByCategory);
    /// Reads records.json. Refused (SharingNotAllowed) when a record has a category the agreement
    /// does not know, or holds a field the agreement does not allow for its category or the
    /// manifest does not list for it (the first such record); UnknownFormat when it is not
    /// records.json: not strict JSON (RFC 8259, UTF-8), a key twice, a value of the wrong type,
    /// or counts that do not match the records.
    static Result<QList<CaseRecord>> fromJson(const QByteArray& json, const Agreement& agreement,
                                              const QMap<QString, QStringList>& manifestFields);
    /// Records per category.
    static QMap<QString, qint64> countsPerCategory(const QList<CaseRecord>& records);
};

} // namespace inbeeld
