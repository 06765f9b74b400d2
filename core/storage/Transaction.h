#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace inbeeld {

/// One database transaction as a scope: begun by the constructor, rolled back by the destructor
/// unless commit() succeeded. Replaces hand-written rollback() calls on every error path, so a
/// forgotten one can no longer leave a transaction open. Queries made inside must be finished
/// (QSqlQuery::finish or out of scope) before commit, as SQLite requires.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when the transaction could not be begun; error() then says why.
    bool isActive() const { return m_active; }
    /// The error of a failed begin, for returning it as is.
    Error error() const { return m_error; }
    /// Commits; on failure rolls back and returns the database's reason.
    Result<void> commit();
    /// Rolls back now (the destructor would too); harmless when already ended.
    void rollback();
    /// The database's own words for a failed begin or commit, for callers that keep their message.
    QString reason() const { return m_reason; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
    QString m_reason;
};

} // namespace inbeeld
