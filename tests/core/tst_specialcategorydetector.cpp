#include "core/sharing/SpecialCategoryDetector.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

/// Free text about a child must not reveal special categories of personal data or police and
/// justice data before it is shared; general wording must pass, or case workers stop using it.
class TestSpecialCategoryDetector : public QObject
{
    Q_OBJECT

private slots:
    void blocksSpecialCategories_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("category");
        const auto row = [](const char* name, const char* text, const char* word, SpecialCategory c) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(word) << int(c);
        };
        // The examples the agreement and the issue name.
        row("autisme", "Thuis vanwege autisme", "autisme", SpecialCategory::Health);
        row("depressie", "Depressie sinds de zomer", "Depressie", SpecialCategory::Health);
        row("depressief", "is erg depressief", "depressief", SpecialCategory::Health);
        row("depressieve", "depressieve klachten", "depressieve", SpecialCategory::Health);
        row("ADHD", "ADHD, wacht op plek", "ADHD", SpecialCategory::Health);
        row("ADHD'er", "een ADHD'er in de klas", "ADHD'er", SpecialCategory::Health);
        row("ziekenhuis", "opgenomen in ziekenhuis", "ziekenhuis", SpecialCategory::Health);
        row("Halt-traject", "loopt een Halt-traject", "Halt-traject", SpecialCategory::Justice);
        row("proces-verbaal", "proces-verbaal opgemaakt", "proces-verbaal", SpecialCategory::Justice);
        row("proces verbaal", "er is een proces verbaal", "proces verbaal", SpecialCategory::Justice);
        row("politie", "contact met de politie", "politie", SpecialCategory::Justice);
        // Inflections and compounds.
        row("autistisch", "autistisch kind", "autistisch", SpecialCategory::Health);
        row("kinderziekenhuis", "ligt in het kinderziekenhuis", "kinderziekenhuis", SpecialCategory::Health);
        row("ziekenhuisopname", "na een ziekenhuisopname", "ziekenhuisopname", SpecialCategory::Health);
        row("angststoornis", "angststoornis", "angststoornis", SpecialCategory::Health);
        row("GGZ-instelling", "aangemeld bij een GGZ-instelling", "GGZ-instelling", SpecialCategory::Health);
        row("suïcidaal", "was suïcidaal", "suïcidaal", SpecialCategory::Health);
        row("chronisch ziek", "is chronisch ziek", "chronisch ziek", SpecialCategory::Health);
        row("haltafdoening", "haltafdoening na vernieling", "haltafdoening", SpecialCategory::Justice);
        row("politiecontact", "er was politiecontact", "politiecontact", SpecialCategory::Justice);
        row("wijkagent", "sloeg een wijkagent", "wijkagent", SpecialCategory::Justice);
        row("jeugdreclassering", "onder jeugdreclassering", "jeugdreclassering", SpecialCategory::Justice);
        row("PV", "PV wegens diefstal", "PV", SpecialCategory::Justice);
        // The other special categories.
        row("religion", "thuis om religieuze redenen", "religieuze", SpecialCategory::Religion);
        row("moslim", "moslim, vast tijdens ramadan", "moslim", SpecialCategory::Religion);
        row("ethnicity", "van Marokkaanse afkomst", "afkomst", SpecialCategory::Ethnicity);
        row("sexuality", "gepest om homoseksualiteit", "homoseksualiteit", SpecialCategory::Sexuality);
        row("politics", "politieke opvattingen ouders", "politieke", SpecialCategory::Politics);
        row("union", "vader is vakbondslid", "vakbondslid", SpecialCategory::TradeUnion);
    }
    void blocksSpecialCategories()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QFETCH(int, category);
        const QList<SpecialCategoryHit> hits = SpecialCategoryDetector::find(text);
        QVERIFY2(!hits.isEmpty(), qPrintable(text));
        QCOMPARE(hits.first().text, word);
        QCOMPARE(int(hits.first().category), category);
        QVERIFY(SpecialCategoryDetector::triggeringWords(text).contains(word));
        QVERIFY(!SpecialCategoryDetector::isClean(text));
    }

    void acceptsGeneralWording_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {
                 "medische redenen",
                 "geen passende plek",
                 "Geen passende plek gevonden; wacht op plaatsing",
                 "ziek gemeld",
                 "in behandeling, daardoor op vaste tijden afwezig",
                 "psychische gronden", // the law's own wording for exemption 5a
                 "chronisch verzuim sinds september",
                 "vervoer naar school ontbreekt",
                 "contact opgenomen met ouders",
                 "opgenomen in het rooster",
                 "staat bij de bushalte te wachten",
                 "de groep is homogeen",
                 "ouders zijn geloofwaardig",
                 "het leerproces stagneert",
                 "verbaal sterk",
                 "add to list", // lower-case English, not the diagnosis ADD
                 "verhuisd naar Duiven",
                 "",
             })
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void acceptsGeneralWording()
    {
        QFETCH(QString, text);
        const QStringList words = SpecialCategoryDetector::triggeringWords(text);
        QVERIFY2(words.isEmpty(), qPrintable(words.join(QStringLiteral(", "))));
    }

    void reportsEveryTriggeringWordOnce()
    {
        const QString text = QStringLiteral("Autisme en ADHD; eerder Halt-traject. Autisme bevestigd.");
        QCOMPARE(SpecialCategoryDetector::triggeringWords(text),
                 (QStringList {QStringLiteral("Autisme"), QStringLiteral("ADHD"), QStringLiteral("Halt-traject")}));
        const auto hits = SpecialCategoryDetector::find(text);
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(1).position, text.indexOf(QStringLiteral("ADHD")));
    }

    void namesTheCategory()
    {
        QCOMPARE(SpecialCategoryDetector::categoryName(SpecialCategory::Justice),
                 QStringLiteral("police or justice data"));
        QCOMPARE(SpecialCategoryDetector::categoryName(SpecialCategory::Health), QStringLiteral("health data"));
    }
};

INBEELD_TEST_MAIN(TestSpecialCategoryDetector)
#include "tst_specialcategorydetector.moc"
