#include "core/storage/BulkInsert.h"

#include "core/storage/SqlCipherDriver.h"

#include <sqlite3.h>

namespace inbeeld {

BulkInsert::BulkInsert(const QSqlDatabase& db)
{
    if (auto* driver = qobject_cast<SqlCipherDriver*>(db.driver()))
        m_connection = driver->connection();
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

bool BulkInsert::prepare(const QByteArray& sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!m_connection) {
        m_error = QStringLiteral("not an SQLCipher connection");
        return false;
    }
    if (sqlite3_prepare_v2(m_connection, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void BulkInsert::clearBindings()
{
    sqlite3_clear_bindings(m_statement);
}

void BulkInsert::bindInt64(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void BulkInsert::bindText(int parameter, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, parameter, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void BulkInsert::bindBlob(int parameter, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void BulkInsert::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

bool BulkInsert::step()
{
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(m_statement);
        return false;
    }
    sqlite3_reset(m_statement);
    return true;
}

BulkInsert::PagesWritten BulkInsert::writeChangedPages()
{
    if (!m_connection) {
        m_error = QStringLiteral("not an SQLCipher connection");
        return PagesWritten::Failed;
    }
    const int rc = sqlite3_db_cacheflush(m_connection);
    if (rc == SQLITE_BUSY)
        return PagesWritten::Busy;
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc)); // the connection's message is not set by this call
        return PagesWritten::Failed;
    }
    return PagesWritten::Written;
}

} // namespace inbeeld
