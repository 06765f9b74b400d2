#include "core/storage/SqlCipherDriver.h"

#include "core/storage/SqlCipherResult.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <sqlite3.h>

namespace inbeeld {

namespace {

QMetaType metaTypeForDeclaredType(const QString& declared)
{
    const QString t = declared.toUpper();
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

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name), new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(registered);
}

void SqlCipherDriver::setKey(SecretBytes keyLiteral)
{
    m_key = std::move(keyLiteral);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites :name to ? for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void SqlCipherDriver::setLastErrorFromDb(const QString& context, QSqlError::ErrorType type, int code)
{
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(context, text, type, QString::number(code)));
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type, const QString& context)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString text = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        setLastError(QSqlError(context, text, type, QString::number(sqlite3_extended_errcode(m_db) & 0xff)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                           const QString& connectOptions)
{
    if (isOpen())
        close();
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const bool create = options.contains(QLatin1String("QSQLCIPHER_CREATE"));
    const bool readOnly = options.contains(QLatin1String("QSQLCIPHER_READONLY"));
    // A connection is used by one thread at a time (Qt's rule for QSqlDatabase; the import's
    // validating thread and the compare worker never touch it), so SQLite need not lock it for
    // every call: without its mutexes an import spends some 10% less processor time storing.
    int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;

    const auto fail = [this](const QString& context, int code) {
        setLastErrorFromDb(context, QSqlError::ConnectionError, code);
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        m_key.wipe();
        setOpenError(true);
        return false;
    };

    if (!create && !QFileInfo::exists(db)) {
        setLastError(QSqlError(QStringLiteral("Error opening database"), QStringLiteral("file does not exist"),
                               QSqlError::ConnectionError, QString::number(SQLITE_CANTOPEN)));
        setOpenError(true);
        return false;
    }

    int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("Error opening database"), rc);
    sqlite3_extended_result_codes(m_db, 0);

    if (m_key.isEmpty())
        return fail(QStringLiteral("No key given"), SQLITE_AUTH);
    rc = sqlite3_key_v2(m_db, "main", m_key.data(), int(m_key.size()));
    m_key.wipe();
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("Error setting key"), rc);
    // SQLCipher logs to stderr by default; nothing about keys or data may reach a log.
    execSimple("PRAGMA cipher_log_level = NONE", QSqlError::ConnectionError, QString());

    // Without SQLCipher the key pragma is a no-op and the file would be plaintext: refuse.
    {
        sqlite3_stmt* stmt = nullptr;
        m_cipherVersion.clear();
        if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            m_cipherVersion = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        if (m_cipherVersion.isEmpty() || m_cipherVersion.section(QLatin1Char('.'), 0, 0).toInt() < 4)
            return fail(QStringLiteral("SQLCipher 4 is not available"), SQLITE_MISUSE);
    }

    // SQLCipher only notices a wrong key when it reads the first page.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("Error reading database"), rc);

    sqlite3_busy_timeout(m_db, 5000);
    execSimple("PRAGMA foreign_keys = ON", QSqlError::ConnectionError, QString());
    if (!readOnly) {
        // One file, always: no WAL side files next to the store.
        execSimple("PRAGMA journal_mode = DELETE", QSqlError::ConnectionError, QString());
        execSimple("PRAGMA secure_delete = ON", QSqlError::ConnectionError, QString());
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    m_key.wipe();
    if (m_db) {
        // Statements still held by QSqlQuery objects keep a connection (and its key) alive.
        for (SqlCipherResult* result : std::as_const(m_results))
            result->finalize();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_cipherVersion.clear();
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    return isOpen() && execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError, QStringLiteral("Unable to begin"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT", QSqlError::TransactionError, QStringLiteral("Unable to commit"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", QSqlError::TransactionError, QStringLiteral("Unable to roll back"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QString sql;
    if (type & QSql::Tables)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        sql += QString(sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view'");
    if (type & QSql::SystemTables) {
        sql += QString(sql.isEmpty() ? QString() : QStringLiteral(" UNION ALL "))
            + QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite_%'");
    }
    if (sql.isEmpty())
        return result;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (q.exec(sql + QStringLiteral(" ORDER BY 1"))) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return rec;
    while (q.next()) {
        QSqlField field(q.value(1).toString(), metaTypeForDeclaredType(q.value(2).toString()), tableName);
        field.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!q.value(4).isNull())
            field.setDefaultValue(q.value(4));
        field.setAutoValue(q.value(5).toInt() == 1
                           && q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    const QSqlRecord rec = record(tableName);
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    while (q.next()) {
        if (q.value(5).toInt() > 0)
            index.append(rec.field(q.value(1).toString()));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString id = identifier;
    if (id.startsWith(QLatin1Char('"')) && id.endsWith(QLatin1Char('"')) && id.size() > 1)
        return id;
    id.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + id + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace inbeeld
