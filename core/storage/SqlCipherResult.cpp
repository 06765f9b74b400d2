#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <sqlite3.h>

namespace inbeeld {

namespace {

QMetaType metaTypeForColumn(sqlite3_stmt* stmt, int column)
{
    const char* declared = sqlite3_column_decltype(stmt, column);
    const QString t = declared ? QString::fromUtf8(declared).toUpper() : QString();
    if (t.isEmpty()) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType(QMetaType::LongLong);
        case SQLITE_FLOAT:
            return QMetaType(QMetaType::Double);
        case SQLITE_BLOB:
            return QMetaType(QMetaType::QByteArray);
        default:
            return QMetaType(QMetaType::QString);
        }
    }
    if (t.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains(QLatin1String("BOOL")))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    // driver() is a guarded pointer: null when the connection was removed before this query.
    if (driver())
        m_driver->m_results.removeOne(this);
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_cache.clear();
    m_current.clear();
    m_done = false;
    m_firstRowPending = false;
}

void SqlCipherResult::setErrorFromDb(const QString& context, QSqlError::ErrorType type)
{
    sqlite3* db = m_stmt ? sqlite3_db_handle(m_stmt) : (driver() ? m_driver->connection() : nullptr);
    const int code = db ? sqlite3_errcode(db) : SQLITE_MISUSE;
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("not connected");
    setLastError(QSqlError(context, text, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    if (!driver() || !driver()->isOpen() || driver()->isOpenError() || !m_driver->connection())
        return false;
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_driver->connection(), sql.constData(), int(sql.size()) + 1, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setErrorFromDb(QStringLiteral("Unable to prepare statement"), QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tail && *tail && QByteArray(tail).trimmed().size() > 0) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("only one statement at a time is allowed"), QSqlError::StatementError));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant> values = boundValues();
    const int expected = m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
    if (values.size() != expected) {
        setLastError(QSqlError(
            QStringLiteral("Unable to bind values"),
            QStringLiteral("parameter count mismatch: %1 bound, %2 expected").arg(values.size()).arg(expected),
            QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray ba = v.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, index, ba.constData(), sqlite3_uint64(ba.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong());
                break;
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, index, sqlite3_int64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, v.toDouble());
                break;
            case QMetaType::QDate:
                rc = sqlite3_bind_text(m_stmt, index, v.toDate().toString(Qt::ISODate).toUtf8().constData(), -1,
                                       SQLITE_TRANSIENT);
                break;
            case QMetaType::QDateTime: {
                const QByteArray text = v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setErrorFromDb(QStringLiteral("Unable to bind values"), QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("no prepared statement"),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_cache.clear();
    m_current.clear();
    m_done = false;
    m_firstRowPending = false;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    if (!bindValues())
        return false;

    // Step once: statements without rows complete here; with rows, the first row waits.
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_firstRowPending = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        setErrorFromDb(QStringLiteral("Unable to execute statement"), QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        return false;
    }

    sqlite3* db = sqlite3_db_handle(m_stmt);
    const int columns = sqlite3_column_count(m_stmt);
    m_record.clear();
    for (int i = 0; i < columns; ++i) {
        const char* name = sqlite3_column_name(m_stmt, i);
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(QString::fromUtf8(name), metaTypeForColumn(m_stmt, i),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
    setSelect(columns > 0);
    m_rowsAffected = columns > 0 ? 0 : sqlite3_changes(db);
    setActive(true);
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const void* blob = sqlite3_column_blob(m_stmt, column);
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QByteArray(static_cast<const char*>(blob), bytes));
    }
    default: {
        const void* text = sqlite3_column_text16(m_stmt, column);
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return QVariant(QString(reinterpret_cast<const QChar*>(text), bytes / int(sizeof(QChar))));
    }
    }
}

bool SqlCipherResult::step()
{
    // Moves the statement to the next row and stores it; false at the end or on error.
    if (!m_stmt || m_done)
        return false;
    if (m_firstRowPending) {
        m_firstRowPending = false;
    } else {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            return false;
        }
        if (rc != SQLITE_ROW) {
            setErrorFromDb(QStringLiteral("Unable to fetch row"), QSqlError::StatementError);
            m_done = true;
            return false;
        }
    }
    const int columns = m_record.count();
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(columnValue(i));
    if (isForwardOnly())
        m_current = std::move(row);
    else
        m_cache.append(std::move(row));
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (isForwardOnly()) {
        if (index < at())
            return false;
        while (at() < index) {
            if (!step())
                return false;
            setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
        }
        return true;
    }
    while (m_cache.size() <= index) {
        if (!step())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (!isActive() || !isSelect())
        return false;
    const int next = at() == QSql::BeforeFirstRow ? 0 : at() + 1;
    if (at() == QSql::AfterLastRow)
        return false;
    if (isForwardOnly()) {
        if (!step())
            return false;
        setAt(next);
        return true;
    }
    return fetch(next);
}

bool SqlCipherResult::fetchFirst()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        if (at() != QSql::BeforeFirstRow)
            return at() == 0;
        return fetchNext();
    }
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        bool any = at() >= 0;
        while (fetchNext())
            any = true;
        if (!any)
            return false;
        // Forward-only results keep no rows behind: the last one is what step() stored.
        setAt(at() == QSql::BeforeFirstRow ? 0 : at());
        return !m_current.isEmpty() || m_record.isEmpty();
    }
    while (step()) { }
    if (m_cache.isEmpty())
        return false;
    setAt(int(m_cache.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    if (!isValid() || field < 0 || field >= m_record.count())
        return {};
    if (isForwardOnly())
        return field < m_current.size() ? m_current.at(field) : QVariant();
    return m_cache.at(at()).at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return data(field).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite does not know the row count before stepping through all rows
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!driver() || !m_driver->connection())
        return {};
    const qint64 id = sqlite3_last_insert_rowid(m_driver->connection());
    return id ? QVariant(qlonglong(id)) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
    m_firstRowPending = false;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

} // namespace inbeeld
