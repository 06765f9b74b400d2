#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/exchange/AreaSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace inbeeld {

/// Where one child of our list goes for a given recipient, and why (for the package preview).
struct AreaVerdict
{
    enum class Outcome {
        Send, // the recipient is responsible for this child
        StaysHome, // another party is responsible, or the child lives outside the recipient's area
        Unassignable, // nobody of the agreement can be named: sent to nobody unless the user assigns it
    };
    Outcome outcome = Outcome::Unassignable;
    QString reason; // translated, without personal data ("woont in Arnhem, vo: Samenwerkingsverband De Verbinding")
    QString municipality; // empty when unknown
    QString partyId; // the responsible party when known
};

/// The area rule of the agreement (each party receives only the children it is responsible for),
/// applied per child: an SWV is responsible for a child by its last known school when the school
/// list knows that school, otherwise by the municipality of residence (woonplaats, else postcode)
/// and the sector by age at the list's peildatum. The RBL receives every child living in one of
/// its municipalities. A child no party can be named for is Unassignable, never sent to everyone.
class AreaAssignment
{
    Q_DECLARE_TR_FUNCTIONS(AreaAssignment)

public:
    AreaAssignment(const Agreement& agreement, Werkgebied werkgebied, const QDate& peildatum);

    AreaVerdict verdict(const CaseRecord& record, const AgreementParty& recipient) const;

    /// The municipality of residence: by place, else by postcode; empty when unknown.
    QString municipalityOf(const CaseRecord& record) const;
    /// PO below the sector age at the peildatum, VO from it; nothing without a birth date.
    std::optional<Sector> sectorOf(const CaseRecord& record) const;
    /// The school list's partnership for the last known school (by BRIN or name); empty if unknown.
    QString partyOfSchool(const QString& lastSchool) const;

private:
    AreaVerdict forRbl(const CaseRecord& record, const AgreementParty& recipient) const;
    AreaVerdict forSwv(const CaseRecord& record, const AgreementParty& recipient) const;
    QString partyName(const QString& partyId) const;

    const Agreement& m_agreement;
    Werkgebied m_werkgebied;
    QDate m_peildatum;
};

} // namespace inbeeld
