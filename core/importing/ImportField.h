#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace inbeeld {

/// What a column of a source list holds: the target fields an import maps columns onto. Some
/// are parts that are combined (first names + prefix + surname, or one full-name column; street +
/// house number + addition, or one address column).
enum class ImportField {
    None,
    Bsn, // also takes onderwijsnummers (lists put both in one column)
    Onderwijsnummer,
    FirstNames,
    Prefix,
    Surname,
    FullName, // one column with the whole name, split by PersonName::parse
    BirthDate,
    Street,
    HouseNumber,
    HouseNumberAddition, // merged into the house number
    Address, // one column "Dorpsstraat 12a" (optionally ", 6811 AB Arnhem")
    Postcode,
    Place,
    LastSchool,
    Category,
    AbsenceStart,
    AbsenceReason,
    ExemptionDate,
    ExemptionDuration,
    Involvement,
};

/// Codes, names and agreement links of the import fields.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    /// Every field except None, in the order a mapping drop-down shows them.
    static const QList<ImportField>& all();
    /// Stable code for profiles, JSON and the command line: "bsn", "first_names", ...; "" for None.
    static QString code(ImportField field);
    static std::optional<ImportField> fromCode(const QString& code);
    /// Translated name for the user ("BSN", "First names", "Start date of absence", ...).
    static QString displayName(ImportField field);
    /// The field of the agreement's exchange table that governs this import field ("bsn", "naw",
    /// "birth_date", ...); empty for Category, which is always kept.
    static QString agreementFieldId(ImportField field);
};

} // namespace inbeeld
