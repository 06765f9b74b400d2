// Pinning partners' keys after an out-of-band fingerprint check, and refusing changed keys unless
// the pinned key signed them.

#include "core/exchange/Identity.h"
#include "core/exchange/PartnerTrust.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestPartnerTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_pass = QStringLiteral("partner trust passphrase 7310");
    std::unique_ptr<Store> m_ours;
    std::unique_ptr<Store> m_swv;
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<Store> newStore(const OrganisationInfo& org)
    {
        return createTestStore(path(QStringLiteral("s%1.inbeeld").arg(++m_counter)), m_pass, org);
    }

    static IdentityCard cardOf(Store& store) { return Identity::load(store).value().card(store.organisation()); }

    static PartnerConfirmation confirmed(const IdentityCard& card, ConfirmationMethod how = ConfirmationMethod::Phone)
    {
        return PartnerConfirmation {card.fingerprint(), QStringLiteral("J. de Vries"), how};
    }

    static int countActions(Store& store, const QString& action)
    {
        int n = 0;
        for (const AuditEntry& e : store.audit().entries().takeValue())
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        m_ours = newStore(testOrganisation(Role::Rbl, QStringLiteral("RBL Oost")));
        m_swv = newStore(testOrganisation(Role::Swv, QStringLiteral("SWV Zuid")));
        QVERIFY(m_ours && m_swv);
    }

    void cleanup()
    {
        m_ours.reset();
        m_swv.reset();
    }

    void addPinsThePartner()
    {
        const IdentityCard card = cardOf(*m_swv);
        PartnerTrust trust(*m_ours);
        auto added = trust.add(card, confirmed(card, ConfirmationMethod::InPerson));
        QVERIFY2(added, qPrintable(added.message()));
        QCOMPARE(added.value().organisation, QStringLiteral("SWV Zuid"));
        QCOMPARE(added.value().role, Role::Swv);
        QCOMPARE(added.value().fingerprint, card.fingerprint());
        QCOMPARE(added.value().confirmedBy, QStringLiteral("J. de Vries"));
        QCOMPARE(added.value().confirmedHow, ConfirmationMethod::InPerson);
        QVERIFY(!added.value().viaRotation);

        const auto list = trust.partners();
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().signingKey, card.signingKey);
        QCOMPARE(list.value().first().encryptionKey, card.encryptionKey);
        QVERIFY(trust.findBySigningKey(card.signingKey).value().has_value());
        QCOMPARE(countActions(*m_ours, QStringLiteral("partner.pinned")), 1);
        // The audit entry is factual and names no person.
        for (const AuditEntry& e : m_ours->audit().entries().takeValue()) {
            if (e.action == QLatin1String("partner.pinned")) {
                QVERIFY(e.detail.contains(card.fingerprint()));
                QVERIFY(e.detail.contains(QStringLiteral("in-person")));
                QVERIFY(!e.detail.contains(QStringLiteral("Vries")));
            }
        }
    }

    void wrongFingerprintIsRefused()
    {
        const IdentityCard card = cardOf(*m_swv);
        PartnerConfirmation c = confirmed(card);
        c.fingerprint = QStringLiteral("AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH");
        PartnerTrust trust(*m_ours);
        const auto r = trust.add(card, c);
        QCOMPARE(r.code(), Error::Code::InvalidInput);
        QVERIFY(r.message().contains(card.fingerprint()));
        QVERIFY(trust.partners().value().isEmpty());
        c.fingerprint = card.fingerprint().toLower().remove(u' '); // typed without spaces: fine
        QVERIFY(trust.add(card, c));
    }

    void ownCardAndDuplicatesAreRefused()
    {
        PartnerTrust trust(*m_ours);
        const IdentityCard own = cardOf(*m_ours);
        auto r = trust.add(own, confirmed(own));
        QCOMPARE(r.code(), Error::Code::InvalidInput);
        QVERIFY(r.message().contains(QStringLiteral("your own")));
        const IdentityCard card = cardOf(*m_swv);
        QVERIFY(trust.add(card, confirmed(card)));
        r = trust.add(card, confirmed(card));
        QCOMPARE(r.code(), Error::Code::InvalidInput);
        QVERIFY(r.message().contains(QStringLiteral("already a partner")));
        QCOMPARE(trust.partners().value().size(), 1);
    }

    void otherAgreementIsRefused()
    {
        OrganisationInfo org = testOrganisation(Role::Swv, QStringLiteral("SWV Elders"));
        org.agreementId = QStringLiteral("convenant-elders");
        auto elsewhere = newStore(org);
        const IdentityCard card = cardOf(*elsewhere);
        const auto r = PartnerTrust(*m_ours).add(card, confirmed(card));
        QCOMPARE(r.code(), Error::Code::InvalidInput);
        QVERIFY(r.message().contains(QStringLiteral("convenant-elders")));
    }

    void changedKeysWithoutRotationAreRefused()
    {
        PartnerTrust trust(*m_ours);
        const IdentityCard original = cardOf(*m_swv);
        QVERIFY(trust.add(original, confirmed(original)));

        // Someone else makes a store under the partner's name: new keys, no statement.
        auto impostor = newStore(testOrganisation(Role::Swv, QStringLiteral("swv  zuid")));
        const IdentityCard forged = cardOf(*impostor);
        const auto r = trust.add(forged, confirmed(forged));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::KeyChanged);
        QVERIFY(r.message().startsWith(QStringLiteral("WARNING")));
        QVERIFY(r.message().contains(QStringLiteral("impersonating")));
        QVERIFY(r.message().contains(original.fingerprint()));
        QCOMPARE(trust.partners().value().size(), 1);
        QCOMPARE(trust.partners().value().first().signingKey, original.signingKey);
        QCOMPARE(countActions(*m_ours, QStringLiteral("partner.key_change_refused")), 1);

        // A rotation statement by some other key (the impostor's own earlier key) does not help.
        auto rotated = Identity::rotate(*impostor);
        QVERIFY(rotated);
        const IdentityCard forgedRotation = rotated.value().card(impostor->organisation());
        QVERIFY(forgedRotation.rotation);
        QCOMPARE(trust.add(forgedRotation, confirmed(forgedRotation)).code(), Error::Code::KeyChanged);
    }

    void rotationSignedByThePinnedKeyIsAccepted()
    {
        PartnerTrust trust(*m_ours);
        const IdentityCard original = cardOf(*m_swv);
        const qint64 firstId = trust.add(original, confirmed(original)).value().id;

        auto rotated = Identity::rotate(*m_swv);
        QVERIFY(rotated);
        const IdentityCard next = rotated.value().card(m_swv->organisation());
        auto added = trust.add(next, confirmed(next));
        QVERIFY2(added, qPrintable(added.message()));
        QVERIFY(added.value().viaRotation);
        QCOMPARE(added.value().replaces, firstId);

        const auto list = trust.partners().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().signingKey, next.signingKey);
        QVERIFY(!trust.findBySigningKey(original.signingKey).value().has_value());
        QCOMPARE(countActions(*m_ours, QStringLiteral("partner.keys_rotated")), 1);
        QSqlQuery q(m_ours->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM partners WHERE replaced_at IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // the old keys stay as history
    }
};

INBEELD_TEST_MAIN(TestPartnerTrust)
#include "tst_partnertrust.moc"
