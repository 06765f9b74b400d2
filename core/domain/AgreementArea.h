#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {

/// The school sector a partnership (samenwerkingsverband) is responsible for.
enum class Sector { Po, Vo, Both };

/// A municipality of the agreement's region: the places (woonplaatsen) in it and its postcode
/// ranges (four digits, inclusive; approximate, for when a list has a postcode but no place).
struct Municipality
{
    QString name;
    QStringList places;
    QList<QPair<int, int>> postcodes;
};

/// A party's werkgebied: the sector and the municipalities whose children it is responsible for.
struct PartyArea
{
    QString partyId;
    Sector sector = Sector::Both;
    QStringList municipalities;
};

/// One line of the school list: a school (by name and/or BRIN) and the partnership it belongs to.
struct AreaSchool
{
    qint64 id = 0;
    QString name;
    QString brin;
    QString partyId;
};

/// Why the agreement knows who is responsible for which child: the profile's "areas" section
/// (the region's municipalities, each party's werkgebied, the age that separates primary from
/// secondary education, and the area rule in words). Pure data; the store may override the
/// werkgebieden and add a school list (core/exchange/AreaSettings).
class AreaProfile
{
    Q_DECLARE_TR_FUNCTIONS(AreaProfile)

public:
    static Result<AreaProfile> fromJson(const QJsonObject& areas, const QStringList& partyIds);

    static QString sectorCode(Sector sector); // "po", "vo", "both"
    static std::optional<Sector> sectorFromCode(const QString& code);
    static QString sectorName(Sector sector); // translated

    /// Place names compared without case, diacritics, spaces and hyphens.
    static QString placeKey(const QString& place);
    /// The municipality a place lies in; the place may itself be the municipality. Empty if unknown.
    QString municipalityOfPlace(const QString& place) const;
    /// The municipality of a Dutch postcode ("6921 AB") by the approximate ranges. Empty if unknown.
    QString municipalityOfPostcode(const QString& postcode) const;
    /// The municipality's name as the profile writes it, for a name in any case; empty if unknown.
    QString canonicalMunicipality(const QString& name) const;

    bool isEmpty() const { return m_municipalities.isEmpty(); }
    QString note() const { return m_note; }
    QString rule() const { return m_rule; }
    int sectorAge() const { return m_sectorAge; }
    QList<Municipality> municipalities() const { return m_municipalities; }
    QHash<QString, PartyArea> parties() const { return m_parties; }
    std::optional<PartyArea> party(const QString& partyId) const;

private:
    QString m_note;
    QString m_rule;
    int m_sectorAge = 12;
    QList<Municipality> m_municipalities;
    QHash<QString, PartyArea> m_parties;
};

} // namespace inbeeld
