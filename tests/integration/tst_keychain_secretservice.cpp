#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/StoreOpener.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Remember and forget a store key in a real Secret Service (gnome-keyring over D-Bus).
class TestKeychainSecretService : public QObject
{
    Q_OBJECT

private slots:
    void rawSecretRoundTrip()
    {
        KeychainSecretStore keychain(QStringLiteral("InBeeld-test"));
        const QString account = QStringLiteral("test:raw");
        const SecretBytes secret = SecretBytes::random(32);
        auto written = keychain.write(account, secret);
        QVERIFY2(written, qPrintable(written.message()));
        auto read = keychain.read(account);
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(read.value().equals(secret));
        QVERIFY(keychain.remove(account));
        QCOMPARE(keychain.read(account).code(), Error::Code::NotRemembered);
    }

    void rememberAndForgetAStoreKey()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("keychain.inbeeld"));
        const QString pass = QStringLiteral("tien gele tulpen op het plein");
        QVERIFY(createTestStore(p, pass));
        KeychainSecretStore keychain(QStringLiteral("InBeeld-test"));
        StoreOpener opener(keychain);
        {
            QString warning;
            auto r = opener.openWithPassphrase(p, passphrase(pass), true, &warning);
            QVERIFY2(r, qPrintable(r.message()));
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
        }
        {
            auto r = opener.openRemembered(p);
            QVERIFY2(r, qPrintable(r.message()));
            QCOMPARE(r.value()->organisation().name, testOrganisation().name);
        }
        QVERIFY(opener.forget(p));
        QCOMPARE(opener.openRemembered(p).code(), Error::Code::NotRemembered);
    }
};

INBEELD_TEST_MAIN(TestKeychainSecretService)
#include "tst_keychain_secretservice.moc"
