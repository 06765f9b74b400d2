#include "core/importing/HeaderRecognizer.h"

#include "core/domain/PersonName.h"

#include <QHash>
#include <algorithm>

namespace inbeeld {

namespace {

struct Candidate
{
    ImportField field = ImportField::None;
    int priority = 0; // lower wins when two columns fit the same field
};

constexpr int kRulePriority = 10; // word-part rules lose to every exact name

struct Synonym
{
    const char* normalised;
    ImportField field;
    int priority;
};

// Normalised header texts (see HeaderRecognizer::normalise) as the usual sources write them.
const Synonym kSynonyms[] = {
    {"bsn", ImportField::Bsn, 0},
    {"burgerservicenummer", ImportField::Bsn, 0},
    {"bsnleerling", ImportField::Bsn, 0},
    {"bsnjeugdige", ImportField::Bsn, 0},
    {"burgerservicenummerleerling", ImportField::Bsn, 0},
    {"bsnnummer", ImportField::Bsn, 0},
    {"bsnnr", ImportField::Bsn, 0},
    {"sofinummer", ImportField::Bsn, 1},
    {"sofinr", ImportField::Bsn, 1},
    {"bsnonderwijsnummer", ImportField::Bsn, 0},
    {"bsnofonderwijsnummer", ImportField::Bsn, 0},
    {"bsnown", ImportField::Bsn, 0},
    {"pgn", ImportField::Bsn, 1},
    {"persoonsgebondennummer", ImportField::Bsn, 1},
    {"onderwijsnummer", ImportField::Onderwijsnummer, 0},
    {"onderwijsnr", ImportField::Onderwijsnummer, 0},
    {"own", ImportField::Onderwijsnummer, 1},
    {"voornaam", ImportField::FirstNames, 0},
    {"voornamen", ImportField::FirstNames, 0},
    {"voornaamleerling", ImportField::FirstNames, 0},
    {"voornamenleerling", ImportField::FirstNames, 0},
    {"roepnaam", ImportField::FirstNames, 1},
    {"roepnaamleerling", ImportField::FirstNames, 1},
    {"voorletters", ImportField::FirstNames, 2},
    {"tussenvoegsel", ImportField::Prefix, 0},
    {"tussenvoegsels", ImportField::Prefix, 0},
    {"voorvoegsel", ImportField::Prefix, 0},
    {"voorvoegsels", ImportField::Prefix, 0},
    {"tussenv", ImportField::Prefix, 1},
    {"tv", ImportField::Prefix, 2},
    {"achternaam", ImportField::Surname, 0},
    {"geslachtsnaam", ImportField::Surname, 0},
    {"achternaamleerling", ImportField::Surname, 0},
    {"familienaam", ImportField::Surname, 1},
    {"naam", ImportField::Surname, 2},
    {"naamleerling", ImportField::FullName, 0},
    {"leerlingnaam", ImportField::FullName, 0},
    {"volledigenaam", ImportField::FullName, 0},
    {"naamjeugdige", ImportField::FullName, 0},
    {"naamjongere", ImportField::FullName, 0},
    {"naamkind", ImportField::FullName, 0},
    {"leerling", ImportField::FullName, 1},
    {"jeugdige", ImportField::FullName, 1},
    {"geboortedatum", ImportField::BirthDate, 0},
    {"gebdatum", ImportField::BirthDate, 0},
    {"gebdat", ImportField::BirthDate, 0},
    {"geboortedat", ImportField::BirthDate, 0},
    {"geborenop", ImportField::BirthDate, 0},
    {"datumgeboorte", ImportField::BirthDate, 0},
    {"geboortedatumleerling", ImportField::BirthDate, 0},
    {"straat", ImportField::Street, 0},
    {"straatnaam", ImportField::Street, 0},
    {"huisnummer", ImportField::HouseNumber, 0},
    {"huisnr", ImportField::HouseNumber, 0},
    {"nr", ImportField::HouseNumber, 2},
    {"huisnummerentoevoeging", ImportField::HouseNumber, 0},
    {"huisnummertoevoeging", ImportField::HouseNumberAddition, 0},
    {"huisnrtoevoeging", ImportField::HouseNumberAddition, 0},
    {"toevoeging", ImportField::HouseNumberAddition, 0},
    {"toev", ImportField::HouseNumberAddition, 1},
    {"adres", ImportField::Address, 0},
    {"woonadres", ImportField::Address, 0},
    {"adresleerling", ImportField::Address, 0},
    {"straatenhuisnummer", ImportField::Address, 0},
    {"postcode", ImportField::Postcode, 0},
    {"pc", ImportField::Postcode, 2},
    {"woonplaats", ImportField::Place, 0},
    {"plaats", ImportField::Place, 0},
    {"woonplaatsleerling", ImportField::Place, 0},
    {"woongemeente", ImportField::Place, 1},
    {"gemeente", ImportField::Place, 2},
    {"school", ImportField::LastSchool, 0},
    {"laatstbekendeschool", ImportField::LastSchool, 0},
    {"naamschool", ImportField::LastSchool, 0},
    {"schoolnaam", ImportField::LastSchool, 0},
    {"laatsteschool", ImportField::LastSchool, 0},
    {"huidigeschool", ImportField::LastSchool, 1},
    {"schoolvaninschrijving", ImportField::LastSchool, 1},
    {"brin", ImportField::LastSchool, 3},
    {"brinnummer", ImportField::LastSchool, 3},
    {"brincode", ImportField::LastSchool, 3},
    {"categorie", ImportField::Category, 0},
    {"soortverzuim", ImportField::Category, 0},
    {"verzuimsoort", ImportField::Category, 0},
    {"typeverzuim", ImportField::Category, 0},
    {"verzuimcategorie", ImportField::Category, 0},
    {"categoriethuiszitter", ImportField::Category, 0},
    {"soortthuiszitter", ImportField::Category, 0},
    {"soort", ImportField::Category, 1},
    {"startdatumverzuim", ImportField::AbsenceStart, 0},
    {"datumstartverzuim", ImportField::AbsenceStart, 0},
    {"verzuimsinds", ImportField::AbsenceStart, 0},
    {"begindatumverzuim", ImportField::AbsenceStart, 0},
    {"ingangsdatumverzuim", ImportField::AbsenceStart, 0},
    {"startverzuim", ImportField::AbsenceStart, 0},
    {"thuissinds", ImportField::AbsenceStart, 1},
    {"datumverzuim", ImportField::AbsenceStart, 1},
    {"startdatum", ImportField::AbsenceStart, 2},
    {"datummelding", ImportField::AbsenceStart, 2},
    {"reden", ImportField::AbsenceReason, 0},
    {"redenverzuim", ImportField::AbsenceReason, 0},
    {"vermoedelijkereden", ImportField::AbsenceReason, 0},
    {"vermoedelijkeredenverzuim", ImportField::AbsenceReason, 0},
    {"redenthuiszitten", ImportField::AbsenceReason, 0},
    {"toelichting", ImportField::AbsenceReason, 1},
    {"datumvrijstelling", ImportField::ExemptionDate, 0},
    {"vrijstellingper", ImportField::ExemptionDate, 0},
    {"vrijstellingsdatum", ImportField::ExemptionDate, 0},
    {"ingangsdatumvrijstelling", ImportField::ExemptionDate, 0},
    {"vrijstellingsinds", ImportField::ExemptionDate, 0},
    {"vrijstellingverleend", ImportField::ExemptionDate, 1},
    {"duurvrijstelling", ImportField::ExemptionDuration, 0},
    {"vrijstellingsduur", ImportField::ExemptionDuration, 0},
    {"vrijstellingtot", ImportField::ExemptionDuration, 0},
    {"einddatumvrijstelling", ImportField::ExemptionDuration, 0},
    {"betrokkenheid", ImportField::Involvement, 0},
    {"betrokkenheidrblswv", ImportField::Involvement, 0},
    {"betrokkenpartij", ImportField::Involvement, 0},
    {"betrokken", ImportField::Involvement, 1},
};

const QHash<QString, Candidate>& synonymTable()
{
    static const QHash<QString, Candidate> table = [] {
        QHash<QString, Candidate> t;
        for (const Synonym& s : kSynonyms)
            t.insert(QString::fromLatin1(s.normalised), {s.field, s.priority});
        return t;
    }();
    return table;
}

bool containsAny(const QString& text, std::initializer_list<const char*> parts)
{
    return std::any_of(parts.begin(), parts.end(), [&](const char* p) { return text.contains(QLatin1String(p)); });
}

/// Word-part rules for names the table does not know. Order matters: specific before general.
Candidate byRule(const QString& n)
{
    // About someone else than the child, or contact details the agreement has no field for.
    if (containsAny(n,
                    {"ouder", "moeder", "vader", "verzorger", "voogd", "contact", "mentor", "mail", "telefoon",
                     "schooljaar", "klas", "leerjaar"}))
        return {};
    if (containsAny(n, {"bsn", "burgerservice", "sofi"}))
        return {ImportField::Bsn, kRulePriority};
    if (n.contains(QLatin1String("onderwijsnummer")))
        return {ImportField::Onderwijsnummer, kRulePriority};
    if (n.startsWith(QLatin1String("geboorte")) || n.startsWith(QLatin1String("gebdat")))
        return {ImportField::BirthDate, kRulePriority};
    if (n.contains(QLatin1String("vrijstelling"))) {
        if (containsAny(n, {"duur", "tot", "eind"}))
            return {ImportField::ExemptionDuration, kRulePriority};
        if (containsAny(n, {"datum", "per", "sinds", "start", "ingang"}))
            return {ImportField::ExemptionDate, kRulePriority};
        return {};
    }
    if (n.contains(QLatin1String("verzuim")) && containsAny(n, {"start", "sinds", "begin", "ingang", "datum"}))
        return {ImportField::AbsenceStart, kRulePriority};
    if (n.contains(QLatin1String("reden")))
        return {ImportField::AbsenceReason, kRulePriority};
    if (containsAny(n, {"categorie", "soortverzuim"}))
        return {ImportField::Category, kRulePriority};
    if (n.contains(QLatin1String("betrokken")))
        return {ImportField::Involvement, kRulePriority};
    if (containsAny(n, {"tussenvoegsel", "voorvoegsel"}))
        return {ImportField::Prefix, kRulePriority};
    if (containsAny(n, {"voornam", "roepnaam"}))
        return {ImportField::FirstNames, kRulePriority};
    if (containsAny(n, {"achternaam", "geslachtsnaam"}))
        return {ImportField::Surname, kRulePriority};
    if (n.contains(QLatin1String("postcode")))
        return {ImportField::Postcode, kRulePriority};
    if (n.contains(QLatin1String("woonplaats")))
        return {ImportField::Place, kRulePriority};
    if (n.contains(QLatin1String("huisnummer")) || n.contains(QLatin1String("huisnr")))
        return {ImportField::HouseNumber, kRulePriority};
    if (n.contains(QLatin1String("straat")))
        return {ImportField::Street, kRulePriority};
    if (n.contains(QLatin1String("adres")))
        return {ImportField::Address, kRulePriority};
    if (n.contains(QLatin1String("school")))
        return {ImportField::LastSchool, kRulePriority};
    return {};
}

Candidate candidateFor(const QString& header)
{
    const QString n = HeaderRecognizer::normalise(header);
    if (n.isEmpty())
        return {};
    const auto exact = synonymTable().constFind(n);
    if (exact != synonymTable().constEnd())
        return *exact;
    return byRule(n);
}

} // namespace

QString HeaderRecognizer::normalise(const QString& header)
{
    return PersonName::fold(header);
}

std::optional<ImportField> HeaderRecognizer::recogniseHeader(const QString& header)
{
    const Candidate c = candidateFor(header);
    if (c.field == ImportField::None)
        return std::nullopt;
    return c.field;
}

HeaderRecognition HeaderRecognizer::recognise(const QStringList& headers, bool fixedCategory)
{
    struct Entry
    {
        int column;
        Candidate candidate;
    };
    QList<Entry> entries;
    for (int i = 0; i < headers.size(); ++i) {
        const Candidate c = candidateFor(headers[i]);
        if (c.field != ImportField::None)
            entries.append({i, c});
    }
    // Best names first; among equals, the leftmost column.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.candidate.priority < b.candidate.priority; });

    HeaderRecognition result;
    result.mapping = ColumnMapping(headers);
    for (const Entry& e : entries) {
        if (!result.mapping.has(e.candidate.field))
            result.mapping.setField(e.column, e.candidate.field);
    }
    // "Naam" next to a first-names column is the surname; alone it holds the whole name.
    const int surnameColumn = result.mapping.column(ImportField::Surname);
    if (surnameColumn >= 0 && !result.mapping.has(ImportField::FirstNames) && !result.mapping.has(ImportField::FullName)
        && normalise(headers[surnameColumn]) == QLatin1String("naam"))
        result.mapping.setField(surnameColumn, ImportField::FullName);
    // A full-name column next to separate name columns would say the same twice.
    const int fullNameColumn = result.mapping.column(ImportField::FullName);
    if (fullNameColumn >= 0 && result.mapping.has(ImportField::Surname))
        result.mapping.setField(fullNameColumn, ImportField::None);
    // One address column, or street and number: not both.
    const int addressColumn = result.mapping.column(ImportField::Address);
    if (addressColumn >= 0 && result.mapping.has(ImportField::Street))
        result.mapping.setField(addressColumn, ImportField::None);

    result.unmapped = result.mapping.unmappedColumns();
    result.missingRequired = result.mapping.missingRequired(fixedCategory);
    return result;
}

} // namespace inbeeld
