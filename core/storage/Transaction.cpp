#include "core/storage/Transaction.h"

#include <QSqlError>

namespace inbeeld {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_reason = m_db.lastError().text();
        m_error = makeError(Error::Code::Database, tr("The store could not start a change: %1").arg(m_reason));
    }
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty()
            ? makeError(Error::Code::Database, tr("The change to the store was already ended."))
            : m_error;
    if (!m_db.commit()) {
        m_reason = m_db.lastError().text();
        rollback();
        return makeError(Error::Code::Database, tr("The change could not be saved in the store: %1").arg(m_reason));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

} // namespace inbeeld
