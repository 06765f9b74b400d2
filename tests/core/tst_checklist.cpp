#include "core/sharing/Checklist.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Recipient = QStringLiteral("swv-passend-wijs");
const QDateTime Now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);

CaseRecord child(const QString& category = QStringLiteral("langdurig"))
{
    CaseRecord r;
    r.id = 12;
    r.category = category;
    r.bsn = fictitiousBsn(3);
    r.firstNames = QStringLiteral("Anaïs");
    r.prefix = QStringLiteral("van der");
    r.surname = QStringLiteral("Berg");
    r.nameKey = QStringLiteral("berg|anais");
    r.birthDate = QDate(2012, 9, 3);
    r.street = QStringLiteral("Rijnkade");
    r.houseNumber = QStringLiteral("4");
    r.postcode = QStringLiteral("6811 AB");
    r.place = QStringLiteral("Arnhem");
    r.lastSchool = QStringLiteral("Rijnpoort College");
    r.absenceStart = QDate(2026, 6, 1);
    r.absenceReason = QStringLiteral("geen passende plek");
    return r;
}

Agreement agreement()
{
    auto a = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
    return a.value();
}

/// Answers that pass every step with the agreement's defaults.
ShareAnswers complete(const Checklist& c)
{
    ShareAnswers a = c.proposal();
    a.informed = true;
    a.informedWho = QStringLiteral("parents");
    a.purposeId = QStringLiteral("suitable_place");
    a.subsidiarityReason
        = QStringLiteral("Ouders vroegen zelf om overleg; anoniem bespreken helpt niet om een plek te vinden.");
    return a;
}

QStringList keys(const QList<ChecklistIssue>& issues)
{
    QStringList list;
    for (const ChecklistIssue& i : issues)
        list << i.key;
    return list;
}

} // namespace

/// The rules of the four-step check, one by one, and the decision they lead to.
class TestChecklist : public QObject
{
    Q_OBJECT

private slots:
    void proposalIsTheAgreementDefaultAndMinimum()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        const ShareAnswers a = c.proposal();
        QCOMPARE(a.ground, QStringLiteral("public_task"));
        QCOMPARE(a.fields, (QStringList {QStringLiteral("bsn"), QStringLiteral("naw"), QStringLiteral("birth_date")}));
        QCOMPARE(c.lawArticles(a.ground), QStringList {QStringLiteral("Leerplichtwet 1969, art. 16")});
        Checklist swv(agreement(), child(), 5, QStringLiteral("rbl-midden-gelre"), Role::Swv);
        QCOMPARE(swv.lawArticles(a.ground).size(), 2);
        QVERIFY(c.lawArticles(QStringLiteral("consent")).isEmpty());
    }

    void completeAnswersDecideToShare()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        auto d = c.decide(complete(c), QStringLiteral("tester"), Now);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().outcome, ShareDecision::Outcome::Share);
        QCOMPARE(d.value().child.childKey, QStringLiteral("bsn:") + fictitiousBsn(3));
        QCOMPARE(d.value().child.recordId, 12);
        QCOMPARE(d.value().child.snapshotId, 5);
        QCOMPARE(d.value().recipient, Recipient);
        QCOMPARE(d.value().category, QStringLiteral("langdurig"));
        QCOMPARE(d.value().expiresAt, Now.addDays(30)); // decision_validity_days of the profile
        QCOMPARE(d.value().fields().size(), 3);
        QCOMPARE(d.value().lawArticles, QStringList {QStringLiteral("Leerplichtwet 1969, art. 16")});
    }

    void talkWithNotAboutNeedsAReasonWhenNotInformed()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.informed = false;
        QCOMPARE(keys(c.problems(ChecklistStep::Talk, a)), QStringList {QStringLiteral("not_informed_reason")});
        a.notInformedReason = QStringLiteral("nee");
        QVERIFY(!c.problems(ChecklistStep::Talk, a).isEmpty());
        QVERIFY(!c.decide(a, QStringLiteral("tester"), Now));
        a.notInformedReason = QStringLiteral("Informeren zou de jeugdige in gevaar brengen.");
        QVERIFY(c.problems(ChecklistStep::Talk, a).isEmpty());
        QVERIFY(c.decide(a, QStringLiteral("tester"), Now));

        a.informed = true;
        a.informedWho.clear();
        QCOMPARE(keys(c.problems(ChecklistStep::Talk, a)), QStringList {QStringLiteral("informed_who")});
    }

    void sixteenPlusShouldBeInformedThemselves()
    {
        CaseRecord older = child();
        older.birthDate = QDate(2009, 1, 1);
        Checklist c(agreement(), older, 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        QCOMPARE(keys(c.warnings(ChecklistStep::Talk, a, Now)), QStringList {QStringLiteral("informed_who")});
        a.informedWho = QStringLiteral("both");
        QVERIFY(c.warnings(ChecklistStep::Talk, a, Now).isEmpty());
    }

    void groundMustBeOneOfTheSix()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        QCOMPARE(c.grounds().size(), 6);
        ShareAnswers a = complete(c);
        a.ground = QStringLiteral("because");
        QCOMPARE(keys(c.problems(ChecklistStep::Ground, a)), QStringList {QStringLiteral("ground")});
    }

    void consentAndLegitimateInterestWarn()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        QVERIFY(c.warnings(ChecklistStep::Ground, a, Now).isEmpty());
        a.ground = QStringLiteral("consent");
        QVERIFY(c.warnings(ChecklistStep::Ground, a, Now).first().message.contains(QStringLiteral("withdrawn")));
        QVERIFY(c.problems(ChecklistStep::Ground, a).isEmpty()); // a warning, not a block
        QVERIFY(!Checklist::groundWarning(QStringLiteral("legitimate_interest")).isEmpty());
    }

    void legitimateInterestNeedsTheThreePartTest()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.ground = QStringLiteral("legitimate_interest");
        QCOMPARE(keys(c.problems(ChecklistStep::Ground, a)),
                 (QStringList {QStringLiteral("interest_legitimate"), QStringLiteral("interest_necessary"),
                               QStringLiteral("interest_outweighs")}));
        a.interestLegitimate = QStringLiteral("Veiligheid van medewerkers en medeleerlingen.");
        a.interestNecessary = QStringLiteral("Zonder naam kan de school geen maatregel nemen.");
        QCOMPARE(keys(c.problems(ChecklistStep::Ground, a)), QStringList {QStringLiteral("interest_outweighs")});
        a.interestOutweighs = QStringLiteral("Het risico voor anderen weegt zwaarder dan de inbreuk.");
        QVERIFY(c.problems(ChecklistStep::Ground, a).isEmpty());
        auto d = c.decide(a, QStringLiteral("tester"), Now);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().answers.interestOutweighs, a.interestOutweighs);
        QVERIFY(d.value().lawArticles.isEmpty());
    }

    void purposeOutsideTheAgreementWarnsAndMustBeAcknowledged()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.purposeId.clear();
        QCOMPARE(keys(c.problems(ChecklistStep::Purpose, a)), QStringList {QStringLiteral("purpose")});
        a.purposeText = QStringLiteral("Gegevens doorgeven aan de sportvereniging.");
        QCOMPARE(keys(c.warnings(ChecklistStep::Purpose, a, Now)), QStringList {QStringLiteral("purpose_text")});
        QCOMPARE(keys(c.problems(ChecklistStep::Purpose, a)),
                 QStringList {QStringLiteral("outside_agreement_acknowledged")});
        a.outsideAgreementAcknowledged = true;
        QVERIFY(c.problems(ChecklistStep::Purpose, a).isEmpty());
        a.purposeId = QStringLiteral("no_such_purpose");
        QVERIFY(!c.problems(ChecklistStep::Purpose, a).isEmpty()); // both, and unknown
        a.purposeText.clear();
        QCOMPARE(keys(c.problems(ChecklistStep::Purpose, a)), QStringList {QStringLiteral("purpose")});
    }

    void fieldsOutsideTheAgreementTableAreRefused()
    {
        Checklist c(agreement(), child(QStringLiteral("absoluut")), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.fields << QStringLiteral("absence_reason"); // langdurig only
        a.justifications.insert(QStringLiteral("absence_reason"), QStringLiteral("Nodig om de juiste hulp te vinden."));
        QVERIFY(keys(c.problems(ChecklistStep::Fields, a)).contains(QStringLiteral("field:absence_reason")));
        QVERIFY(!c.decide(a, QStringLiteral("tester"), Now));
        QStringList selectable;
        for (const AgreementField& f : c.selectableFields())
            selectable << f.id;
        QVERIFY(!selectable.contains(QStringLiteral("absence_reason")));
        a.fields = c.minimumFields();
        a.fields << QStringLiteral("passport");
        QVERIFY(keys(c.problems(ChecklistStep::Fields, a)).contains(QStringLiteral("field:passport")));
        a.fields.clear();
        QCOMPARE(keys(c.problems(ChecklistStep::Fields, a)), QStringList {QStringLiteral("fields")});
    }

    void justificationRequiredBeyondTheMinimum()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        QVERIFY(!c.needsJustification(QStringLiteral("bsn")));
        QVERIFY(c.needsJustification(QStringLiteral("last_school")));
        a.fields << QStringLiteral("last_school");
        QCOMPARE(keys(c.problems(ChecklistStep::Fields, a)), QStringList {QStringLiteral("justification:last_school")});
        a.justifications.insert(QStringLiteral("last_school"),
                                QStringLiteral("Nagaan of de school nog zorgplicht heeft."));
        QVERIFY(c.problems(ChecklistStep::Fields, a).isEmpty());
        // Deselecting below the minimum is free.
        a.fields.removeAll(QStringLiteral("naw"));
        QVERIFY(c.problems(ChecklistStep::Fields, a).isEmpty());
        a.justifications.insert(QStringLiteral("involvement"), QStringLiteral("Not selected, so not kept."));
        auto d = c.decide(a, QStringLiteral("tester"), Now);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().answers.justifications.keys(), QStringList {QStringLiteral("last_school")});
    }

    void specialCategoriesInFreeTextBlockTheStep()
    {
        CaseRecord r = child();
        r.absenceReason = QStringLiteral("Depressief, eerder opgenomen in ziekenhuis");
        Checklist c(agreement(), r, 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.fields << QStringLiteral("absence_reason");
        a.justifications.insert(QStringLiteral("absence_reason"),
                                QStringLiteral("Om de juiste ondersteuning te kiezen."));
        const auto issues = c.problems(ChecklistStep::Fields, a);
        QCOMPARE(keys(issues), QStringList {QStringLiteral("text:absence_reason")});
        QCOMPARE(issues.first().words, (QStringList {QStringLiteral("Depressief"), QStringLiteral("ziekenhuis")}));
        QVERIFY(issues.first().message.contains(QStringLiteral("Depressief, ziekenhuis")));
        QVERIFY(!c.decide(a, QStringLiteral("tester"), Now));

        // Rephrased in general terms, the wording is what will be shared.
        a.texts.insert(QStringLiteral("absence_reason"), QStringLiteral("medische redenen"));
        QVERIFY(c.problems(ChecklistStep::Fields, a).isEmpty());
        QCOMPARE(c.sharedValue(QStringLiteral("absence_reason"), a), QStringLiteral("medische redenen"));
        auto d = c.decide(a, QStringLiteral("tester"), Now);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().answers.texts.value(QStringLiteral("absence_reason")), QStringLiteral("medische redenen"));

        // Or the field is left out.
        a.texts.clear();
        a.fields.removeAll(QStringLiteral("absence_reason"));
        QVERIFY(c.problems(ChecklistStep::Fields, a).isEmpty());
    }

    void theNoteIsCheckedToo()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.note = QStringLiteral("Let op: Halt-traject loopt nog");
        QCOMPARE(keys(c.problems(ChecklistStep::Fields, a)), QStringList {QStringLiteral("note")});
        a.note = QStringLiteral("Graag contact over een passende plek");
        QVERIFY(c.problems(ChecklistStep::Fields, a).isEmpty());
    }

    void subsidiarityNeedsAReasonWhySharingIsNeeded()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.subsidiarityReason.clear();
        QCOMPARE(keys(c.problems(ChecklistStep::Subsidiarity, a)), QStringList {QStringLiteral("subsidiarity_reason")});
        QVERIFY(!c.decide(a, QStringLiteral("tester"), Now));
        QCOMPARE(Checklist::alternatives().size(), 4);
        a.alternative = QStringLiteral("carrier_pigeon");
        QCOMPARE(keys(c.problems(ChecklistStep::Subsidiarity, a)), QStringList {QStringLiteral("alternative")});
    }

    void choosingAnAlternativeEndsWithoutSharing()
    {
        CaseRecord r = child();
        r.absenceReason = QStringLiteral("autisme");
        Checklist c(agreement(), r, 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.fields << QStringLiteral("absence_reason"); // would block step 3, but nothing is shared
        a.note = QStringLiteral("proces-verbaal");
        a.subsidiarityReason.clear();
        a.alternative = QStringLiteral("anonymous");
        QVERIFY(Checklist::choosesAlternative(a));
        auto d = c.decide(a, QStringLiteral("tester"), Now);
        QVERIFY2(d, qPrintable(d.message()));
        QCOMPARE(d.value().outcome, ShareDecision::Outcome::Alternative);
        QVERIFY(d.value().fields().isEmpty());
        QVERIFY(d.value().answers.note.isEmpty());
        QVERIFY(!d.value().isInForce(Now));
    }

    void recipientMustBeAPartyOfTheAgreement()
    {
        Checklist c(agreement(), child(), 5, QStringLiteral("sportclub"), Role::Rbl);
        auto d = c.decide(complete(c), QStringLiteral("tester"), Now);
        QVERIFY(!d);
        QVERIFY(d.message().contains(QStringLiteral("swv-passend-wijs")));
    }

    void standingDecisionCoversBijlage1()
    {
        const Agreement a = agreement();
        const ShareDecision d = Checklist::standingDecision(a, Role::Rbl, QStringLiteral("tester"), Now);
        QCOMPARE(d.kind, ShareDecision::Kind::Standing);
        QCOMPARE(d.answers.ground, QStringLiteral("public_task"));
        QCOMPARE(d.answers.purposeId, QStringLiteral("in_view"));
        QVERIFY(d.answers.subsidiarityReason.contains(QStringLiteral("aantallen")));
        QVERIFY(!d.expiresAt.isValid());
        QVERIFY(d.isInForce(Now.addYears(1)));
        QVERIFY(d.fieldsByCategory.value(QStringLiteral("langdurig")).contains(QStringLiteral("absence_reason")));
        QVERIFY(!d.fieldsByCategory.value(QStringLiteral("absoluut")).contains(QStringLiteral("absence_reason")));
        QCOMPARE(d.missingFields({QStringLiteral("absence_reason")}, QStringLiteral("vrijstelling_5a")),
                 QStringList {QStringLiteral("absence_reason")});
    }

    void answersRoundTripThroughJson()
    {
        Checklist c(agreement(), child(), 5, Recipient, Role::Rbl);
        ShareAnswers a = complete(c);
        a.justifications.insert(QStringLiteral("last_school"), QStringLiteral("Zorgplicht nagaan."));
        a.ground = QStringLiteral("legitimate_interest");
        a.interestLegitimate = QStringLiteral("x1");
        auto back = ShareAnswers::fromJson(a.toJson());
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back.value().toJson(), a.toJson());
        QJsonObject typo = a.toJson();
        typo.insert(QStringLiteral("fileds"), QJsonArray());
        auto refused = ShareAnswers::fromJson(typo);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("fileds")));
    }
};

INBEELD_TEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
