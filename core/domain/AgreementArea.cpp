#include "core/domain/AgreementArea.h"

#include <QJsonArray>
#include <QSet>

namespace inbeeld {

QString AreaProfile::sectorCode(Sector sector)
{
    switch (sector) {
    case Sector::Po:
        return QStringLiteral("po");
    case Sector::Vo:
        return QStringLiteral("vo");
    case Sector::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<Sector> AreaProfile::sectorFromCode(const QString& code)
{
    for (const Sector s : {Sector::Po, Sector::Vo, Sector::Both}) {
        if (code.trimmed().compare(sectorCode(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString AreaProfile::sectorName(Sector sector)
{
    switch (sector) {
    case Sector::Po:
        return tr("primary education");
    case Sector::Vo:
        return tr("secondary education");
    case Sector::Both:
        break;
    }
    return tr("primary and secondary education");
}

QString AreaProfile::placeKey(const QString& place)
{
    QString key;
    for (const QChar c : place.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

Result<AreaProfile> AreaProfile::fromJson(const QJsonObject& o, const QStringList& partyIds)
{
    AreaProfile a;
    if (o.isEmpty())
        return a;
    const auto invalid = [](const QString& what) {
        return makeError(Error::Code::InvalidProfile, tr("The agreement profile's areas are incomplete: %1").arg(what));
    };
    a.m_note = o.value(QStringLiteral("note")).toString();
    a.m_rule = o.value(QStringLiteral("rule")).toString();
    a.m_sectorAge = o.value(QStringLiteral("sector_age")).toInt(12);
    if (a.m_rule.isEmpty() || a.m_sectorAge < 4 || a.m_sectorAge > 18)
        return invalid(tr("a rule and an age between 4 and 18 that separates primary from secondary education."));
    QSet<QString> names;
    for (const QJsonValue& v : o.value(QStringLiteral("municipalities")).toArray()) {
        const QJsonObject m = v.toObject();
        Municipality municipality {m.value(QStringLiteral("name")).toString(), {}, {}};
        for (const QJsonValue& p : m.value(QStringLiteral("places")).toArray())
            municipality.places << p.toString();
        for (const QJsonValue& r : m.value(QStringLiteral("postcodes")).toArray()) {
            const QJsonArray range = r.toArray();
            const int from = range.at(0).toInt();
            const int to = range.at(1).toInt();
            if (range.size() != 2 || from < 1000 || to > 9999 || from > to)
                return invalid(tr("postcode ranges are pairs of four-digit numbers."));
            municipality.postcodes.append({from, to});
        }
        if (municipality.name.isEmpty() || names.contains(placeKey(municipality.name)))
            return invalid(tr("every municipality needs a unique name."));
        names.insert(placeKey(municipality.name));
        a.m_municipalities << municipality;
    }
    const QJsonObject parties = o.value(QStringLiteral("parties")).toObject();
    for (auto it = parties.begin(); it != parties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const auto sector = sectorFromCode(p.value(QStringLiteral("sector")).toString());
        if (!partyIds.contains(it.key()) || !sector)
            return invalid(tr("every werkgebied names a party of the agreement and the sector po, vo or both."));
        PartyArea area {it.key(), *sector, {}};
        for (const QJsonValue& m : p.value(QStringLiteral("municipalities")).toArray()) {
            if (!names.contains(placeKey(m.toString())))
                return invalid(tr("the werkgebied of %1 names an unknown municipality.").arg(it.key()));
            area.municipalities << m.toString();
        }
        a.m_parties.insert(area.partyId, area);
    }
    return a;
}

QString AreaProfile::municipalityOfPlace(const QString& place) const
{
    const QString key = placeKey(place);
    if (key.isEmpty())
        return {};
    for (const Municipality& m : m_municipalities) {
        if (placeKey(m.name) == key)
            return m.name;
        for (const QString& p : m.places) {
            if (placeKey(p) == key)
                return m.name;
        }
    }
    return {};
}

QString AreaProfile::municipalityOfPostcode(const QString& postcode) const
{
    const QString digits = postcode.trimmed().left(4);
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (!ok || digits.size() != 4)
        return {};
    for (const Municipality& m : m_municipalities) {
        for (const auto& range : m.postcodes) {
            if (number >= range.first && number <= range.second)
                return m.name;
        }
    }
    return {};
}

QString AreaProfile::canonicalMunicipality(const QString& name) const
{
    for (const Municipality& m : m_municipalities) {
        if (placeKey(m.name) == placeKey(name))
            return m.name;
    }
    return {};
}

std::optional<PartyArea> AreaProfile::party(const QString& partyId) const
{
    const auto it = m_parties.constFind(partyId);
    if (it == m_parties.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace inbeeld
