#pragma once

#include "core/crypto/SecretBytes.h"

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace inbeeld {

class SqlCipherResult;

/// Our own Qt SQL driver over SQLCipher, registered in-process as "QSQLCIPHER". Qt's QSQLITE
/// plugin links plain SQLite (where PRAGMA key is silently ignored), so it is never used.
///
/// The key is handed over with setKey() before open(); the driver applies it with
/// sqlite3_key_v2, wipes its copy, and then proves the key by reading the schema. A wrong key
/// makes open() fail with nativeErrorCode "26" (SQLITE_NOTADB) and leaves the file untouched.
/// Connect option "QSQLCIPHER_CREATE" allows creating a missing file; without it open() fails
/// on a missing file instead of creating an empty one; "QSQLCIPHER_READONLY" opens read-only.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr const char* Name = "QSQLCIPHER";
    static constexpr int NotADatabase = 26;

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// Registers the driver with QSqlDatabase under Name (idempotent).
    static void registerDriver();

    /// The raw key literal x'...' (see KeyDerivation::sqlcipherKeyLiteral). Taken over, wiped after open().
    void setKey(SecretBytes keyLiteral);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }
    /// The SQLCipher version reported by PRAGMA cipher_version after open (empty if none).
    QString cipherVersion() const { return m_cipherVersion; }

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type, const QString& context);
    void setLastErrorFromDb(const QString& context, QSqlError::ErrorType type, int code);

    friend class SqlCipherResult;
    sqlite3* m_db = nullptr;
    SecretBytes m_key;
    mutable QList<SqlCipherResult*> m_results; // finalized on close() so the connection really closes
    QString m_cipherVersion;
};

} // namespace inbeeld
