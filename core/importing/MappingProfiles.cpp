#include "core/importing/MappingProfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

Error databaseError(const QSqlQuery& q)
{
    return makeError(
        Error::Code::Database,
        MappingProfiles::tr("The saved column mappings could not be read or written: %1").arg(q.lastError().text()));
}

} // namespace

MappingProfiles::MappingProfiles(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<MappingProfile> MappingProfiles::save(const QString& name, const ColumnMapping& mapping)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Give the column mapping a name, for example the source."));
    MappingProfile profile;
    profile.name = cleanName;
    profile.headerSignature = ColumnMapping::headerSignature(mapping.headers());
    profile.headers = mapping.headers();
    profile.mapping = mapping.toJson();
    profile.updatedAt = QDateTime::currentDateTimeUtc();

    const QString now = profile.updatedAt.toString(Qt::ISODateWithMs);
    const QByteArray headersJson
        = QJsonDocument(QJsonArray::fromStringList(profile.headers)).toJson(QJsonDocument::Compact);
    const QByteArray mappingJson = QJsonDocument(profile.mapping).toJson(QJsonDocument::Compact);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO mapping_profiles (name, header_signature, headers, mapping, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (header_signature) DO UPDATE SET name = excluded.name, "
        "headers = excluded.headers, mapping = excluded.mapping, updated_at = excluded.updated_at"));
    q.addBindValue(profile.name);
    q.addBindValue(profile.headerSignature);
    q.addBindValue(QString::fromUtf8(headersJson));
    q.addBindValue(QString::fromUtf8(mappingJson));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return databaseError(q);
    auto saved = findProfile(profile.headers);
    if (!saved)
        return saved.error();
    if (!saved.value())
        return makeError(Error::Code::Database, tr("The column mapping was saved but could not be read back."));
    return *saved.value();
}

Result<std::optional<MappingProfile>> MappingProfiles::findProfile(const QStringList& headers) const
{
    auto found = query(QStringLiteral("WHERE header_signature = ?"), {ColumnMapping::headerSignature(headers)});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<MappingProfile>();
    return std::optional<MappingProfile>(found.value().first());
}

Result<std::optional<MappingProfile>> MappingProfiles::load(const QString& name) const
{
    auto found = query(QStringLiteral("WHERE lower(name) = lower(?) ORDER BY updated_at DESC, id DESC LIMIT 1"),
                       {name.simplified()});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<MappingProfile>();
    return std::optional<MappingProfile>(found.value().first());
}

Result<QList<MappingProfile>> MappingProfiles::list() const
{
    return query(QStringLiteral("ORDER BY lower(name), id"), {});
}

Result<bool> MappingProfiles::remove(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM mapping_profiles WHERE lower(name) = lower(?)"));
    q.addBindValue(name.simplified());
    if (!q.exec())
        return databaseError(q);
    return q.numRowsAffected() > 0;
}

Result<QList<MappingProfile>> MappingProfiles::query(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, header_signature, headers, mapping, created_at, updated_at "
                             "FROM mapping_profiles ")
              + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    QList<MappingProfile> profiles;
    while (q.next()) {
        MappingProfile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.headerSignature = q.value(2).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            p.headers.append(v.toString());
        p.mapping = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        p.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        p.updatedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        profiles.append(p);
    }
    return profiles;
}

} // namespace inbeeld
