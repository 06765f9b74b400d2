#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/domain/AgreementArea.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace inbeeld {

class Store;

/// The werkgebieden in force in this store: the agreement profile's defaults, with each party the
/// user edited replaced by the store's version, the school list and the age that separates
/// primary from secondary education.
struct Werkgebied
{
    AreaProfile profile; // the region's municipalities and the rule in words
    QHash<QString, PartyArea> parties;
    QSet<QString> edited; // party ids whose werkgebied was edited in this store
    QList<AreaSchool> schools;
    int sectorAge = 12;
};

/// Keeps the werkgebieden and the school list in the store (tables area_parties and area_schools,
/// schema 10), because the profile's defaults are still to be confirmed by the parties and a
/// school list is each organisation's own. Every change is audited (no personal data).
class AreaSettings
{
    Q_DECLARE_TR_FUNCTIONS(AreaSettings)

public:
    explicit AreaSettings(Store& store);

    Result<Werkgebied> load(const Agreement& agreement) const;
    /// Replaces a party's werkgebied (municipalities must be the region's).
    Result<void> setParty(const Agreement& agreement, const PartyArea& area);
    /// The age from which a child counts as secondary education (4–18).
    Result<void> setSectorAge(int age);
    Result<AreaSchool> addSchool(const Agreement& agreement, const AreaSchool& school);
    Result<void> removeSchool(qint64 id);
    /// Replaces the school list with a CSV's (columns school/naam, brin, swv/samenwerkingsverband;
    /// ";" or ","), all or nothing; returns the number of schools.
    Result<int> importSchools(const Agreement& agreement, const QByteArray& csv);

private:
    Result<QString> partyOf(const Agreement& agreement, const QString& text) const;
    Store& m_store;
};

} // namespace inbeeld
