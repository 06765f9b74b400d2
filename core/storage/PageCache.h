#pragma once

#include <QSqlDatabase>
#include <optional>

namespace inbeeld {

/// A larger SQLite page cache for the length of a scope (a bulk write such as an import), put
/// back as it was when the scope ends. Pragmas belong to storage: the modules above say how much
/// cache they need, not how SQLite is told.
class LargerPageCache
{
public:
    LargerPageCache(QSqlDatabase db, int kib);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_before;
};

} // namespace inbeeld
