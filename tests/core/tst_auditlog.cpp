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

    void anchorLineRoundTrips()
    {
        const Result<AuditAnchor> anchor = m_store->audit().anchor();
        QVERIFY(anchor);
        QCOMPARE(anchor.value().entries, 7);
        QCOMPARE(anchor.value().head, m_store->audit().entries().value().last().hash);
        const QString line = anchor.value().toLine();
        QVERIFY(line.startsWith(QStringLiteral("inbeeld-audit-anchor 1 7 ")));
        const Result<AuditAnchor> parsed = AuditAnchor::parse(QStringLiteral("  %1\n").arg(line));
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed.value(), anchor.value());
    }

    void malformedAnchorsAreRefused_data()
    {
        QTest::addColumn<QString>("line");
        const QString hash(64, QLatin1Char('a'));
        QTest::newRow("empty") << QString();
        QTest::newRow("other prefix") << QStringLiteral("anchor 1 7 %1").arg(hash);
        QTest::newRow("short hash") << QStringLiteral("inbeeld-audit-anchor 1 7 %1").arg(hash.left(62));
        QTest::newRow("upper-case hex") << QStringLiteral("inbeeld-audit-anchor 1 7 %1").arg(hash.toUpper());
        QTest::newRow("negative count") << QStringLiteral("inbeeld-audit-anchor 1 -7 %1").arg(hash);
        QTest::newRow("extra field") << QStringLiteral("inbeeld-audit-anchor 1 7 %1 x").arg(hash);
        QTest::newRow("newer version") << QStringLiteral("inbeeld-audit-anchor 2 7 %1").arg(hash);
        QTest::newRow("very long") << QStringLiteral("inbeeld-audit-anchor 1 7 %1").arg(QString(5000, u'a'));
    }
    void malformedAnchorsAreRefused()
    {
        QFETCH(QString, line);
        const Result<AuditAnchor> parsed = AuditAnchor::parse(line);
        QVERIFY(!parsed);
        QVERIFY(!parsed.message().isEmpty());
    }

    void laterEntriesKeepAnOldAnchorValid()
    {
        const AuditAnchor anchor = m_store->audit().anchor().value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->audit().append(QStringLiteral("test.event"), QStringLiteral("later %1").arg(i)));
        const Result<void> verified = m_store->audit().verifyAnchor(anchor);
        QVERIFY2(verified, qPrintable(verified.message()));
    }

    void cutTailFailsTheAnchor()
    {
        // Removing the newest entries keeps the chain itself intact: only the anchor shows the cut.
        const AuditAnchor anchor = m_store->audit().anchor().value();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 6")));
        QVERIFY(m_store->audit().verify());
        const Result<void> verified = m_store->audit().verifyAnchor(anchor);
        QVERIFY(!verified);
        QCOMPARE(verified.code(), Error::Code::AuditChainBroken);
        QVERIFY(verified.message().contains(QStringLiteral("7")));
    }

    void rewrittenLogFailsTheAnchor()
    {
        // Cut back and written anew to the same length: a consistent chain, but not the anchored one.
        const AuditAnchor anchor = m_store->audit().anchor().value();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 5")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->audit().append(QStringLiteral("test.event"), QStringLiteral("rewritten %1").arg(i)));
        QVERIFY(m_store->audit().verify());
        QCOMPARE(m_store->audit().count(), anchor.entries);
        const Result<void> verified = m_store->audit().verifyAnchor(anchor);
        QVERIFY(!verified);
        QCOMPARE(verified.code(), Error::Code::AuditChainBroken);
    }

    void backupCarriesItsAnchor()
    {
        const QString backup = m_dir.filePath(QStringLiteral("anchored-backup.inbeeld"));
        const Result<AuditAnchor> anchor = m_store->backupTo(backup);
        QVERIFY2(anchor, qPrintable(anchor.message()));
        // The backup's own entry is the last one the anchor covers.
        QCOMPARE(m_store->audit().entries().value().last().action, QStringLiteral("store.backup"));
        QCOMPARE(anchor.value(), m_store->audit().anchor().value());
        m_store.reset();
        auto restored = Store::open(backup, passphrase(QStringLiteral("audit test passphrase")));
        QVERIFY2(restored, qPrintable(restored.message()));
        const Result<void> verified = restored.value()->audit().verifyAnchor(anchor.value());
        QVERIFY2(verified, qPrintable(verified.message()));
    }
};

INBEELD_TEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
