#include "core/storage/ChildStates.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

Result<ChildStates> ChildStates::load(QSqlDatabase db)
{
    ChildStates states;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT child_key FROM case_closures")))
        return makeError(Error::Code::Database, tr("The closed cases could not be read: %1").arg(q.lastError().text()));
    while (q.next())
        states.m_closed.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT child_key, flag FROM child_flags")))
        return makeError(Error::Code::Database,
                         tr("The restrictions and holds could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        if (q.value(1).toString() == u"restriction")
            states.m_restricted.insert(q.value(0).toString());
        else
            states.m_held.insert(q.value(0).toString());
    }
    return states;
}

} // namespace inbeeld
