#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace inbeeld {

class SqlCipherDriver;

/// One statement on a SQLCipher connection. SQLite steps forward only; for scrollable
/// queries (QSqlQueryModel) the rows already stepped over are kept so seeking back works.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    friend class SqlCipherDriver;
    void finalize();
    bool step();
    QVariant columnValue(int column) const;
    void setErrorFromDb(const QString& context, QSqlError::ErrorType type);
    bool bindValues();

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_cache; // rows stepped over (scrollable results only)
    QVariantList m_current; // the current row (forward-only results)
    bool m_done = false; // sqlite3_step returned SQLITE_DONE
    bool m_firstRowPending = false; // exec() already stepped to the first row
    int m_rowsAffected = -1;
};

} // namespace inbeeld
