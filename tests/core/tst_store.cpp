#include "core/setup/StoreSetup.h"
#include "core/storage/Migrations.h"
#include "core/storage/Store.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The encrypted store as a user relies on it: opens only with the right passphrase, keeps
/// nothing readable on disk, migrates, refuses what it cannot handle, backs up and restores.
class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    const QString m_pass = QStringLiteral("zeven groene kikkers springen");

    static QStringList auditActions(Store& store)
    {
        QStringList actions;
        const auto entries = store.audit().entries();
        for (const auto& e : entries.value())
            actions << e.action;
        return actions;
    }

private slots:
    void createThenOpen()
    {
        const QString p = path(QStringLiteral("org.inbeeld"));
        {
            auto store
                = createTestStore(p, m_pass, testOrganisation(Role::Swv, QStringLiteral("SWV De Liemers (test)")));
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), Store::CurrentSchemaVersion);
            QVERIFY(store->cipherVersion().startsWith(QLatin1Char('4')));
        }
        auto opened = Store::open(p, passphrase(m_pass));
        QVERIFY2(opened, qPrintable(opened.message()));
        const OrganisationInfo org = opened.value()->organisation();
        QCOMPARE(org.name, QStringLiteral("SWV De Liemers (test)"));
        QCOMPARE(org.role, Role::Swv);
        QCOMPARE(org.agreementId, QStringLiteral("convenant-rbl-midden-gelre"));
        QVERIFY(!org.storeId.isEmpty());
        QVERIFY(org.createdAt.isValid());
        QCOMPARE(auditActions(*opened.value()),
                 (QStringList {QStringLiteral("store.created"), QStringLiteral("identity.created"),
                               QStringLiteral("store.unlocked")}));
        QVERIFY(!QFile::exists(p + QStringLiteral(".partial")));
    }

    void fileIsEncryptedAndHoldsNoNames()
    {
        const QString p = path(QStringLiteral("plain-check.inbeeld"));
        {
            auto store
                = createTestStore(p, m_pass, testOrganisation(Role::Rbl, QStringLiteral("Gemeente Rozendaal-Test")));
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO probe VALUES ('Yasmina Bouzerda')")));
        }
        const QByteArray bytes = readFile(p);
        QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3")));
        QVERIFY(!bytes.contains("Gemeente Rozendaal-Test"));
        QVERIFY(!bytes.contains("Yasmina Bouzerda"));
        QVERIFY(!bytes.contains("audit_log"));
        QVERIFY(!bytes.contains("store.created"));
    }

    void existingFileIsNeverOverwritten()
    {
        const QString p = path(QStringLiteral("exists.inbeeld"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        auto r = StoreSetup::createStore(p, passphrase(m_pass), testOrganisation());
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::StoreExists);
        QCOMPARE(readFile(p), QByteArray("keep me"));
    }

    void wrongPassphraseRefusedAndFileUnchanged()
    {
        const QString p = path(QStringLiteral("wrong.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        const QByteArray before = readFile(p);
        auto r = Store::open(p, passphrase(QStringLiteral("zeven groene kikkers sprongen")));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::WrongPassphrase);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(readFile(p), before);
        QCOMPARE(Store::pendingFailedUnlocks(p), 1);

        // Retry works, and the failed attempt lands in the audit log.
        auto ok = Store::open(p, passphrase(m_pass));
        QVERIFY2(ok, qPrintable(ok.message()));
        QVERIFY(auditActions(*ok.value()).contains(QStringLiteral("store.unlock_failed")));
        QCOMPARE(Store::pendingFailedUnlocks(p), 0);
    }

    // The failed-unlocks record next to the store is written by anyone who can write there: the
    // next unlock reads a bounded part of it, and a time in the future is not believed.
    void failedUnlocksRecordIsBounded()
    {
        const QString p = path(QStringLiteral("bounded.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        QFile f(p + QStringLiteral(".unlock-failures"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("2999-01-01T00:00:00.000Z\tmallory\n");
        for (int i = 0; i < 200000; ++i)
            f.write("2026-01-01T00:00:00.000Z\tx\n");
        f.close();
        QVERIFY(Store::pendingFailedUnlocks(p) <= 64 * 1024);
        auto ok = Store::open(p, passphrase(m_pass));
        QVERIFY2(ok, qPrintable(ok.message()));
        const auto entries = ok.value()->audit().entries();
        QVERIFY(entries);
        int failed = 0;
        for (const auto& e : entries.value()) {
            if (e.action != u"store.unlock_failed")
                continue;
            ++failed;
            QVERIFY2(e.at <= QDateTime::currentDateTimeUtc().addSecs(600), qPrintable(e.at.toString(Qt::ISODate)));
        }
        QVERIFY2(failed > 0 && failed <= 1001, qPrintable(QString::number(failed)));
    }

    void notAStoreIsRefused()
    {
        const QString p = path(QStringLiteral("notes.txt"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY(!r);
        QVERIFY(r.code() == Error::Code::NotAStore || r.code() == Error::Code::WrongPassphrase);
        auto missing = Store::open(path(QStringLiteral("nowhere.inbeeld")), passphrase(m_pass));
        QCOMPARE(missing.code(), Error::Code::StoreMissing);
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.inbeeld"))));
    }

    void storeIsNeverOpenedTwice()
    {
        const QString p = path(QStringLiteral("twice.inbeeld"));
        auto first = createTestStore(p, m_pass);
        QVERIFY(first);
        auto second = Store::open(p, passphrase(m_pass));
        QVERIFY(!second);
        QCOMPARE(second.code(), Error::Code::StoreInUse);
        first.reset();
        QVERIFY(Store::open(p, passphrase(m_pass)));
    }

    void migratesFromVersionOne()
    {
        const QString p = path(QStringLiteral("v1.inbeeld"));
        {
            auto old = Store::createAtSchemaVersion(p, passphrase(m_pass), testOrganisation(), 1);
            QVERIFY2(old, qPrintable(old.message()));
            QCOMPARE(old.value()->schemaVersion(), 1);
            // Version 1 had no append-only triggers.
            QSqlQuery q(old.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value()->schemaVersion(), Store::CurrentSchemaVersion);
        QCOMPARE(r.value()->organisation().name, testOrganisation().name);
        QVERIFY(auditActions(*r.value()).contains(QStringLiteral("store.migrated")));
        QVERIFY(r.value()->audit().verify());
        QSqlQuery q(r.value()->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void migrationThreeAddsTheListTables()
    {
        const QString p = path(QStringLiteral("v2.inbeeld"));
        {
            auto old = Store::createAtSchemaVersion(p, passphrase(m_pass), testOrganisation(), 2);
            QVERIFY2(old, qPrintable(old.message()));
            QCOMPARE(old.value()->counts().snapshots, 0); // no such tables yet: counted as none
        }
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value()->schemaVersion(), Store::CurrentSchemaVersion);
        QSqlQuery q(r.value()->database());
        for (const char* table :
             {"snapshots", "records", "import_issues", "rejected_rows", "snapshot_columns", "mapping_profiles"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
        // The side is checked, and records go with their snapshot.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO snapshots (side, origin, source_name, peildatum, file_name, "
                                       "imported_at, imported_by) VALUES ('mine', 'import', 's', '2026-09-30', 'f', "
                                       "'t', 'u')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO snapshots (side, origin, source_name, peildatum, file_name, "
                                      "imported_at, imported_by) VALUES ('ours', 'import', 's', '2026-09-30', 'f', "
                                      "'t', 'u')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO records (snapshot_id, line, category) VALUES (1, 2, 'absoluut')")));
        QCOMPARE(r.value()->counts().snapshots, 1);
        QCOMPARE(r.value()->counts().records, 1);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO records (snapshot_id, line, category) VALUES (9, 2, 'absoluut')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM snapshots WHERE id = 1")));
        QCOMPARE(r.value()->counts().records, 0);
    }

    void upgradeFromSevenDropsTheCategoryIndex()
    {
        const QString p = path(QStringLiteral("v7.inbeeld"));
        const auto recordIndexes = [](Store& store) {
            QSqlQuery q(store.database());
            QStringList names;
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records' "
                                      "ORDER BY name"))) {
                while (q.next())
                    names << q.value(0).toString();
            }
            return names;
        };
        {
            auto old = Store::createAtSchemaVersion(p, passphrase(m_pass), testOrganisation(), 7);
            QVERIFY2(old, qPrintable(old.message()));
            QCOMPARE(
                recordIndexes(*old.value()),
                QStringList({QStringLiteral("records_snapshot_bsn"), QStringLiteral("records_snapshot_category")}));
        }
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value()->schemaVersion(), Store::CurrentSchemaVersion);
        QCOMPARE(recordIndexes(*r.value()), QStringList({QStringLiteral("records_snapshot_bsn")}));
    }

    void newerStoreIsRefusedUntouched()
    {
        const QString p = path(QStringLiteral("future.inbeeld"));
        {
            auto store = createTestStore(p, m_pass);
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::CurrentSchemaVersion + 5)));
        }
        const QByteArray before = readFile(p);
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::StoreTooNew);
        QVERIFY(r.message().contains(QLatin1String("newer")));
        QCOMPARE(readFile(p), before);
    }

    void changePassphrase()
    {
        const QString p = path(QStringLiteral("passwd.inbeeld"));
        const QString next = QStringLiteral("acht blauwe olifanten dansen");
        {
            auto store = createTestStore(p, m_pass);
            QVERIFY(store);
            auto wrong = store->changePassphrase(passphrase(QStringLiteral("not the current one")), passphrase(next));
            QCOMPARE(wrong.code(), Error::Code::WrongPassphrase);
            auto changed = store->changePassphrase(passphrase(m_pass), passphrase(next));
            QVERIFY2(changed, qPrintable(changed.message()));
        }
        QCOMPARE(Store::open(p, passphrase(m_pass)).code(), Error::Code::WrongPassphrase);
        auto r = Store::open(p, passphrase(next));
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(auditActions(*r.value()).contains(QStringLiteral("store.passphrase_changed")));
    }

    void copiedFileOpensElsewhere()
    {
        const QString p = path(QStringLiteral("laptop-a.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        QTemporaryDir other;
        const QString copy = other.filePath(QStringLiteral("laptop-b.inbeeld"));
        QVERIFY(QFile::copy(p, copy));
        auto r = Store::open(copy, passphrase(m_pass));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value()->organisation().name, testOrganisation().name);
    }

    void backupAndRestore()
    {
        const QString p = path(QStringLiteral("live.inbeeld"));
        const QString backup = path(QStringLiteral("live-backup.inbeeld"));
        {
            auto store = createTestStore(p, m_pass);
            QVERIFY(store);
            QCOMPARE(store->backupTo(p).code(), Error::Code::InvalidInput);
            auto b = store->backupTo(backup);
            QVERIFY2(b, qPrintable(b.message()));
            QVERIFY(!readFile(backup).startsWith(QByteArray("SQLite format 3")));
            // A change after the backup, to see the restore undo it.
            QVERIFY(store->audit().append(QStringLiteral("test.after_backup"), QString()));
        }
        {
            auto fromBackup = Store::open(backup, passphrase(m_pass));
            QVERIFY2(fromBackup, qPrintable(fromBackup.message()));
            QVERIFY(auditActions(*fromBackup.value()).contains(QStringLiteral("store.backup")));
        }
        QCOMPARE(Store::restore(backup, p, passphrase(QStringLiteral("wrong wrong wrong"))).code(),
                 Error::Code::WrongPassphrase);
        {
            auto open = Store::open(p, passphrase(m_pass));
            QVERIFY(open);
            QCOMPARE(Store::restore(backup, p, passphrase(m_pass)).code(), Error::Code::StoreInUse);
        }
        auto restored = Store::restore(backup, p, passphrase(m_pass));
        QVERIFY2(restored, qPrintable(restored.message()));
        QVERIFY(QFile::exists(p + QStringLiteral(".before-restore")));
        auto r = Store::open(p, passphrase(m_pass));
        QVERIFY(r);
        const QStringList actions = auditActions(*r.value());
        QVERIFY(actions.contains(QStringLiteral("store.restored")));
        QVERIFY(!actions.contains(QStringLiteral("test.after_backup")));
        QVERIFY(r.value()->audit().verify());
    }
};

INBEELD_TEST_MAIN(TestStore)
#include "tst_store.moc"
