#include "core/storage/PageCache.h"

#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

LargerPageCache::LargerPageCache(QSqlDatabase db, int kib)
    : m_db(std::move(db))
{
    QSqlQuery pragma(m_db);
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        m_before = pragma.value(0).toLongLong();
    // A negative size is in KiB rather than in pages.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

LargerPageCache::~LargerPageCache()
{
    if (m_before)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_before));
}

} // namespace inbeeld
