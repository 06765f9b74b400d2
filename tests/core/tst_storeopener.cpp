#include "core/secrets/InMemorySecretStore.h"
#include "core/storage/StoreOpener.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFile>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Remembering keys is a convenience: it must work when the keychain does, and never stand in
/// the way when it does not.
class TestStoreOpener : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_pass = QStringLiteral("negen rode fietsen in de regen");

private slots:
    void rememberThenOpenWithoutPassphrase()
    {
        const QString p = m_dir.filePath(QStringLiteral("remember.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        InMemorySecretStore secrets;
        StoreOpener opener(secrets);
        QCOMPARE(opener.openRemembered(p).code(), Error::Code::NotRemembered);
        {
            QString warning;
            auto r = opener.openWithPassphrase(p, passphrase(m_pass), true, &warning);
            QVERIFY2(r, qPrintable(r.message()));
            QVERIFY(warning.isEmpty());
        }
        QVERIFY(opener.isRemembered(p));
        {
            auto r = opener.openRemembered(p);
            QVERIFY2(r, qPrintable(r.message()));
        }
        QVERIFY(opener.forget(p));
        QCOMPARE(opener.openRemembered(p).code(), Error::Code::NotRemembered);
    }

    void unavailableKeychainFallsBackToPassphrase()
    {
        const QString p = m_dir.filePath(QStringLiteral("nokeychain.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        InMemorySecretStore secrets;
        secrets.setAvailable(false);
        StoreOpener opener(secrets);
        QCOMPARE(opener.openRemembered(p).code(), Error::Code::KeychainUnavailable);
        QString warning;
        auto r = opener.openWithPassphrase(p, passphrase(m_pass), true, &warning);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(!warning.isEmpty());
    }

    void staleKeyIsForgotten()
    {
        const QString p = m_dir.filePath(QStringLiteral("stale.inbeeld"));
        const QString other = m_dir.filePath(QStringLiteral("other.inbeeld"));
        QVERIFY(createTestStore(p, m_pass));
        QVERIFY(createTestStore(other, m_pass));
        InMemorySecretStore secrets;
        StoreOpener opener(secrets);
        QVERIFY(opener.openWithPassphrase(p, passphrase(m_pass), true));
        // The file is replaced by another store (different salt, so a different key).
        QVERIFY(QFile::remove(p));
        QVERIFY(QFile::copy(other, p));
        auto r = opener.openRemembered(p);
        QCOMPARE(r.code(), Error::Code::NotRemembered);
        QVERIFY(!r.message().isEmpty());
        QVERIFY(!opener.isRemembered(p));
        QVERIFY(opener.openWithPassphrase(p, passphrase(m_pass), false));
    }
};

INBEELD_TEST_MAIN(TestStoreOpener)
#include "tst_storeopener.moc"
