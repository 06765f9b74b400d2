#include "core/crypto/KeyDerivation.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace inbeeld;

/// The driver on its own, with a fixed raw key (no Argon2id): what QSqlQuery and
/// QSqlQueryModel rely on, and that the bytes on disk are encrypted.
class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_salt = QByteArray(16, '\x5a');
    int m_counter = 0;

    SecretBytes key(char fill = '\x11')
    {
        QByteArray raw(32, fill);
        return SecretBytes::fromByteArray(raw);
    }

    QSqlDatabase openDb(const QString& path, const SecretBytes& k, const QString& options = QString())
    {
        auto* driver = new SqlCipherDriver();
        driver->setKey(KeyDerivation::sqlcipherKeyLiteral(k, m_salt));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("c%1").arg(++m_counter));
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
        return db;
    }

    static void drop(QSqlDatabase& db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void registeredUnderItsName()
    {
        SqlCipherDriver::registerDriver();
        QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("registered"));
        QVERIFY(qobject_cast<SqlCipherDriver*>(db.driver()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("registered"));
    }

    void roundTripWithBoundValues()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, name TEXT, born TEXT, score REAL, "
                                      "photo BLOB, note TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO child (name, born, score, photo, note) VALUES (?, ?, ?, ?, ?)")));
        const QByteArray blob("\x00\x01\xfe\xff binary", 12);
        q.addBindValue(QStringLiteral("Özdemir-Çelik, Anaïs"));
        q.addBindValue(QDate(2012, 9, 3));
        q.addBindValue(3.25);
        q.addBindValue(blob);
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        const qlonglong firstId = q.lastInsertId().toLongLong();
        QCOMPARE(firstId, 1LL);

        // Named placeholders are rewritten to positional ones.
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO child (name, score) VALUES (:name, :score)")));
        q.bindValue(QStringLiteral(":name"), QStringLiteral("van der Berg"));
        q.bindValue(QStringLiteral(":score"), 7);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.lastInsertId().toLongLong(), 2LL);

        QVERIFY(q.prepare(QStringLiteral("UPDATE child SET note = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("gewijzigd"));
        q.addBindValue(firstId);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);

        QVERIFY(q.exec(QStringLiteral("SELECT id, name, born, score, photo, note FROM child ORDER BY id")));
        const QSqlRecord rec = q.record();
        QCOMPARE(rec.count(), 6);
        QCOMPARE(rec.fieldName(1), QStringLiteral("name"));
        QCOMPARE(rec.field(0).metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(rec.field(4).metaType().id(), int(QMetaType::QByteArray));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Özdemir-Çelik, Anaïs"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2012-09-03"));
        QCOMPARE(q.value(3).toDouble(), 3.25);
        QCOMPARE(q.value(4).toByteArray(), blob);
        QCOMPARE(q.value(5).toString(), QStringLiteral("gewijzigd"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("van der Berg"));
        QVERIFY(q.isNull(2));
        QVERIFY(q.isNull(4));
        QVERIFY(!q.next());

        // Parameter count mismatch is an error, not a silent NULL.
        QVERIFY(q.prepare(QStringLiteral("SELECT ? + ?")));
        q.addBindValue(1);
        QVERIFY(!q.exec());
        drop(db);
    }

    void transactionsCommitAndRollBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("tx.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v INTEGER)")));
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(db.rollback());
        QVERIFY(db.transaction());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(db.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(v) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2"));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(q.lastError().isValid());
        drop(db);
    }

    void worksUnderQueryModelWithSeeking()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE n (v INTEGER, label TEXT)")));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO n VALUES (?, ?)")));
        for (int i = 0; i < 1000; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("rij %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());

        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT v, label FROM n ORDER BY v"), db);
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.data(model.index(999, 1)).toString(), QStringLiteral("rij 999"));
        QCOMPARE(model.data(model.index(3, 0)).toInt(), 3); // seeking back
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));

        QSqlQuery scroll(db);
        QVERIFY(scroll.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
        QVERIFY(scroll.last());
        QCOMPARE(scroll.value(0).toInt(), 999);
        QVERIFY(scroll.seek(10));
        QCOMPARE(scroll.value(0).toInt(), 10);
        QVERIFY(scroll.previous());
        QCOMPARE(scroll.value(0).toInt(), 9);
        QVERIFY(scroll.first());
        QCOMPARE(scroll.value(0).toInt(), 0);

        QVERIFY(db.tables().contains(QStringLiteral("n")));
        QCOMPARE(db.record(QStringLiteral("n")).count(), 2);
        drop(db);
    }

    void fileIsEncrypted()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE naam (achternaam TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO naam VALUES ('Jansen-Vermeulen')")));
        drop(db);
        const QByteArray bytes = testing::readFile(path);
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3")));
        QCOMPARE(bytes.left(16), m_salt); // our explicit salt leads the file
        QVERIFY(!bytes.contains("Jansen-Vermeulen"));
        QVERIFY(!bytes.contains("achternaam"));
    }

    void wrongKeyIsRefusedWithoutWriting()
    {
        const QString path = m_dir.filePath(QStringLiteral("wrong.db"));
        {
            QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v)")));
            drop(db);
        }
        const QByteArray before = testing::readFile(path);
        QSqlDatabase db = openDb(path, key('\x22'));
        QVERIFY(!db.isOpen());
        QCOMPARE(db.lastError().nativeErrorCode(), QString::number(SqlCipherDriver::NotADatabase));
        drop(db);
        QCOMPARE(testing::readFile(path), before);
    }

    void missingFileIsNotCreatedWithoutTheCreateOption()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        QSqlDatabase db = openDb(path, key());
        QVERIFY(!db.isOpen());
        drop(db);
        QVERIFY(!QFile::exists(path));
    }

    void cipherVersionIsFour()
    {
        const QString path = m_dir.filePath(QStringLiteral("version.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        QVERIFY(driver);
        QVERIFY2(driver->cipherVersion().startsWith(QLatin1Char('4')), qPrintable(driver->cipherVersion()));
        drop(db);
    }

    void closingFinalizesOpenQueries()
    {
        const QString path = m_dir.filePath(QStringLiteral("close.db"));
        QSqlDatabase db = openDb(path, key(), QStringLiteral("QSQLCIPHER_CREATE"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT 1 UNION SELECT 2")));
        QVERIFY(q.next());
        db.close(); // with a live statement
        QVERIFY(!db.isOpen());
        QVERIFY(!q.next());
        q = QSqlQuery();
        drop(db);
    }
};

INBEELD_TEST_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
