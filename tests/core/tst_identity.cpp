// The organisation's own keys: made at setup, made on upgrade, kept secret, rotated with a statement.

#include "core/exchange/AgeKeys.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_pass = QStringLiteral("identity test passphrase 4821");
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static int countActions(Store& store, const QString& action)
    {
        int n = 0;
        for (const AuditEntry& e : store.audit().entries().takeValue())
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    // A secret shared with another holder (a query's cached value) is zeroed in the shared
    // buffer itself, not in a fresh copy: no holder keeps it.
    void wipeReachesTheSharedBuffer()
    {
        QByteArray secret(32, 'k');
        const QByteArray cache = secret; // shares the buffer, as a QSqlQuery's value does
        wipeShared(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(cache, QByteArray(32, '\0'));
        QString text(16, u's');
        const QString other = text;
        wipeShared(text);
        QCOMPARE(other, QString(16, QChar(0)));
        QByteArray literal = QByteArrayLiteral("not ours to write");
        wipeShared(literal); // static data: left alone, no crash
        QVERIFY(literal.isEmpty());
        // Plain wipe() never changes a value another holder still uses (a line edit's text).
        QString typed(16, u't');
        const QString field = typed;
        wipe(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(field, QString(16, u't'));
    }

    void newStoreHasKeysAtSetup()
    {
        auto store = createTestStore(path(QStringLiteral("new.inbeeld")), m_pass);
        QVERIFY(store);
        QCOMPARE(countActions(*store, QStringLiteral("identity.created")), 1);
        auto id = Identity::load(*store);
        QVERIFY2(id, qPrintable(id.message()));
        QCOMPARE(id.value().signingPublicKey().size(), 32);
        QCOMPARE(id.value().encryptionPublicKey().size(), 32);
        QVERIFY(id.value().signingPublicKey() != id.value().encryptionPublicKey());
        QCOMPARE(id.value().signingSecretKey().size(), std::size_t(64));
        // The secret keys belong to the public ones.
        unsigned char pk[32];
        crypto_sign_ed25519_sk_to_pk(pk, id.value().signingSecretKey().data());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pk), 32), id.value().signingPublicKey());
        QCOMPARE(AgeKeys::publicKeyOf(id.value().encryptionSecretKey()), id.value().encryptionPublicKey());
        QVERIFY(!Fingerprint::normalised(id.value().fingerprint()).isEmpty());
        // The fingerprint is in the audit entry, so the log says which keys were made.
        bool found = false;
        for (const AuditEntry& e : store->audit().entries().takeValue())
            found = found
                || (e.action == QLatin1String("identity.created") && e.detail.contains(id.value().fingerprint()));
        QVERIFY(found);
    }

    void keysStayTheSameAcrossOpens()
    {
        const QString p = path(QStringLiteral("reopen.inbeeld"));
        QByteArray signing, encryption;
        {
            auto store = createTestStore(p, m_pass);
            QVERIFY(store);
            auto id = Identity::load(*store);
            signing = id.value().signingPublicKey();
            encryption = id.value().encryptionPublicKey();
        }
        auto store = Store::open(p, passphrase(m_pass));
        QVERIFY2(store, qPrintable(store.message()));
        auto id = Identity::load(*store.value());
        QCOMPARE(id.value().signingPublicKey(), signing);
        QCOMPARE(id.value().encryptionPublicKey(), encryption);
        QCOMPARE(countActions(*store.value(), QStringLiteral("identity.created")), 1);
    }

    void olderStoreGetsKeysOnUpgrade()
    {
        const QString p = path(QStringLiteral("v3.inbeeld"));
        {
            auto old = Store::createAtSchemaVersion(p, passphrase(m_pass), testOrganisation(), 3);
            QVERIFY2(old, qPrintable(old.message()));
            QCOMPARE(countActions(*old.value(), QStringLiteral("identity.created")), 0);
        }
        auto store = Store::open(p, passphrase(m_pass));
        QVERIFY2(store, qPrintable(store.message()));
        QCOMPARE(store.value()->schemaVersion(), Store::CurrentSchemaVersion);
        QCOMPARE(countActions(*store.value(), QStringLiteral("identity.created")), 1);
        QVERIFY(Identity::load(*store.value()));
    }

    void secretKeysAreNotInTheFile()
    {
        const QString p = path(QStringLiteral("secret.inbeeld"));
        QByteArray secretPrefix;
        {
            auto store = createTestStore(p, m_pass);
            QVERIFY(store);
            auto id = Identity::load(*store);
            secretPrefix = QByteArray(id.value().encryptionSecretKey().chars(), 16);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM identity_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        const QByteArray file = readFile(p);
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(secretPrefix));
    }

    void rotationKeepsOldKeysAndSignsTheNewOnes()
    {
        auto store = createTestStore(path(QStringLiteral("rotate.inbeeld")), m_pass);
        QVERIFY(store);
        auto before = Identity::load(*store);
        auto after = Identity::rotate(*store);
        QVERIFY2(after, qPrintable(after.message()));
        QVERIFY(after.value().signingPublicKey() != before.value().signingPublicKey());
        QVERIFY(after.value().fingerprint() != before.value().fingerprint());
        QVERIFY(after.value().rotation());
        QCOMPARE(after.value().rotation()->previousSigningKey, before.value().signingPublicKey());
        QVERIFY(
            after.value().rotation()->verify(after.value().signingPublicKey(), after.value().encryptionPublicKey()));
        // Loading gives the new keys; the old ones are kept (retired) to open older packages.
        QCOMPARE(Identity::load(*store).value().signingPublicKey(), after.value().signingPublicKey());
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(retired_at) FROM identity_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(countActions(*store, QStringLiteral("identity.rotated")), 1);
        // The card of the rotated keys carries the statement and still validates.
        const IdentityCard card = after.value().card(store->organisation());
        auto reread = IdentityCard::fromJson(card.toJson());
        QVERIFY2(reread, qPrintable(reread.message()));
        QVERIFY(reread.value().rotation);
    }
};

INBEELD_TEST_MAIN(TestIdentity)
#include "tst_identity.moc"
