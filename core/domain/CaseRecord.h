#pragma once

#include <QDate>
#include <QString>

namespace inbeeld {

/// One thuiszitter as one list records it: a row of a snapshot, after validation and data
/// minimisation. Empty strings and null dates mean "not in the list" or "not kept" (the
/// agreement does not allow the field for the category).
struct CaseRecord
{
    qint64 id = 0; // row id in the store; 0 before storing
    qint64 line = 0; // line (CSV) or row (XLSX) in the source file
    QString category; // agreement category code: "absoluut", "langdurig", "vrijstelling_5a"
    QString bsn; // nine digits, passed the elfproef
    QString onderwijsnummer; // nine digits, for pupils without a BSN
    QString firstNames;
    QString prefix;
    QString surname;
    QString nameKey; // PersonName::matchKey()
    QDate birthDate;
    QString street;
    QString houseNumber;
    QString postcode; // "1234 AB"
    QString place;
    QString lastSchool;
    QDate absenceStart;
    QString absenceReason;
    QDate exemptionDate;
    QString exemptionDuration; // as the list has it: an end date (ISO) or a text ("1 jaar")
    QString involvement;

    /// The BSN, else the onderwijsnummer, else empty.
    QString identifier() const { return bsn.isEmpty() ? onderwijsnummer : bsn; }
    /// What identifies the child across lists: "bsn:<digits>", "onr:<digits>", or, without a
    /// number, "name:<name key>|<birth date>". Empty when there is nothing to identify by.
    QString childKey() const
    {
        if (!bsn.isEmpty())
            return QStringLiteral("bsn:") + bsn;
        if (!onderwijsnummer.isEmpty())
            return QStringLiteral("onr:") + onderwijsnummer;
        if (nameKey.isEmpty() || !birthDate.isValid())
            return {};
        return QStringLiteral("name:") + nameKey + u'|' + birthDate.toString(Qt::ISODate);
    }
    /// "name key|birth date": the probable-match key, also for records with a number.
    QString nameBirthKey() const
    {
        return nameKey.isEmpty() || !birthDate.isValid() ? QString() : nameKey + u'|' + birthDate.toString(Qt::ISODate);
    }
    QString displayName() const
    {
        QString name = prefix.isEmpty() ? surname : prefix + u' ' + surname;
        return firstNames.isEmpty() ? name : firstNames + u' ' + name;
    }
};

} // namespace inbeeld
