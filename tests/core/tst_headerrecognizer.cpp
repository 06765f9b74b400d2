#include "core/importing/HeaderRecognizer.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

Q_DECLARE_METATYPE(inbeeld::ImportField)

/// Column names as the usual sources write them, mapped onto fields.
class TestHeaderRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void normalise()
    {
        QCOMPARE(HeaderRecognizer::normalise(QStringLiteral(" Geb. datum ")), QStringLiteral("gebdatum"));
        QCOMPARE(HeaderRecognizer::normalise(QStringLiteral("BSN/onderwijsnummer")),
                 QStringLiteral("bsnonderwijsnummer"));
        QCOMPARE(HeaderRecognizer::normalise(QStringLiteral("Datum vrijstelling (Art. 5a)")),
                 QStringLiteral("datumvrijstellingart5a"));
        QCOMPARE(HeaderRecognizer::normalise(QStringLiteral("Réden")), QStringLiteral("reden"));
    }

    void singleHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ImportField>("field");
        const auto row = [](const char* header, ImportField field) {
            QTest::newRow(header) << QString::fromUtf8(header) << field;
        };
        row("BSN", ImportField::Bsn);
        row("bsn", ImportField::Bsn);
        row("Burgerservicenummer", ImportField::Bsn);
        row("Sofinummer", ImportField::Bsn);
        row("BSN/onderwijsnummer", ImportField::Bsn);
        row("B.S.N.", ImportField::Bsn);
        row("BSN leerling", ImportField::Bsn);
        row("Onderwijsnummer", ImportField::Onderwijsnummer);
        row("Voornaam", ImportField::FirstNames);
        row("Voornamen", ImportField::FirstNames);
        row("Roepnaam", ImportField::FirstNames);
        row("Tussenvoegsel", ImportField::Prefix);
        row("Voorvoegsel", ImportField::Prefix);
        row("Achternaam", ImportField::Surname);
        row("Geslachtsnaam", ImportField::Surname);
        row("Naam", ImportField::Surname);
        row("Naam leerling", ImportField::FullName);
        row("Geboortedatum", ImportField::BirthDate);
        row("Geb. datum", ImportField::BirthDate);
        row("Geb.datum", ImportField::BirthDate);
        row("GEBOORTEDATUM LEERLING", ImportField::BirthDate);
        row("Straat", ImportField::Street);
        row("Huisnummer", ImportField::HouseNumber);
        row("Huisnr", ImportField::HouseNumber);
        row("Toevoeging", ImportField::HouseNumberAddition);
        row("Huisnummer toevoeging", ImportField::HouseNumberAddition);
        row("Adres", ImportField::Address);
        row("Postcode", ImportField::Postcode);
        row("Woonplaats", ImportField::Place);
        row("Plaats", ImportField::Place);
        row("School", ImportField::LastSchool);
        row("Laatst bekende school", ImportField::LastSchool);
        row("Naam school", ImportField::LastSchool);
        row("BRIN", ImportField::LastSchool);
        row("Categorie", ImportField::Category);
        row("Soort verzuim", ImportField::Category);
        row("Soort", ImportField::Category);
        row("Startdatum verzuim", ImportField::AbsenceStart);
        row("Datum start verzuim", ImportField::AbsenceStart);
        row("Verzuim sinds", ImportField::AbsenceStart);
        row("Startdatum verzuim leerling", ImportField::AbsenceStart);
        row("Reden", ImportField::AbsenceReason);
        row("Reden verzuim", ImportField::AbsenceReason);
        row("Toelichting", ImportField::AbsenceReason);
        row("Datum vrijstelling", ImportField::ExemptionDate);
        row("Vrijstelling per", ImportField::ExemptionDate);
        row("Duur vrijstelling", ImportField::ExemptionDuration);
        row("Vrijstelling tot", ImportField::ExemptionDuration);
        row("Betrokkenheid", ImportField::Involvement);
        row("Betrokkenheid RBL/SWV", ImportField::Involvement);
    }

    void singleHeaders()
    {
        QFETCH(QString, header);
        QFETCH(ImportField, field);
        const auto recognised = HeaderRecognizer::recogniseHeader(header);
        QVERIFY2(recognised.has_value(), qPrintable(header));
        QCOMPARE(*recognised, field);
    }

    void unknownAndForeignHeaders_data()
    {
        QTest::addColumn<QString>("header");
        for (const char* h : {"Opmerking", "Klas", "Mentor", "E-mailadres", "Telefoon ouder", "BSN ouder",
                              "Naam verzorger", "Adres ouder/verzorger", "Schooljaar", "", "   ", "Nummer"})
            QTest::newRow(h) << QString::fromUtf8(h);
    }

    void unknownAndForeignHeaders()
    {
        QFETCH(QString, header);
        QVERIFY(!HeaderRecognizer::recogniseHeader(header).has_value());
    }

    void wholeRowWithSeparateNames()
    {
        const QStringList headers
            = {QStringLiteral("BSN"),           QStringLiteral("Roepnaam"),      QStringLiteral("Voornamen"),
               QStringLiteral("Tussenvoegsel"), QStringLiteral("Naam"),          QStringLiteral("Geb. datum"),
               QStringLiteral("Opmerking"),     QStringLiteral("Soort verzuim"), QStringLiteral("Telefoon ouder")};
        const HeaderRecognition r = HeaderRecognizer::recognise(headers);
        QCOMPARE(r.mapping.field(0), ImportField::Bsn);
        QCOMPARE(r.mapping.field(1), ImportField::None); // Voornamen wins over Roepnaam
        QCOMPARE(r.mapping.field(2), ImportField::FirstNames);
        QCOMPARE(r.mapping.field(3), ImportField::Prefix);
        QCOMPARE(r.mapping.field(4), ImportField::Surname); // next to first names: the surname
        QCOMPARE(r.mapping.field(5), ImportField::BirthDate);
        QCOMPARE(r.mapping.field(7), ImportField::Category);
        QCOMPARE(r.unmapped, (QList<int> {1, 6, 8}));
        QVERIFY(r.isComplete());
    }

    void loneNaamIsTheFullName()
    {
        const HeaderRecognition r = HeaderRecognizer::recognise(
            {QStringLiteral("Naam"), QStringLiteral("Geboortedatum"), QStringLiteral("Categorie")});
        QCOMPARE(r.mapping.field(0), ImportField::FullName);
        QVERIFY(r.isComplete()); // name and date of birth identify the child
    }

    void addressColumnOrStreetAndNumber()
    {
        const HeaderRecognition both = HeaderRecognizer::recognise(
            {QStringLiteral("Adres"), QStringLiteral("Straat"), QStringLiteral("Huisnummer")});
        QCOMPARE(both.mapping.field(0), ImportField::None);
        QCOMPARE(both.mapping.field(1), ImportField::Street);
        const HeaderRecognition one = HeaderRecognizer::recognise({QStringLiteral("Woonadres")});
        QCOMPARE(one.mapping.field(0), ImportField::Address);
    }

    void missingRequired()
    {
        const HeaderRecognition noCategory = HeaderRecognizer::recognise({QStringLiteral("BSN")});
        QCOMPARE(noCategory.missingRequired, QList<ImportField> {ImportField::Category});
        QVERIFY(noCategory.mapping.missingRequiredMessage(false).contains(QLatin1String("category")));
        QVERIFY(HeaderRecognizer::recognise({QStringLiteral("BSN")}, true).isComplete());

        const HeaderRecognition noIdentity
            = HeaderRecognizer::recognise({QStringLiteral("Achternaam"), QStringLiteral("Categorie")});
        QCOMPARE(noIdentity.missingRequired, QList<ImportField> {ImportField::Bsn});
        QCOMPARE(noIdentity.mapping.missingRequiredMessage(false),
                 QStringLiteral("The columns of this file are not complete: no column holds the BSN or "
                                "onderwijsnummer, and there is no name and date of birth to identify children by; "
                                "map the BSN column, or the name and date-of-birth columns."));
    }
};

INBEELD_TEST_MAIN(TestHeaderRecognizer)
#include "tst_headerrecognizer.moc"
