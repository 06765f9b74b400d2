// The area rule: each partner receives only the children it is responsible for. Per child (by
// school list, place, postcode and age) and end to end with the demo lists: the RBL's quarterly
// package to SWV De Liemers holds only the children of Duiven, Westervoort and Zevenaar.

#include "core/demo/DemoLists.h"
#include "core/exchange/AreaAssignment.h"
#include "core/exchange/AreaSettings.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/Importer.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Snapshots.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("werkgebied wachtwoord 5512");
const QDate Peildatum(2026, 9, 30);
const QDateTime Now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);

const AgreementParty& partyNamed(const Agreement& a, const QString& id)
{
    static QList<AgreementParty> parties;
    parties = a.parties();
    for (const AgreementParty& p : std::as_const(parties)) {
        if (p.id == id)
            return p;
    }
    return parties.first();
}

CaseRecord child(const QString& place, const QString& postcode, const QDate& birth, const QString& school = {})
{
    CaseRecord r = sharingChild(1);
    r.place = place;
    r.postcode = postcode;
    r.birthDate = birth;
    r.lastSchool = school;
    return r;
}

Werkgebied defaults(const Agreement& a)
{
    Werkgebied w;
    w.profile = a.area();
    w.parties = a.area().parties();
    w.sectorAge = a.area().sectorAge();
    return w;
}

} // namespace

class TestAreaAssignment : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;

    std::unique_ptr<Store> newStore(Role role, const QString& name)
    {
        return createTestStore(m_dir->filePath(QStringLiteral("s%1.inbeeld").arg(++m_counter)), Pass,
                               testOrganisation(role, name));
    }

    static Partner pin(Store& at, Store& partner)
    {
        const IdentityCard card = Identity::load(partner).value().card(partner.organisation());
        return PartnerTrust(at)
            .add(card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone})
            .value();
    }

    void importList(Store& store, const QByteArray& csv)
    {
        const QString file = m_dir->filePath(QStringLiteral("lijst%1.csv").arg(++m_counter));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        ImportOptions o;
        o.today = QDate(2026, 10, 15);
        o.peildatum = Peildatum;
        auto report = Importer(store).run(file, o);
        QVERIFY2(report, qPrintable(report.message()));
    }

    static void decideStanding(Store& store)
    {
        auto standing = DecisionStore(store).recordStanding(builtInAgreement(), store.organisation().role, Now);
        QVERIFY2(standing, qPrintable(standing.message()));
    }

    // The places of the records of the snapshot a package became at its recipient.
    QList<CaseRecord> received(Store& at, const QString& file)
    {
        auto opened = PackageReader(at).open(file, Now);
        if (!opened) {
            qWarning("%s", qPrintable(opened.message()));
            return {};
        }
        return Snapshots::records(at, opened.value().snapshotId).value();
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void assignsByPlacePostcodeAndAge()
    {
        const Agreement a = builtInAgreement();
        const AreaAssignment area(a, defaults(a), Peildatum);
        const AgreementParty& liemers = partyNamed(a, QStringLiteral("swv-de-liemers"));
        const AgreementParty& wijs = partyNamed(a, QStringLiteral("swv-passend-wijs"));
        const AgreementParty& verbinding = partyNamed(a, QStringLiteral("swv-de-verbinding"));
        const QDate eleven(2015, 3, 1), twelve(2014, 9, 30), thirteen(2013, 1, 1);

        QCOMPARE(area.verdict(child(QStringLiteral("Duiven"), {}, eleven), liemers).outcome,
                 AreaVerdict::Outcome::Send);
        // A village is found in its municipality; the postcode when there is no place.
        QCOMPARE(area.municipalityOf(child(QStringLiteral("Velp"), {}, eleven)), QStringLiteral("Rheden"));
        QCOMPARE(area.municipalityOf(child({}, QStringLiteral("6921 AB"), eleven)), QStringLiteral("Duiven"));
        QCOMPARE(area.verdict(child({}, QStringLiteral("6903 XK"), eleven), liemers).outcome,
                 AreaVerdict::Outcome::Send);
        // Arnhem: PO below 12 to Passend Wijs, VO from 12 (on the peildatum) to De Verbinding.
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, eleven), wijs).outcome, AreaVerdict::Outcome::Send);
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, eleven), verbinding).outcome,
                 AreaVerdict::Outcome::StaysHome);
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, twelve), verbinding).outcome,
                 AreaVerdict::Outcome::Send);
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, thirteen), liemers).outcome,
                 AreaVerdict::Outcome::StaysHome);
        // No partnership for Lingewaard, no birth date where the sector decides, no address: nobody.
        QCOMPARE(area.verdict(child(QStringLiteral("Huissen"), {}, eleven), liemers).outcome,
                 AreaVerdict::Outcome::Unassignable);
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, {}), wijs).outcome,
                 AreaVerdict::Outcome::Unassignable);
        QCOMPARE(area.verdict(child({}, {}, eleven), wijs).outcome, AreaVerdict::Outcome::Unassignable);
        // The RBL covers all nine municipalities, not a child living elsewhere.
        const AgreementParty& rbl = partyNamed(a, QStringLiteral("rbl-midden-gelre"));
        QCOMPARE(area.verdict(child(QStringLiteral("Huissen"), {}, eleven), rbl).outcome, AreaVerdict::Outcome::Send);
        QCOMPARE(area.verdict(child(QStringLiteral("Nijmegen"), QStringLiteral("6511 AB"), eleven), rbl).outcome,
                 AreaVerdict::Outcome::StaysHome);
    }

    void schoolListComesFirst()
    {
        const Agreement a = builtInAgreement();
        Werkgebied w = defaults(a);
        w.schools.append(
            {1, QStringLiteral("Liemers Vakcollege"), QStringLiteral("12AB"), QStringLiteral("swv-de-liemers")});
        const AreaAssignment area(a, w, Peildatum);
        const AgreementParty& liemers = partyNamed(a, QStringLiteral("swv-de-liemers"));
        // Lives in Arnhem, but the school list says the last school is De Liemers'.
        QCOMPARE(area.verdict(child(QStringLiteral("Arnhem"), {}, QDate(2012, 1, 1),
                                    QStringLiteral("Liemers "
                                                   "vakcollege")),
                              liemers)
                     .outcome,
                 AreaVerdict::Outcome::Send);
        QCOMPARE(area.partyOfSchool(QStringLiteral("12AB00 Een andere naam")), QStringLiteral("swv-de-liemers"));
        QVERIFY(area.partyOfSchool(QStringLiteral("Rijnpoort College")).isEmpty());
    }

    void settingsAreStoredAndAudited()
    {
        auto store = newStore(Role::Rbl, QStringLiteral("RBL Midden-Gelre"));
        QVERIFY(store);
        const Agreement a = builtInAgreement();
        AreaSettings settings(*store);
        QVERIFY(settings.setParty(a,
                                  {QStringLiteral("swv-de-liemers"),
                                   Sector::Both,
                                   {QStringLiteral("duiven"), QStringLiteral("Lingewaard")}}));
        QVERIFY(!settings.setParty(a, {QStringLiteral("swv-de-liemers"), Sector::Both, {QStringLiteral("Utrecht")}}));
        QVERIFY(settings.setSectorAge(13));
        auto imported = settings.importSchools(
            a,
            QByteArray("School;BRIN;SWV\r\nLiemers Vakcollege;12AB;SWV De Liemers\r\nRijnpoort College;;"
                       "swv-de-verbinding\r\n"));
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported.value(), 2);
        QVERIFY(!settings.importSchools(a, QByteArray("School;SWV\r\nX;SWV Onbekend\r\n")));
        const Werkgebied w = settings.load(a).value();
        QCOMPARE(w.parties.value(QStringLiteral("swv-de-liemers")).municipalities,
                 (QStringList {QStringLiteral("Duiven"), QStringLiteral("Lingewaard")}));
        QVERIFY(w.edited.contains(QStringLiteral("swv-de-liemers")));
        QCOMPARE(w.sectorAge, 13);
        QCOMPARE(w.schools.size(), 2); // the failed import changed nothing
        auto entries = store->audit().entries();
        QVERIFY(entries);
        QStringList actions;
        for (const auto& e : entries.value())
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("area.party_changed")));
        QVERIFY(actions.contains(QStringLiteral("area.schools_imported")));
    }

    void rblSendsDeLiemersOnlyItsChildren()
    {
        auto rbl = newStore(Role::Rbl, QStringLiteral("RBL Midden-Gelre"));
        auto swv = newStore(Role::Swv, QStringLiteral("SWV De Liemers"));
        QVERIFY(rbl && swv);
        const Partner swvAtRbl = pin(*rbl, *swv);
        pin(*swv, *rbl);
        importList(*rbl, DemoLists::ourList(Peildatum));
        decideStanding(*rbl);

        auto plan
            = PackageWriter(*rbl).plan({swvAtRbl, PackageKind::Quarterly, QStringLiteral("2026Q3"), {}, {}, {}}, Now);
        QVERIFY2(plan, qPrintable(plan.message()));
        qint64 sent = 0, home = 0;
        for (const AreaTally& t : plan.value().area) {
            sent += t.sent;
            for (qint64 n : t.staysHome)
                home += n;
        }
        QVERIFY(sent > 0);
        QVERIFY(home > sent); // most of the region is not De Liemers'
        QVERIFY(!plan.value().unassigned.isEmpty()); // Lingewaard and Overbetuwe have no partnership
        QVERIFY(!plan.value().areaRule.isEmpty());

        const QString file = m_dir->filePath(QStringLiteral("liemers.inbeeld"));
        auto written = PackageWriter(*rbl).write(plan.value().request, file, Now);
        QVERIFY2(written, qPrintable(written.message()));
        const QList<CaseRecord> records = received(*swv, file);
        QCOMPARE(qint64(records.size()), sent);
        const QSet<QString> liemers {QStringLiteral("Duiven"), QStringLiteral("Westervoort"),
                                     QStringLiteral("Zevenaar")};
        for (const CaseRecord& r : records)
            QVERIFY2(liemers.contains(r.place), qPrintable(r.place));

        // A child nobody could be named for goes out once the user assigns it to this partner.
        const UnassignedChild first = plan.value().unassigned.first();
        PackageRequest request = plan.value().request;
        request.assigned = {first.childKey};
        auto withOne = PackageWriter(*rbl).plan(request, Now);
        QVERIFY(withOne);
        qint64 sentNow = 0;
        for (const AreaTally& t : withOne.value().area)
            sentNow += t.sent;
        QCOMPARE(sentNow, sent + 1);
    }

    void swvSendsTheRblAllButChildrenOutsideTheRegion()
    {
        auto rbl = newStore(Role::Rbl, QStringLiteral("RBL Midden-Gelre"));
        auto swv = newStore(Role::Swv, QStringLiteral("SWV De Liemers"));
        QVERIFY(rbl && swv);
        pin(*rbl, *swv);
        const Partner rblAtSwv = pin(*swv, *rbl);
        QByteArray list = DemoLists::theirList(Peildatum);
        importList(*swv, list);
        decideStanding(*swv);
        const qint64 all = Snapshots::records(*swv, Snapshots::list(*swv).value().first().id).value().size();
        auto plan
            = PackageWriter(*swv).plan({rblAtSwv, PackageKind::Quarterly, QStringLiteral("2026Q3"), {}, {}, {}}, Now);
        QVERIFY2(plan, qPrintable(plan.message()));
        qint64 sent = 0;
        for (const AreaTally& t : plan.value().area)
            sent += t.sent;
        QCOMPARE(sent, all);
    }

    void standingDecisionStatesTheAreaRule()
    {
        auto store = newStore(Role::Rbl, QStringLiteral("RBL Midden-Gelre"));
        QVERIFY(store);
        decideStanding(*store);
        auto standing = DecisionStore(*store).standing(builtInAgreement().id());
        QVERIFY(standing && standing.value());
        QVERIFY(standing.value()->areaRule.contains(QStringLiteral("werkgebied")));
    }
};

INBEELD_TEST_MAIN(TestAreaAssignment)
#include "tst_areaassignment.moc"
