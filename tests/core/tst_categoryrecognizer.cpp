#include "core/domain/Agreement.h"
#include "core/importing/CategoryRecognizer.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

/// Category values in their common spellings; anything uncertain is refused, never guessed.
class TestCategoryRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void spellings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        const auto row
            = [](const char* value, const QString& code) { QTest::newRow(value) << QString::fromUtf8(value) << code; };
        row("Absoluut verzuim", CategoryRecognizer::Absoluut);
        row("absoluut", CategoryRecognizer::Absoluut);
        row("ABSOLUUT VERZUIM", CategoryRecognizer::Absoluut);
        row("AV", CategoryRecognizer::Absoluut);
        row(" absoluut-verzuim ", CategoryRecognizer::Absoluut);
        row("langdurig relatief verzuim", CategoryRecognizer::Langdurig);
        row("Langdurig verzuim", CategoryRecognizer::Langdurig);
        row("Langdurig (relatief) verzuim", CategoryRecognizer::Langdurig);
        row("LRV", CategoryRecognizer::Langdurig);
        row("lrv", CategoryRecognizer::Langdurig);
        row("vrijstelling 5a", CategoryRecognizer::Vrijstelling5a);
        row("5 onder a", CategoryRecognizer::Vrijstelling5a);
        row("Vrijstelling art. 5a", CategoryRecognizer::Vrijstelling5a);
        row("Vrijstelling artikel 5 onder a Leerplichtwet", CategoryRecognizer::Vrijstelling5a);
        row("Vrijstelling 5 onder a", CategoryRecognizer::Vrijstelling5a);
        row("5a", CategoryRecognizer::Vrijstelling5a);
        row("5a Lpw", CategoryRecognizer::Vrijstelling5a);
        row("vrijstelling_5a", CategoryRecognizer::Vrijstelling5a);
    }

    void spellings()
    {
        QFETCH(QString, value);
        QFETCH(QString, code);
        const auto recognised = CategoryRecognizer::recognise(value);
        QVERIFY2(recognised.has_value(), qPrintable(value));
        QCOMPARE(*recognised, code);
    }

    void neverGuesses_data()
    {
        QTest::addColumn<QString>("value");
        for (const char* v : {"", "  ", "relatief verzuim", "vrijstelling", "vrijstelling 5b", "Vrijstelling 15",
                              "thuiszitter", "verzuim", "geoorloofd verzuim", "langdurig ziek?", "5"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }

    void neverGuesses()
    {
        QFETCH(QString, value);
        QVERIFY(!CategoryRecognizer::recognise(value).has_value());
    }

    void agreementNamesAndCodes()
    {
        const Result<Agreement> agreement = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre"));
        QVERIFY(agreement);
        for (const AgreementCategory& category : agreement.value().categories()) {
            QCOMPARE(CategoryRecognizer::recognise(category.name, &agreement.value()), category.code);
            QCOMPARE(CategoryRecognizer::recognise(category.code, &agreement.value()), category.code);
        }
    }

    void unknownMessage()
    {
        QCOMPARE(CategoryRecognizer::unknownMessage(QStringLiteral("relatief verzuim")),
                 QStringLiteral("\"relatief verzuim\" is not a category of the agreement, so the row was not imported "
                                "(the program does not guess). Use absoluut verzuim, langdurig verzuim or "
                                "vrijstelling 5a in the source list."));
        QVERIFY(CategoryRecognizer::unknownMessage(QString()).startsWith(QLatin1String("The category is empty.")));
    }
};

INBEELD_TEST_MAIN(TestCategoryRecognizer)
#include "tst_categoryrecognizer.moc"
