#pragma once

// The list the import benchmarks read: a thuiszitters list as a leerplicht package exports it
// (Windows-1252, semicolons, Dutch dates, title rows above the header).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace inbeeld::bench {

inline bool elfproef(qint64 n)
{
    int sum = 0;
    for (int weight = -1; weight <= 9; ++weight) {
        if (weight == 0 || weight == 1)
            continue;
        sum += weight * int(n % 10);
        n /= 10;
    }
    return sum % 11 == 0;
}

/// rows rows; about 1 in 1000 has a BSN that fails the elfproef, 1 in 500 has no BSN.
/// Numbers are unique and pass the elfproef, from 980000000 on (fictitious, for this benchmark).
inline void writeList(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer = "Overzicht thuiszitters;;;;;;;;;;;;\r\nPeildatum: 30-9-2026;;;;;;;;;;;;\r\n;;;;;;;;;;;;\r\n"
                        "BSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats;"
                        "Laatst bekende school;Soort verzuim;Startdatum verzuim;Reden verzuim\r\n";
    const char* const surnames[] = {"Berg",
                                    "\xD6zdemir",
                                    "Jansen-de Vries",
                                    "\xC7"
                                    "elik",
                                    "Bakker",
                                    "Vries"};
    const char* const prefixes[] = {"van der", "", "", "", "", "de"};
    const char* const firsts[] = {"Ana\xEFs", "Daan", "Zo\xEB", "Mohammed", "Sanne", "Jo\xEBl"};
    const char* const categories[]
        = {"Langdurig relatief verzuim", "Absoluut verzuim", "Vrijstelling 5 onder a", "LRV"};
    qint64 number = 980000000;
    for (int i = 0; i < rows; ++i) {
        do {
            ++number;
        } while (!elfproef(number));
        const int k = i % 6;
        QByteArray bsn = QByteArray::number(number);
        if (i % 1000 == 999)
            bsn[8] = char('0' + (bsn[8] - '0' + 1) % 10);
        else if (i % 500 == 250)
            bsn.clear();
        buffer += bsn + ';' + surnames[k] + ';' + prefixes[k] + ';' + firsts[(i / 6) % 6] + ';'
            + QByteArray::number(1 + i % 28) + '-' + QByteArray::number(1 + i % 12) + '-'
            + QByteArray::number(2008 + i % 10) + ";Dorpsstraat;" + QByteArray::number(1 + i % 200) + ';'
            + QByteArray::number(1000 + i % 9000) + " AB;Arnhem;\"De School; locatie Noord\";" + categories[i % 4] + ';'
            + QByteArray::number(1 + i % 28) + "-6-2026;geen passende plek\r\n";
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
}

} // namespace inbeeld::bench
