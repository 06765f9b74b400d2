#include "core/exchange/AreaSettings.h"

#include "core/audit/AuditLog.h"
#include "core/importing/CsvReader.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

namespace {

const QString SectorAgeKey = QStringLiteral("area.sector_age");

Error databaseError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     AreaSettings::tr("The werkgebieden could not be read or stored: %1").arg(q.lastError().text()));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

AreaSettings::AreaSettings(Store& store)
    : m_store(store)
{
}

Result<Werkgebied> AreaSettings::load(const Agreement& agreement) const
{
    Werkgebied w;
    w.profile = agreement.area();
    w.parties = w.profile.parties();
    w.sectorAge = w.profile.sectorAge();
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT party_id, sector, municipalities FROM area_parties")))
        return databaseError(q);
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!agreement.party(id))
            continue;
        PartyArea area {id, AreaProfile::sectorFromCode(q.value(1).toString()).value_or(Sector::Both), {}};
        area.municipalities = q.value(2).toString().split(u'\n', Qt::SkipEmptyParts);
        w.parties.insert(id, area);
        w.edited.insert(id);
    }
    if (!q.exec(QStringLiteral("SELECT id, name, brin, party_id FROM area_schools ORDER BY name COLLATE NOCASE, id")))
        return databaseError(q);
    while (q.next())
        w.schools.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(SectorAgeKey)))
        return databaseError(q);
    if (q.next())
        w.sectorAge = q.value(0).toInt();
    return w;
}

Result<void> AreaSettings::setParty(const Agreement& agreement, const PartyArea& area)
{
    const AgreementParty* party = agreement.party(area.partyId);
    if (!party)
        return makeError(Error::Code::InvalidInput, tr("'%1' is not a party of the agreement.").arg(area.partyId));
    QStringList municipalities;
    for (const QString& m : area.municipalities) {
        const QString known = agreement.area().canonicalMunicipality(m);
        if (known.isEmpty()) {
            return makeError(Error::Code::InvalidInput,
                             tr("'%1' is not one of the agreement's municipalities.").arg(m.trimmed()));
        }
        if (!municipalities.contains(known))
            municipalities << known;
    }
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO area_parties (party_id, sector, municipalities, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(party->id);
    q.addBindValue(AreaProfile::sectorCode(area.sector));
    q.addBindValue(municipalities.join(u'\n'));
    q.addBindValue(now());
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return databaseError(q);
    q.finish();
    auto audited
        = m_store.audit().append(QStringLiteral("area.party_changed"),
                                 QStringLiteral("party=%1 sector=%2 municipalities=%3")
                                     .arg(party->id, AreaProfile::sectorCode(area.sector), municipalities.join(u',')));
    if (!audited)
        return audited.error();
    return t.commit();
}

Result<void> AreaSettings::setSectorAge(int age)
{
    if (age < 4 || age > 18)
        return makeError(Error::Code::InvalidInput, tr("The age must lie between 4 and 18."));
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(SectorAgeKey);
    q.addBindValue(QString::number(age));
    if (!q.exec())
        return databaseError(q);
    q.finish();
    auto audited = m_store.audit().append(QStringLiteral("area.sector_age_changed"), QStringLiteral("age=%1").arg(age));
    if (!audited)
        return audited.error();
    return t.commit();
}

Result<QString> AreaSettings::partyOf(const Agreement& agreement, const QString& text) const
{
    if (const AgreementParty* p = agreement.party(text.trimmed()); p && p->role == u"swv")
        return p->id;
    if (const AgreementParty* p = agreement.partyFor(text, QStringLiteral("swv")); p && !text.trimmed().isEmpty())
        return p->id;
    return makeError(Error::Code::InvalidInput,
                     tr("'%1' is not one of the agreement's partnerships.").arg(text.trimmed()));
}

Result<AreaSchool> AreaSettings::addSchool(const Agreement& agreement, const AreaSchool& school)
{
    if (school.name.trimmed().isEmpty() && school.brin.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("A school needs a name or a BRIN code."));
    auto party = partyOf(agreement, school.partyId);
    if (!party)
        return party.error();
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO area_schools (name, brin, party_id, added_at, added_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    AreaSchool added {0, school.name.simplified(), school.brin.trimmed().toUpper(), party.value()};
    q.addBindValue(added.name);
    q.addBindValue(added.brin);
    q.addBindValue(added.partyId);
    q.addBindValue(now());
    q.addBindValue(AuditLog::currentActor());
    if (!q.exec())
        return databaseError(q);
    added.id = q.lastInsertId().toLongLong();
    q.finish();
    auto audited = m_store.audit().append(
        QStringLiteral("area.school_added"),
        QStringLiteral("school=%1 brin=%2 party=%3").arg(added.name, added.brin, added.partyId));
    if (!audited)
        return audited.error();
    if (auto committed = t.commit(); !committed)
        return committed.error();
    return added;
}

Result<void> AreaSettings::removeSchool(qint64 id)
{
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM area_schools WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::InvalidInput, tr("There is no school %1 in the school list.").arg(id));
    q.finish();
    auto audited = m_store.audit().append(QStringLiteral("area.school_removed"), QStringLiteral("school=%1").arg(id));
    if (!audited)
        return audited.error();
    return t.commit();
}

Result<int> AreaSettings::importSchools(const Agreement& agreement, const QByteArray& csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    CsvReader reader(&buffer);
    if (auto opened = reader.open(); !opened)
        return opened.error();
    int nameColumn = -1, brinColumn = -1, partyColumn = -1;
    const QStringList header = reader.headerRow().cells;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = AreaProfile::placeKey(header.at(i));
        if (h == u"school" || h == u"naam" || h == u"schoolnaam" || h == u"name")
            nameColumn = i;
        else if (h == u"brin" || h == u"brincode" || h == u"brinnummer")
            brinColumn = i;
        else if (h == u"swv" || h == u"samenwerkingsverband" || h == u"partnership" || h == u"partij")
            partyColumn = i;
    }
    if ((nameColumn < 0 && brinColumn < 0) || partyColumn < 0) {
        return makeError(Error::Code::InvalidInput,
                         tr("The school list needs a column 'school' or 'brin' and a column 'swv'."));
    }
    QList<AreaSchool> schools;
    while (auto row = reader.nextRow()) {
        const auto cell
            = [&row](int i) { return i >= 0 && i < row->cells.size() ? row->cells.at(i).trimmed() : QString(); };
        auto party = partyOf(agreement, cell(partyColumn));
        if (!party)
            return makeError(Error::Code::InvalidInput, tr("Line %1: %2").arg(row->lineNumber).arg(party.message()));
        if (cell(nameColumn).isEmpty() && cell(brinColumn).isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("Line %1: no school name or BRIN code.").arg(row->lineNumber));
        schools.append({0, cell(nameColumn).simplified(), cell(brinColumn).toUpper(), party.value()});
    }
    if (reader.hasError())
        return reader.error();

    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("DELETE FROM area_schools")))
        return databaseError(q);
    q.prepare(QStringLiteral("INSERT INTO area_schools (name, brin, party_id, added_at, added_by) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const AreaSchool& s : std::as_const(schools)) {
        q.addBindValue(s.name);
        q.addBindValue(s.brin);
        q.addBindValue(s.partyId);
        q.addBindValue(at);
        q.addBindValue(AuditLog::currentActor());
        if (!q.exec())
            return databaseError(q);
    }
    q.finish();
    auto audited = m_store.audit().append(QStringLiteral("area.schools_imported"),
                                          QStringLiteral("schools=%1").arg(schools.size()));
    if (!audited)
        return audited.error();
    if (auto committed = t.commit(); !committed)
        return committed.error();
    return int(schools.size());
}

} // namespace inbeeld
