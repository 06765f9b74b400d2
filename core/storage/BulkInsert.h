#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace inbeeld {

/// One statement prepared once and run many times straight on the store's SQLCipher connection:
/// values are bound as they are (text as UTF-8 bytes, no QVariant, no UTF-16), which a bulk
/// write of a million rows (an import) needs for its speed. Raw SQLite calls belong to storage;
/// the modules above say what to bind, not how SQLite is called.
class BulkInsert
{
public:
    /// For db's connection; isOpen() is false when db is not an SQLCipher store.
    explicit BulkInsert(const QSqlDatabase& db);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    bool isOpen() const { return m_connection != nullptr; }
    bool isPrepared() const { return m_statement != nullptr; }

    /// Prepares sql (UTF-8), replacing the statement prepared before; false with error() set.
    bool prepare(const QByteArray& sql);
    /// Sets every parameter to NULL; a parameter not bound afterwards stays NULL.
    void clearBindings();
    /// Parameters count from 1. Text and blobs are not copied: their bytes must stay until step().
    void bindInt64(int parameter, qint64 value);
    void bindText(int parameter, QByteArrayView utf8);
    void bindBlob(int parameter, QByteArrayView bytes);
    void bindNull(int parameter);
    /// Runs the statement and resets it for the next run (bindings stay); false with error() set.
    bool step();
    /// Why the last call failed: SQLite's message.
    QString error() const { return m_error; }

    /// How writeChangedPages() went.
    enum class PagesWritten { Written, Busy, Failed };
    /// Writes the changed pages of the connection's page cache to the (encrypted) store file,
    /// inside the open transaction: a rollback still undoes them. Busy when another connection
    /// is reading the store (the pages then wait for the commit); Failed with error() set.
    PagesWritten writeChangedPages();

private:
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace inbeeld
