#include "core/importing/ImportField.h"

namespace inbeeld {

namespace {

struct FieldInfo
{
    ImportField field;
    const char* code;
    const char* agreementField;
};

const FieldInfo kFields[] = {
    {ImportField::Bsn, "bsn", "bsn"},
    {ImportField::Onderwijsnummer, "onderwijsnummer", "bsn"},
    {ImportField::FirstNames, "first_names", "naw"},
    {ImportField::Prefix, "prefix", "naw"},
    {ImportField::Surname, "surname", "naw"},
    {ImportField::FullName, "full_name", "naw"},
    {ImportField::BirthDate, "birth_date", "birth_date"},
    {ImportField::Street, "street", "naw"},
    {ImportField::HouseNumber, "house_number", "naw"},
    {ImportField::HouseNumberAddition, "house_number_addition", "naw"},
    {ImportField::Address, "address", "naw"},
    {ImportField::Postcode, "postcode", "naw"},
    {ImportField::Place, "place", "naw"},
    {ImportField::LastSchool, "last_school", "last_school"},
    {ImportField::Category, "category", ""},
    {ImportField::AbsenceStart, "absence_start", "absence_start"},
    {ImportField::AbsenceReason, "absence_reason", "absence_reason"},
    {ImportField::ExemptionDate, "exemption_date", "exemption_date"},
    {ImportField::ExemptionDuration, "exemption_duration", "exemption_duration"},
    {ImportField::Involvement, "involvement", "involvement"},
};

const FieldInfo* infoOf(ImportField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

} // namespace

const QList<ImportField>& ImportFields::all()
{
    static const QList<ImportField> list = [] {
        QList<ImportField> l;
        for (const FieldInfo& info : kFields)
            l.append(info.field);
        return l;
    }();
    return list;
}

QString ImportFields::code(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? QString::fromLatin1(info->code) : QString();
}

std::optional<ImportField> ImportFields::fromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted.isEmpty() || wanted == u"none" || wanted == u"-")
        return ImportField::None;
    for (const FieldInfo& info : kFields) {
        if (wanted == QLatin1String(info.code))
            return info.field;
    }
    return std::nullopt;
}

QString ImportFields::displayName(ImportField field)
{
    switch (field) {
    case ImportField::None:
        return tr("(not imported)");
    case ImportField::Bsn:
        return tr("BSN (or onderwijsnummer)");
    case ImportField::Onderwijsnummer:
        return tr("Onderwijsnummer");
    case ImportField::FirstNames:
        return tr("First names");
    case ImportField::Prefix:
        return tr("Prefix (tussenvoegsel)");
    case ImportField::Surname:
        return tr("Surname");
    case ImportField::FullName:
        return tr("Full name (one column)");
    case ImportField::BirthDate:
        return tr("Date of birth");
    case ImportField::Street:
        return tr("Street");
    case ImportField::HouseNumber:
        return tr("House number");
    case ImportField::HouseNumberAddition:
        return tr("House number addition");
    case ImportField::Address:
        return tr("Address (street and number in one column)");
    case ImportField::Postcode:
        return tr("Postcode");
    case ImportField::Place:
        return tr("Place of residence");
    case ImportField::LastSchool:
        return tr("Last known school");
    case ImportField::Category:
        return tr("Category");
    case ImportField::AbsenceStart:
        return tr("Start date of absence");
    case ImportField::AbsenceReason:
        return tr("Reason for absence");
    case ImportField::ExemptionDate:
        return tr("Date of exemption");
    case ImportField::ExemptionDuration:
        return tr("Duration of exemption");
    case ImportField::Involvement:
        return tr("Involvement RBL / SWV");
    }
    return {};
}

QString ImportFields::agreementFieldId(ImportField field)
{
    const FieldInfo* info = infoOf(field);
    return info ? QString::fromLatin1(info->agreementField) : QString();
}

} // namespace inbeeld
