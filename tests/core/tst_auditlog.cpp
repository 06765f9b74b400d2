#include "core/audit/AuditLog.h"
#include "core/storage/Store.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The audit chain: intact after normal use, broken by any edit that bypasses the triggers.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void init()
    {
        static int n = 0;
        m_store = createTestStore(m_dir.filePath(QStringLiteral("audit%1.inbeeld").arg(++n)),
                                  QStringLiteral("audit test passphrase"));
        QVERIFY(m_store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store->audit().append(QStringLiteral("test.event"), QStringLiteral("event %1").arg(i)));
    }
    void cleanup() { m_store.reset(); }

    void intactChainVerifies()
    {
        QVERIFY(m_store->audit().verify());
        const auto entries = m_store->audit().entries();
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 7); // store.created, identity.created, 5 events
        QCOMPARE(entries.value().first().action, QStringLiteral("store.created"));
        QCOMPARE(entries.value().at(1).action, QStringLiteral("identity.created"));
        QCOMPARE(entries.value().at(1).prevHash, entries.value().at(0).hash);
        QCOMPARE(m_store->audit().entries(2).value().size(), 2);
        QCOMPARE(m_store->audit().entries(2).value().last().detail, QStringLiteral("event 4"));
        QVERIFY(!entries.value().first().actor.isEmpty());
    }

    void actionsHaveReadableDescriptions()
    {
        QCOMPARE(AuditLog::describe(QStringLiteral("store.created")), QStringLiteral("Store created"));
        QCOMPARE(AuditLog::describe(QStringLiteral("store.unlock_failed")),
                 QStringLiteral("Unlock failed (wrong passphrase)"));
        QCOMPARE(AuditLog::describe(QStringLiteral("something.new")), QStringLiteral("something.new"));
        QVERIFY(AuditLog::currentActor() != QLatin1String("unknown"));
    }

    void updatesAndDeletesAreRefused()
    {
        QSqlQuery q(m_store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        QVERIFY(m_store->audit().verify());
    }

    void editedEntryIsDetected()
    {
        // Someone with the key drops the trigger and rewrites history.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing shared' WHERE id = 3")));
        auto r = m_store->audit().verify();
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::AuditChainBroken);
        QVERIFY(r.message().contains(QLatin1String("3")));
    }

    void removedEntryIsDetected()
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 4")));
        QCOMPARE(m_store->audit().verify().code(), Error::Code::AuditChainBroken);
    }

    void rehashedEntryStillBreaksTheLink()
    {
        // Recomputing an edited entry's own hash is not enough: the next entry points at the old one.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        const auto e = m_store->audit().entries().value().at(2);
        const QByteArray forged
            = AuditLog::entryHash(e.prevHash, e.id, e.at, e.actor, e.action, QStringLiteral("forged"));
        q.prepare(QStringLiteral("UPDATE audit_log SET detail = 'forged', hash = ? WHERE id = ?"));
        q.addBindValue(forged);
        q.addBindValue(e.id);
        QVERIFY(q.exec());
        auto r = m_store->audit().verify();
        QVERIFY(!r);
        QVERIFY(r.message().contains(QString::number(e.id + 1)));
    }
};

INBEELD_TEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
