#include "core/exchange/AreaAssignment.h"

#include <QRegularExpression>

namespace inbeeld {

AreaAssignment::AreaAssignment(const Agreement& agreement, Werkgebied werkgebied, const QDate& peildatum)
    : m_agreement(agreement)
    , m_werkgebied(std::move(werkgebied))
    , m_peildatum(peildatum)
{
}

QString AreaAssignment::partyName(const QString& partyId) const
{
    const AgreementParty* p = m_agreement.party(partyId);
    return p ? p->name : partyId;
}

QString AreaAssignment::municipalityOf(const CaseRecord& record) const
{
    const QString byPlace = m_werkgebied.profile.municipalityOfPlace(record.place);
    return byPlace.isEmpty() ? m_werkgebied.profile.municipalityOfPostcode(record.postcode) : byPlace;
}

std::optional<Sector> AreaAssignment::sectorOf(const CaseRecord& record) const
{
    if (!record.birthDate.isValid() || !m_peildatum.isValid())
        return std::nullopt;
    int age = m_peildatum.year() - record.birthDate.year();
    if (QDate(m_peildatum.year(), record.birthDate.month(), 1).addDays(record.birthDate.day() - 1) > m_peildatum)
        --age;
    return age < m_werkgebied.sectorAge ? Sector::Po : Sector::Vo;
}

QString AreaAssignment::partyOfSchool(const QString& lastSchool) const
{
    if (lastSchool.trimmed().isEmpty())
        return {};
    static const QRegularExpression brinPattern(QStringLiteral("\\b(\\d{2}[A-Za-z]{2})(\\d{2})?\\b"));
    QString brin;
    if (const auto m = brinPattern.match(lastSchool); m.hasMatch())
        brin = m.captured(1).toUpper();
    const QString name = AreaProfile::placeKey(lastSchool);
    for (const AreaSchool& s : m_werkgebied.schools) {
        if (!brin.isEmpty() && !s.brin.isEmpty() && s.brin.left(4) == brin)
            return s.partyId;
        if (!s.name.isEmpty() && AreaProfile::placeKey(s.name) == name)
            return s.partyId;
    }
    return {};
}

AreaVerdict AreaAssignment::verdict(const CaseRecord& record, const AgreementParty& recipient) const
{
    return recipient.role == u"rbl" ? forRbl(record, recipient) : forSwv(record, recipient);
}

AreaVerdict AreaAssignment::forRbl(const CaseRecord& record, const AgreementParty& recipient) const
{
    AreaVerdict v;
    v.municipality = municipalityOf(record);
    const QStringList area = m_werkgebied.parties.value(recipient.id).municipalities;
    if (v.municipality.isEmpty()) {
        if (record.place.trimmed().isEmpty() && record.postcode.trimmed().isEmpty()) {
            v.reason = tr("no place of residence or postcode on the list");
            return v;
        }
        v.outcome = AreaVerdict::Outcome::StaysHome;
        v.reason = tr("lives outside the municipalities of %1").arg(recipient.name);
        return v;
    }
    if (area.contains(v.municipality)) {
        v.outcome = AreaVerdict::Outcome::Send;
        v.partyId = recipient.id;
        v.reason = tr("lives in %1").arg(v.municipality);
        return v;
    }
    v.outcome = AreaVerdict::Outcome::StaysHome;
    v.reason = tr("lives in %1, outside the municipalities of %2").arg(v.municipality, recipient.name);
    return v;
}

AreaVerdict AreaAssignment::forSwv(const CaseRecord& record, const AgreementParty& recipient) const
{
    AreaVerdict v;
    v.municipality = municipalityOf(record);
    const QString bySchool = partyOfSchool(record.lastSchool);
    if (!bySchool.isEmpty()) {
        v.partyId = bySchool;
        v.outcome = bySchool == recipient.id ? AreaVerdict::Outcome::Send : AreaVerdict::Outcome::StaysHome;
        v.reason = tr("last known school belongs to %1").arg(partyName(bySchool));
        return v;
    }
    if (v.municipality.isEmpty()) {
        if (record.place.trimmed().isEmpty() && record.postcode.trimmed().isEmpty()) {
            v.reason = tr("no place of residence or postcode on the list, and the school is not on the school list");
            return v;
        }
        v.outcome = AreaVerdict::Outcome::StaysHome;
        v.reason = tr("lives outside the agreement's region");
        return v;
    }
    QStringList candidates;
    for (const AgreementParty& p : m_agreement.parties()) {
        if (p.role == u"swv" && m_werkgebied.parties.value(p.id).municipalities.contains(v.municipality))
            candidates << p.id;
    }
    if (candidates.isEmpty()) {
        v.reason = tr("lives in %1, where no partnership of this agreement is responsible").arg(v.municipality);
        return v;
    }
    const std::optional<Sector> sector = sectorOf(record);
    QStringList fitting;
    for (const QString& id : std::as_const(candidates)) {
        const Sector s = m_werkgebied.parties.value(id).sector;
        if (s == Sector::Both || (sector && *sector == s))
            fitting << id;
    }
    if (fitting.size() != 1) {
        v.reason = !sector
            ? tr("lives in %1, where the sector depends on the age, and the birth date is unknown").arg(v.municipality)
            : tr("lives in %1, where no single partnership is responsible for %2")
                  .arg(v.municipality, AreaProfile::sectorName(*sector));
        return v;
    }
    v.partyId = fitting.first();
    v.outcome = v.partyId == recipient.id ? AreaVerdict::Outcome::Send : AreaVerdict::Outcome::StaysHome;
    const Sector responsibleSector = m_werkgebied.parties.value(v.partyId).sector;
    v.reason = responsibleSector == Sector::Both || !sector
        ? tr("lives in %1: %2").arg(v.municipality, partyName(v.partyId))
        : tr("lives in %1, %2: %3").arg(v.municipality, AreaProfile::sectorName(*sector), partyName(v.partyId));
    return v;
}

} // namespace inbeeld
