#include "core/demo/DemoLists.h"

#include "core/common/Windows1252.h"
#include "core/domain/Bsn.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace inbeeld {

namespace {

struct Child
{
    QString bsn;
    QString firstNames;
    QString prefix;
    QString surname;
    QDate birthDate;
    QString street;
    QString houseNumber;
    QString postcode;
    QString place;
    QString school;
    QString category; // as the RBL records it
    QDate absenceStart;
    QString reason;
    QDate exemptionDate;
    QString exemptionDuration;
    QString involvement;
};

constexpr int kChildren = 220;
// The RBL's list: children 0–199. 0–59 absoluut, 60–169 langdurig, 170–199 vrijstelling 5a.
constexpr int kOurs = 200;
constexpr int kFirstLangdurig = 60;
constexpr int kFirstVrijstelling = 170;
// The SWV's list: RBL's langdurig children 60–157, vrijstellingen 170–171, and its own 200–219.
constexpr int kLastSharedLangdurig = 157;

const char* const kFirstNames[]
    = {"Daan",     "Sem",      "Lucas",  "Noah",    "Emma",   "Julia",     "Mila",      "Sophie",    "Ana\u00efs",
       "Zo\u00eb", "Mohammed", "Yusuf",  "Ayoub",   "Fatima", "Nour",      "Aya",       "Lieke",     "Sanne",
       "Jayden",   "Thijs",    "Bram",   "Noor",    "Eline",  "\u00d6mer", "Elif",      "Emre",      "Zeynep",
       "Gijs",     "Ruben",    "Kacper", "Zuzanna", "Maja",   "Jo\u00ebl", "In\u00e8s", "Ren\u00e9", "Lo\u00efs",
       "Dewi",     "Priya",    "Kofi",   "Amara",   "Tess",   "Finn",      "Sara",      "Milan",     "Lotte"};

struct Surname
{
    const char* prefix;
    const char* name;
};

const Surname kSurnames[] = {
    {"", "Jansen"},       {"de", "Vries"},         {"van den", "Berg"},    {"van", "Dijk"},
    {"", "Bakker"},       {"", "Visser"},          {"", "Smit"},           {"", "Meijer"},
    {"de", "Boer"},       {"", "Mulder"},          {"de", "Groot"},        {"", "Bos"},
    {"", "Hendriks"},     {"van", "Leeuwen"},      {"", "Dekker"},         {"de", "Wit"},
    {"", "\u00d6zdemir"}, {"", "\u00c7elik"},      {"", "Yilmaz"},         {"", "El Amrani"},
    {"", "Bouzid"},       {"", "Nowak"},           {"", "Kowalski"},       {"", "Nguyen"},
    {"", "Santos"},       {"", "Jansen-de Vries"}, {"van der", "Heijden"}, {"in 't", "Veld"},
    {"ter", "Horst"},     {"", "M\u00fcller"},     {"", "Peeters"},        {"van", "Essen"},
};

struct Place
{
    const char* name;
    int postcodeFrom;
};

const Place kPlaces[]
    = {{"Arnhem", 6811},   {"Arnhem", 6825},     {"Arnhem", 6836},      {"Velp", 6881},     {"Dieren", 6951},
       {"Zevenaar", 6901}, {"Duiven", 6921},     {"Westervoort", 6931}, {"Elst", 6661},     {"Huissen", 6851},
       {"Bemmel", 6681},   {"Oosterbeek", 6861}, {"Renkum", 6871},      {"Rozendaal", 6891}};

const char* const kStreets[] = {"Dorpsstraat", "Kerkstraat", "Molenweg",    "Schoolstraat",   "Rijnkade",
                                "Hoofdstraat", "Beukenlaan", "Eikenlaan",   "Julianastraat",  "Stationsweg",
                                "Lindelaan",   "Parkweg",    "Weverstraat", "Sonsbeeksingel", "Dijkstraat"};

const char* const kSchools[] = {"Rijnpoort College",     "OBS De Regenboog",       "Montessori Lyceum Veluwezoom",
                                "Liemers Vakcollege",    "SBO De Linde",           "Betuwe Lyceum",
                                "Kolkschool Velp",       "Praktijkschool De Brug", "VSO De Sprong",
                                "Arnhems Talentcollege", "CBS De Wegwijzer",       "Het Zeven Heuvelen College"};

const char* const kReasons[] = {"geen passende plek", "medische redenen",
                                "wacht op plaatsing", "problemen in de thuissituatie",
                                "schoolweigering",    "onvoldoende ondersteuning op school"};

const char* const kInvolvement[] = {"RBL", "SWV", "RBL en SWV", "RBL (casusoverleg)"};

QString pick(QRandomGenerator& rng, const char* const* list, int size)
{
    return QString::fromUtf8(list[rng.bounded(size)]);
}

/// A BSN in the test range 9999xxxxx that passes the elfproef, not used before.
QString fictitiousBsn(QRandomGenerator& rng, QSet<QString>& used)
{
    for (;;) {
        const QString digits = QString::number(999900000 + rng.bounded(100000));
        if (Bsn::passesElfproef(digits) && !used.contains(digits)) {
            used.insert(digits);
            return digits;
        }
    }
}

/// The same number with its last digit changed: always fails the elfproef.
QString typo(const QString& bsn)
{
    QString wrong = bsn;
    wrong[8] = QChar(u'0' + (wrong[8].unicode() - u'0' + 1) % 10);
    return wrong;
}

QList<Child> children(const QDate& peildatum)
{
    QRandomGenerator rng(DemoLists::Seed);
    QSet<QString> used;
    QList<Child> list;
    for (int i = 0; i < kChildren; ++i) {
        Child c;
        c.bsn = fictitiousBsn(rng, used);
        c.firstNames = pick(rng, kFirstNames, int(std::size(kFirstNames)));
        if (rng.bounded(4) == 0) // a second first name now and then
            c.firstNames += u' ' + pick(rng, kFirstNames, int(std::size(kFirstNames)));
        const Surname& s = kSurnames[rng.bounded(int(std::size(kSurnames)))];
        c.prefix = QString::fromUtf8(s.prefix);
        c.surname = QString::fromUtf8(s.name);
        c.birthDate = peildatum.addYears(-(6 + int(rng.bounded(12)))).addDays(-int(rng.bounded(365)));
        const Place& place = kPlaces[rng.bounded(int(std::size(kPlaces)))];
        c.place = QString::fromUtf8(place.name);
        c.postcode = QString::number(place.postcodeFrom + int(rng.bounded(9))) + u' '
            + QChar(u'A' + int(rng.bounded(17))) + QChar(u'B' + int(rng.bounded(20)));
        c.street = pick(rng, kStreets, int(std::size(kStreets)));
        c.houseNumber = QString::number(1 + rng.bounded(180));
        if (rng.bounded(6) == 0)
            c.houseNumber += QChar(u'a' + int(rng.bounded(3)));
        c.school = pick(rng, kSchools, int(std::size(kSchools)));
        c.involvement = pick(rng, kInvolvement, int(std::size(kInvolvement)));
        c.reason = pick(rng, kReasons, int(std::size(kReasons)));
        if (i < kFirstLangdurig) {
            c.category = QStringLiteral("absoluut");
        } else if (i >= kFirstVrijstelling && i < kOurs) {
            c.category = QStringLiteral("vrijstelling_5a");
        } else {
            c.category = QStringLiteral("langdurig");
        }
        c.absenceStart = peildatum.addDays(-(28 + int(rng.bounded(400))));
        c.exemptionDate = peildatum.addDays(-int(rng.bounded(700)));
        switch (rng.bounded(3)) {
        case 0:
            c.exemptionDuration = QStringLiteral("1 jaar");
            break;
        case 1:
            c.exemptionDuration = QStringLiteral("tot einde schooljaar");
            break;
        default:
            c.exemptionDuration = c.exemptionDate.addYears(1).toString(QStringLiteral("d-M-yyyy"));
        }
        list.append(c);
    }
    return list;
}

QByteArray encode(const QStringList& lines)
{
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    return Windows1252::encode(text).value_or(text.toLatin1());
}

QString dmy(const QDate& date)
{
    return date.toString(QStringLiteral("d-M-yyyy"));
}

} // namespace

QDate DemoLists::defaultPeildatum(const QDate& today)
{
    const int quarterStartMonth = ((today.month() - 1) / 3) * 3 + 1;
    return QDate(today.year(), quarterStartMonth, 1).addDays(-1);
}

QByteArray DemoLists::ourList(const QDate& peildatum)
{
    const QList<Child> all = children(peildatum);
    QStringList lines;
    lines << QStringLiteral("Overzicht thuiszitters RBL Midden-Gelre;;;;;;;;;;;;;;;")
          << QStringLiteral("Peildatum: %1;;;;;;;;;;;;;;;").arg(dmy(peildatum)) << QStringLiteral(";;;;;;;;;;;;;;;")
          << QStringLiteral("BSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Straat;Huisnummer;Postcode;"
                            "Woonplaats;Laatst bekende school;Soort verzuim;Startdatum verzuim;Reden verzuim;"
                            "Datum vrijstelling;Duur vrijstelling;Betrokkenheid");
    for (int i = 0; i < kOurs; ++i) {
        const Child& c = all[i];
        QString bsn = c.bsn;
        if (i == 30 || i == 140)
            bsn = typo(bsn); // rejected: fails the elfproef
        if (i == 45)
            bsn.clear(); // kept with a warning: name and date of birth are there
        QString category, start, reason, exemption, duration, involvement;
        if (c.category == QLatin1String("absoluut")) {
            category = QStringLiteral("Absoluut verzuim");
            start = dmy(c.absenceStart);
            involvement = c.involvement;
            if (i % 5 == 0)
                reason = c.reason; // the package exports it; the agreement does not allow it here
        } else if (c.category == QLatin1String("langdurig")) {
            category = i % 3 == 0 ? QStringLiteral("Langdurig verzuim") : QStringLiteral("Langdurig relatief verzuim");
            start = dmy(c.absenceStart);
            reason = c.reason;
            involvement = c.involvement;
        } else {
            category = QStringLiteral("Vrijstelling 5 onder a");
            exemption = dmy(c.exemptionDate);
            duration = c.exemptionDuration;
        }
        lines << QStringList {bsn,           c.surname,  c.prefix, c.firstNames, dmy(c.birthDate), c.street,
                              c.houseNumber, c.postcode, c.place,  c.school,     category,         start,
                              reason,        exemption,  duration, involvement}
                     .join(u';');
    }
    return encode(lines);
}

QByteArray DemoLists::theirList(const QDate& peildatum)
{
    const QList<Child> all = children(peildatum);
    QRandomGenerator rng(Seed + 1);
    QStringList lines;
    lines << QStringLiteral("Burgerservicenummer;Naam leerling;Geb. datum;Adres;Postcode;Plaats;School;Categorie;"
                            "Verzuim sinds;Toelichting;Betrokkenheid");
    QList<int> rows;
    for (int i = kFirstLangdurig; i <= kLastSharedLangdurig; ++i)
        rows << i;
    rows << kFirstVrijstelling << kFirstVrijstelling + 1;
    for (int i = kOurs; i < kChildren; ++i)
        rows << i;
    rows.insert(20, 65); // the same child twice: reported once as a repeat, stored once
    for (const int i : std::as_const(rows)) {
        const Child& c = all[i];
        QString bsn = c.bsn;
        if (i == 120 || i == 121 || i == 122)
            bsn.clear(); // no BSN: matched by name and date of birth
        if (i == 200)
            bsn = typo(bsn);
        QString school = c.school;
        QDate start = c.absenceStart;
        QString category = rng.bounded(2) ? QStringLiteral("LRV") : QStringLiteral("Langdurig relatief verzuim");
        if (i == 62 || i == 75 || i == 88)
            school = QString::fromUtf8(kSchools[(i + 5) % int(std::size(kSchools))]); // recorded differently
        if (i == 95 || i == 101)
            start = start.addDays(21);
        if (i == 110 || i == kFirstVrijstelling || i == kFirstVrijstelling + 1)
            category = QStringLiteral("Vrijstelling 5 onder a");
        // One child without a BSN is also misspelt, so the comparison shows a probable match that is
        // not a perfect name match.
        const QString surname = i == 122 ? c.surname + u'e' : c.surname;
        const QString name = c.prefix.isEmpty() ? surname + QStringLiteral(", ") + c.firstNames
                                                : surname + QStringLiteral(", ") + c.firstNames + u' ' + c.prefix;
        lines << QStringList {bsn,
                              name,
                              c.birthDate.toString(QStringLiteral("dd-MM-yyyy")),
                              c.street + u' ' + c.houseNumber,
                              c.postcode,
                              c.place,
                              school,
                              category,
                              start.toString(QStringLiteral("dd-MM-yyyy")),
                              c.reason,
                              QStringLiteral("SWV")}
                     .join(u';');
    }
    return encode(lines);
}

} // namespace inbeeld
