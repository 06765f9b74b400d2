#pragma once

#include "core/common/Result.h"
#include "core/importing/ColumnMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {

/// A saved column mapping: how the columns of one source's export map onto fields.
struct MappingProfile
{
    qint64 id = 0;
    QString name; // chosen by the user, usually the source ("Leerplichtpakket", "SWV De Liemers")
    QString headerSignature; // ColumnMapping::headerSignature of the headers it was made for
    QStringList headers; // as they were written when saved
    QJsonObject mapping; // ColumnMapping::toJson
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The saved mapping applied to a file's headers.
    ColumnMapping applyTo(const QStringList& fileHeaders) const
    {
        return ColumnMapping::fromJson(mapping, fileHeaders);
    }
};

/// Named column mappings in the store, one per header set: when a list with the same columns
/// comes back next quarter, findProfile() returns the mapping the user chose last time.
class MappingProfiles
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfiles)

public:
    explicit MappingProfiles(QSqlDatabase db);

    /// Saves mapping under name for its header set. The same header set saved again replaces
    /// the earlier profile (its name too); within the caller's transaction if one is open.
    Result<MappingProfile> save(const QString& name, const ColumnMapping& mapping);
    /// The profile for this header set, if one was saved.
    Result<std::optional<MappingProfile>> findProfile(const QStringList& headers) const;
    /// The most recently saved profile with this name (names are matched case-insensitively).
    Result<std::optional<MappingProfile>> load(const QString& name) const;
    /// All profiles, by name.
    Result<QList<MappingProfile>> list() const;
    /// Removes every profile with this name; false when there was none.
    Result<bool> remove(const QString& name);

private:
    Result<QList<MappingProfile>> query(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace inbeeld
