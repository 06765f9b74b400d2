// The identity card file: what it carries, and a clear refusal for a changed, corrupt or foreign file.

#include "core/exchange/AgeKeys.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/Minisign.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace inbeeld;

namespace {

struct Keys
{
    QByteArray signingPublic = QByteArray(32, Qt::Uninitialized);
    SecretBytes signingSecret {64};
    QByteArray encryptionPublic;
    Keys()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(signingPublic.data()), signingSecret.data());
        encryptionPublic = AgeKeys::publicKeyOf(SecretBytes::random(32));
    }
};

IdentityCard makeCard(const Keys& keys)
{
    IdentityCard card;
    card.organisation = QStringLiteral("SWV Passend Onderwijs Zuid");
    card.role = Role::Swv;
    card.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    card.signingKey = keys.signingPublic;
    card.encryptionKey = keys.encryptionPublic;
    card.createdAt = QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
    card.signWith(keys.signingSecret);
    return card;
}

QByteArray edited(const QByteArray& json, const QString& field, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(field, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestIdentityCard : public QObject
{
    Q_OBJECT

private slots:
    void roundTripCarriesEverything()
    {
        const Keys keys;
        const IdentityCard card = makeCard(keys);
        const QByteArray json = card.toJson();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("inbeeld-identity-card"));
        QCOMPARE(o.value(QStringLiteral("fingerprint")).toString(), card.fingerprint());
        QCOMPARE(o.value(QStringLiteral("age_recipient")).toString(), AgeKeys::recipient(keys.encryptionPublic));
        QVERIFY(o.value(QStringLiteral("minisign_public_key")).toString().startsWith(QStringLiteral("RW")));
        auto read = IdentityCard::fromJson(json);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read.value().organisation, card.organisation);
        QCOMPARE(read.value().role, Role::Swv);
        QCOMPARE(read.value().agreementId, card.agreementId);
        QCOMPARE(read.value().signingKey, keys.signingPublic);
        QCOMPARE(read.value().encryptionKey, keys.encryptionPublic);
        QCOMPARE(read.value().createdAt, card.createdAt);
        QCOMPARE(read.value().fingerprint(), card.fingerprint());
    }

    void fingerprintIsEightGroupsOfFour()
    {
        const Keys keys;
        const QString fp = makeCard(keys).fingerprint();
        QCOMPARE(fp.size(), 8 * 4 + 7);
        QCOMPARE(fp.split(u' ').size(), 8);
        QVERIFY(Fingerprint::matches(fp.toLower().remove(u' '), fp));
        QVERIFY(Fingerprint::matches(QString(fp).replace(u' ', u'-'), fp));
        // Each key changes it.
        QVERIFY(Fingerprint::of(keys.signingPublic, QByteArray(32, 'x')) != fp);
        QVERIFY(Fingerprint::of(QByteArray(32, 'x'), keys.encryptionPublic) != fp);
        QString oneOff = fp;
        oneOff[0] = oneOff[0] == u'A' ? u'B' : u'A';
        QVERIFY(!Fingerprint::matches(oneOff, fp));
        QVERIFY(!Fingerprint::matches(fp.left(20), fp));
    }

    void changedFieldsAreDetected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("organisation renamed") << QStringLiteral("organisation") << QJsonValue(QStringLiteral("Evil"))
                                              << QStringLiteral("signature does not match");
        QTest::newRow("role changed") << QStringLiteral("role") << QJsonValue(QStringLiteral("rbl"))
                                      << QStringLiteral("signature does not match");
        QTest::newRow("fingerprint edited")
            << QStringLiteral("fingerprint") << QJsonValue(QStringLiteral("AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA"))
            << QStringLiteral("fingerprint written on it");
        QTest::newRow("key replaced") << QStringLiteral("encryption_key")
                                      << QJsonValue(QString::fromLatin1(QByteArray(32, 'k').toBase64()))
                                      << QStringLiteral("fingerprint written on it");
        QTest::newRow("key cut short") << QStringLiteral("signing_key") << QJsonValue(QStringLiteral("AAAA"))
                                       << QStringLiteral("wrong length");
        QTest::newRow("unknown role") << QStringLiteral("role") << QJsonValue(QStringLiteral("school"))
                                      << QStringLiteral("role");
    }

    void changedFieldsAreDetected()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const Keys keys;
        const auto r = IdentityCard::fromJson(edited(makeCard(keys).toJson(), field, value));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
    }

    void foreignAndCorruptFilesAreNamed()
    {
        const Keys keys;
        const QByteArray json = makeCard(keys).toJson();
        auto r = IdentityCard::fromJson("age-encryption.org/v1\n-> X25519 abc\n");
        QCOMPARE(r.code(), Error::Code::UnknownFormat);
        QVERIFY(r.message().contains(QStringLiteral("not an InBeeld identity card")));
        QCOMPARE(IdentityCard::fromJson(R"({"format": "something-else"})").code(), Error::Code::UnknownFormat);
        r = IdentityCard::fromJson(json.left(json.size() / 2));
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY(r.message().contains(QStringLiteral("not valid JSON")));
        r = IdentityCard::fromJson(edited(json, QStringLiteral("version"), 2));
        QCOMPARE(r.code(), Error::Code::UnknownFormat);
        QVERIFY(r.message().contains(QStringLiteral("newer version")));
    }

    void fileIsWrittenOnceAndReadBack()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("card.json"));
        const Keys keys;
        const IdentityCard card = makeCard(keys);
        QVERIFY(card.writeFile(p));
        QVERIFY(!card.writeFile(p)); // never overwritten
        auto read = IdentityCard::readFile(p);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read.value().fingerprint(), card.fingerprint());
        QCOMPARE(IdentityCard::readFile(dir.filePath(QStringLiteral("missing.json"))).code(), Error::Code::Io);
    }

    void rotationStatementMustMatchTheKeys()
    {
        const Keys oldKeys;
        const Keys newKeys;
        IdentityCard card = makeCard(newKeys);
        card.rotation = KeyRotation::sign(oldKeys.signingPublic, oldKeys.signingSecret, newKeys.signingPublic,
                                          newKeys.encryptionPublic);
        card.signWith(newKeys.signingSecret);
        QVERIFY(IdentityCard::fromJson(card.toJson()));
        // A statement over other keys (copied from another card) is refused.
        card.rotation = KeyRotation::sign(oldKeys.signingPublic, oldKeys.signingSecret, newKeys.signingPublic,
                                          QByteArray(32, 'e'));
        card.signWith(newKeys.signingSecret);
        const auto r = IdentityCard::fromJson(card.toJson());
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY(r.message().contains(QStringLiteral("rotation")));
    }
};

INBEELD_TEST_MAIN(TestIdentityCard)
#include "tst_identitycard.moc"
