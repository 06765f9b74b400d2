#include "core/domain/Agreement.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace inbeeld;

/// The convenant profile as the brief states it (Bijlage 1), and refusal of broken profiles.
class TestAgreement : public QObject
{
    Q_OBJECT

private:
    static QJsonObject builtInJson()
    {
        QFile f(QStringLiteral(":/agreements/convenant-rbl-midden-gelre.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void builtInProfileLoads()
    {
        QStringList errors;
        const QList<Agreement> all = AgreementCatalog::builtIn(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(all.size(), 1);
        auto a = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
        QVERIFY(a);
        QCOMPARE(a.value().categories().size(), 3);
        QCOMPARE(a.value().parties().size(), 4);
        QCOMPARE(a.value().defaultGround(), QStringLiteral("public_task"));
        QCOMPARE(a.value().decisionValidityDays(), 30);
        QCOMPARE(a.value().endOfProcessingReasons().size(), 4);
        QVERIFY(!a.value().lawArticles(QStringLiteral("swv")).isEmpty());
        QVERIFY(!AgreementCatalog::builtIn(QStringLiteral("no-such-agreement")));
    }

    void fieldsPerCategoryFollowBijlage1_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("allowed");
        const QStringList all
            = {QStringLiteral("absoluut"), QStringLiteral("langdurig"), QStringLiteral("vrijstelling_5a")};
        for (const QString& c : all) {
            for (const char* f : {"bsn", "naw", "birth_date", "last_school"})
                QTest::addRow("%s/%s", qPrintable(c), f) << c << QString::fromLatin1(f) << true;
        }
        QTest::newRow("absoluut/absence_start") << all[0] << QStringLiteral("absence_start") << true;
        QTest::newRow("langdurig/absence_start") << all[1] << QStringLiteral("absence_start") << true;
        QTest::newRow("5a/absence_start") << all[2] << QStringLiteral("absence_start") << false;
        QTest::newRow("absoluut/absence_reason") << all[0] << QStringLiteral("absence_reason") << false;
        QTest::newRow("langdurig/absence_reason") << all[1] << QStringLiteral("absence_reason") << true;
        QTest::newRow("5a/absence_reason") << all[2] << QStringLiteral("absence_reason") << false;
        QTest::newRow("absoluut/exemption_date") << all[0] << QStringLiteral("exemption_date") << false;
        QTest::newRow("5a/exemption_date") << all[2] << QStringLiteral("exemption_date") << true;
        QTest::newRow("5a/exemption_duration") << all[2] << QStringLiteral("exemption_duration") << true;
        QTest::newRow("langdurig/exemption_duration") << all[1] << QStringLiteral("exemption_duration") << false;
        QTest::newRow("absoluut/involvement") << all[0] << QStringLiteral("involvement") << true;
        QTest::newRow("langdurig/involvement") << all[1] << QStringLiteral("involvement") << true;
        QTest::newRow("5a/involvement") << all[2] << QStringLiteral("involvement") << false;
        QTest::newRow("unknown field") << all[1] << QStringLiteral("diagnosis") << false;
    }

    void fieldsPerCategoryFollowBijlage1()
    {
        QFETCH(QString, category);
        QFETCH(QString, field);
        QFETCH(bool, allowed);
        auto a = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
        QVERIFY(a);
        QCOMPARE(a.value().allows(category, field), allowed);
        if (allowed)
            QVERIFY(!a.value().field(field)->reason.isEmpty());
    }

    void partnersAreMatchedToTheAgreementsParties_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("party");
        QTest::newRow("exact name") << "Samenwerkingsverband De Liemers"
                                    << "swv"
                                    << "swv-de-liemers";
        QTest::newRow("short form") << "SWV de Liemers"
                                    << "swv"
                                    << "swv-de-liemers";
        QTest::newRow("punctuation") << "swv passend-wijs"
                                     << "swv"
                                     << "swv-passend-wijs";
        QTest::newRow("party id") << "swv-de-verbinding"
                                  << "swv"
                                  << "swv-de-verbinding";
        QTest::newRow("only rbl") << "Leerplicht Oost"
                                  << "rbl"
                                  << "rbl-midden-gelre";
        QTest::newRow("unknown swv") << "SWV Zuid"
                                     << "swv"
                                     << "";
        QTest::newRow("wrong role") << "RBL De Liemers"
                                    << "rbl"
                                    << "rbl-midden-gelre";
        QTest::newRow("name of another role") << "Samenwerkingsverband De Liemers"
                                              << "rbl"
                                              << "rbl-midden-gelre";
    }

    void partnersAreMatchedToTheAgreementsParties()
    {
        QFETCH(QString, organisation);
        QFETCH(QString, role);
        QFETCH(QString, party);
        const Agreement agreement = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre")).value();
        const AgreementParty* found = agreement.partyFor(organisation, role);
        QCOMPARE(found ? found->id : QString(), party);
    }

    void brokenProfilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QJsonObject base = builtInJson();
        QVERIFY(!base.isEmpty());
        QTest::newRow("not json") << QByteArray("{ nope");
        QJsonObject o = base;
        o.remove(QStringLiteral("id"));
        QTest::newRow("no id") << QJsonDocument(o).toJson();
        o = base;
        QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
        QJsonObject f = fields.at(0).toObject();
        f.insert(QStringLiteral("reason"), QString());
        fields.replace(0, f);
        o.insert(QStringLiteral("fields"), fields);
        QTest::newRow("field without reason") << QJsonDocument(o).toJson();
        o = base;
        fields = o.value(QStringLiteral("fields")).toArray();
        f = fields.at(1).toObject();
        f.insert(QStringLiteral("categories"), QJsonArray {QStringLiteral("relatief")});
        fields.replace(1, f);
        o.insert(QStringLiteral("fields"), fields);
        QTest::newRow("unknown category") << QJsonDocument(o).toJson();
        o = base;
        o.insert(QStringLiteral("default_ground"), QStringLiteral("gut_feeling"));
        QTest::newRow("unknown default ground") << QJsonDocument(o).toJson();
        o = base;
        o.insert(QStringLiteral("decision_validity_days"), 0);
        QTest::newRow("zero validity") << QJsonDocument(o).toJson();
        o = base;
        QJsonObject minimum = o.value(QStringLiteral("minimum_fields")).toObject();
        minimum.insert(QStringLiteral("absoluut"),
                       QJsonArray {QStringLiteral("bsn"), QStringLiteral("absence_reason")});
        o.insert(QStringLiteral("minimum_fields"), minimum);
        QTest::newRow("minimum field not allowed for the category") << QJsonDocument(o).toJson();
        o = base;
        o.remove(QStringLiteral("minimum_fields"));
        QTest::newRow("no minimum fields") << QJsonDocument(o).toJson();
        o = base;
        o.remove(QStringLiteral("quarterly_exchange"));
        QTest::newRow("no quarterly exchange") << QJsonDocument(o).toJson();
    }

    void sharingRulesComeFromTheProfile()
    {
        auto a = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
        QVERIFY(a);
        QCOMPARE(a.value().minimumFields(QStringLiteral("langdurig")),
                 (QStringList {QStringLiteral("bsn"), QStringLiteral("naw"), QStringLiteral("birth_date")}));
        QCOMPARE(a.value().quarterlyPurpose(), QStringLiteral("in_view"));
        QVERIFY(a.value().field(QStringLiteral("absence_reason"))->freeText);
        QVERIFY(!a.value().field(QStringLiteral("bsn"))->freeText);
        QCOMPARE(a.value().party(QStringLiteral("swv-de-liemers"))->role, QStringLiteral("swv"));
        QVERIFY(!a.value().purpose(QStringLiteral("nope")));
        QCOMPARE(a.value().legalGround(QStringLiteral("consent"))->article, QStringLiteral("AVG art. 6 lid 1 sub a"));
    }

    void brokenProfilesAreRefused()
    {
        QFETCH(QByteArray, json);
        auto r = Agreement::fromJson(json);
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::InvalidProfile);
        QVERIFY(!r.message().isEmpty());
    }
};

INBEELD_TEST_MAIN(TestAgreement)
#include "tst_agreement.moc"
