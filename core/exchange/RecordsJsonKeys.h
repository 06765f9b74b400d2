#pragma once

#include "core/domain/CaseRecord.h"

#include <QStringView>
#include <array>
#include <optional>

/// The names records.json uses, shared by its writer and its reader (PackageRecords).
namespace inbeeld::recordsjson {

inline constexpr QStringView Format = u"inbeeld-package-records";

// The keys of a record: "category" and the field ids of Bijlage 1, in sorted order (as
// QJsonObject kept them, so the output did not change).
enum class Key : quint8 {
    AbsenceReason,
    AbsenceStart,
    BirthDate,
    Bsn,
    Category,
    ExemptionDate,
    ExemptionDuration,
    Involvement,
    LastSchool,
    Naw,
    Count
};
inline constexpr int KeyCount = int(Key::Count);
inline constexpr std::array<QStringView, KeyCount> KeyViews {
    u"absence_reason", u"absence_start",      u"birth_date",  u"bsn",         u"category",
    u"exemption_date", u"exemption_duration", u"involvement", u"last_school", u"naw"};

inline std::optional<Key> keyOf(QStringView name)
{
    for (int i = 0; i < KeyCount; ++i) {
        if (name == KeyViews[std::size_t(i)])
            return Key(i);
    }
    return std::nullopt;
}

// The parts of the "bsn" and "naw" objects, in sorted order.
inline constexpr std::array<QStringView, 2> BsnParts {u"bsn", u"onderwijsnummer"};
inline constexpr std::array<QStringView, 7> NawParts {u"first_names", u"house_number", u"place",  u"postcode",
                                                      u"prefix",      u"street",       u"surname"};

inline QString* nawPart(CaseRecord& r, int index)
{
    switch (index) {
    case 0:
        return &r.firstNames;
    case 1:
        return &r.houseNumber;
    case 2:
        return &r.place;
    case 3:
        return &r.postcode;
    case 4:
        return &r.prefix;
    case 5:
        return &r.street;
    default:
        return &r.surname;
    }
}

inline const QString& nawPart(const CaseRecord& r, int index)
{
    return *nawPart(const_cast<CaseRecord&>(r), index);
}
} // namespace inbeeld::recordsjson
