#include "core/domain/DutchDate.h"
#include "core/importing/CategoryRecognizer.h"
#include "core/importing/HeaderRecognizer.h"
#include "core/importing/RowValidator.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QStringList Headers = {
    QStringLiteral("BSN"),
    QStringLiteral("Voornaam"),
    QStringLiteral("Tussenvoegsel"),
    QStringLiteral("Achternaam"),
    QStringLiteral("Geboortedatum"),
    QStringLiteral("Postcode"),
    QStringLiteral("Woonplaats"),
    QStringLiteral("School"),
    QStringLiteral("Soort verzuim"),
    QStringLiteral("Reden verzuim"),
    QStringLiteral("Startdatum verzuim"),
    QStringLiteral("Datum vrijstelling"),
    QStringLiteral("Duur vrijstelling"),
    QStringLiteral("Betrokkenheid"),
};

const QDate Peildatum(2026, 9, 30);
const QDate Today(2026, 10, 15);

Agreement agreement()
{
    return AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre")).value();
}

RowValidator validator(const QStringList& headers = Headers, const QString& fixedCategory = {})
{
    return RowValidator(HeaderRecognizer::recognise(headers).mapping, agreement(), {Peildatum, Today, fixedCategory});
}

/// A complete langdurig row; values override cells by header.
TableRow row(const QHash<QString, QString>& values = {}, qint64 line = 14)
{
    QHash<QString, QString> v = {
        {QStringLiteral("BSN"), fictitiousBsn(0)},
        {QStringLiteral("Voornaam"), QStringLiteral("Anaïs")},
        {QStringLiteral("Tussenvoegsel"), QString()},
        {QStringLiteral("Achternaam"), QStringLiteral("van der Berg")},
        {QStringLiteral("Geboortedatum"), QStringLiteral("3-9-2012")},
        {QStringLiteral("Postcode"), QStringLiteral("6811ab")},
        {QStringLiteral("Woonplaats"), QStringLiteral("Arnhem")},
        {QStringLiteral("School"), QStringLiteral("Rijnpoort  College")},
        {QStringLiteral("Soort verzuim"), QStringLiteral("Langdurig relatief verzuim")},
        {QStringLiteral("Reden verzuim"), QStringLiteral("geen passende plek")},
        {QStringLiteral("Startdatum verzuim"), QStringLiteral("1-6-2026")},
        {QStringLiteral("Betrokkenheid"), QStringLiteral("RBL")},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        v.insert(it.key(), it.value());
    TableRow r;
    r.lineNumber = line;
    for (const QString& h : Headers)
        r.cells << v.value(h);
    return r;
}

QStringList texts(const RowOutcome& outcome)
{
    QStringList list;
    for (const ImportIssue& i : outcome.issues)
        list << i.text();
    return list;
}

const ImportIssue* issue(const RowOutcome& outcome, const QString& code)
{
    for (const ImportIssue& i : outcome.issues) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

} // namespace

/// Each validation rule, with the message the user reads.
class TestRowValidator : public QObject
{
    Q_OBJECT

private slots:
    void completeRowIsAcceptedAndNormalised()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row());
        QVERIFY2(o.issues.isEmpty(), qPrintable(texts(o).join(u'\n')));
        QVERIFY(o.record);
        const CaseRecord& r = *o.record;
        QCOMPARE(r.line, 14);
        QCOMPARE(r.category, QStringLiteral("langdurig"));
        QCOMPARE(r.bsn, fictitiousBsn(0));
        QCOMPARE(r.firstNames, QStringLiteral("Anaïs"));
        QCOMPARE(r.prefix, QStringLiteral("van der"));
        QCOMPARE(r.surname, QStringLiteral("Berg"));
        QCOMPARE(r.nameKey, QStringLiteral("berg|a"));
        QCOMPARE(r.birthDate, QDate(2012, 9, 3));
        QCOMPARE(r.postcode, QStringLiteral("6811 AB"));
        QCOMPARE(r.lastSchool, QStringLiteral("Rijnpoort College"));
        QCOMPARE(r.absenceStart, QDate(2026, 6, 1));
        QCOMPARE(r.absenceReason, QStringLiteral("geen passende plek"));
        QCOMPARE(r.involvement, QStringLiteral("RBL"));
    }

    void bsnFailingTheElfproefRejectsTheRow()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), failingBsn(0)}}));
        QVERIFY(o.rejected);
        QVERIFY(!o.record);
        QCOMPARE(o.issues.size(), 1);
        QCOMPARE(o.issues[0].code, QStringLiteral("identifier_invalid"));
        QCOMPARE(o.issues[0].column, QStringLiteral("BSN"));
        QCOMPARE(o.issues[0].value, failingBsn(0));
        QCOMPARE(o.issues[0].text(),
                 QStringLiteral("Line 14, column BSN: %1 fails the elfproef (the check for typing errors), so it is "
                                "neither a BSN nor an onderwijsnummer. Check the number in the source list.")
                     .arg(failingBsn(0)));
    }

    void bsnOfEightDigitsGetsItsLeadingZero()
    {
        // A nine-digit number starting with 0 that passes the elfproef, as a spreadsheet shows it.
        QString nine;
        for (int n = 99990000;; ++n) {
            nine = QStringLiteral("0") + QString::number(n);
            if (Bsn::passesElfproef(nine))
                break;
        }
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), nine.mid(1)}}));
        QVERIFY(o.record);
        QCOMPARE(o.record->bsn, nine);
    }

    void otherBadNumbers()
    {
        RowValidator v = validator();
        RowOutcome o = v.validate(row({{QStringLiteral("BSN"), QStringLiteral("12345")}}));
        QCOMPARE(o.issues.value(0).text(),
                 QStringLiteral("Line 14, column BSN: 12345 has 5 digits; a BSN or onderwijsnummer has nine (eight "
                                "when the leading zero was dropped). Check the number in the source list."));
        o = v.validate(row({{QStringLiteral("BSN"), QStringLiteral("9999x0019")}}));
        QVERIFY(o.rejected);
        QVERIFY(o.issues.value(0).message.contains(QLatin1String("other characters than digits")));
    }

    void onderwijsnummerIsRecognised()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), fictitiousOnderwijsnummer(0)}}));
        QVERIFY(o.record);
        QCOMPARE(o.record->onderwijsnummer, fictitiousOnderwijsnummer(0));
        QVERIFY(o.record->bsn.isEmpty());

        // In its own column too.
        QStringList headers = Headers;
        headers[0] = QStringLiteral("Onderwijsnummer");
        RowValidator own = validator(headers);
        const RowOutcome p = own.validate(row({{QStringLiteral("BSN"), fictitiousOnderwijsnummer(1)}}));
        QVERIFY(p.record);
        QCOMPARE(p.record->onderwijsnummer, fictitiousOnderwijsnummer(1));
    }

    void missingNumberWithNameAndBirthDateIsAWarning()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), QString()}}));
        QVERIFY(!o.rejected);
        QVERIFY(o.record);
        const ImportIssue* w = issue(o, QStringLiteral("identifier_missing"));
        QVERIFY(w);
        QVERIFY(!w->isError());
        QCOMPARE(w->text(),
                 QStringLiteral("Line 14: There is no BSN or onderwijsnummer. The row is imported, and matching will "
                                "treat it as \"probable\" (by name and date of birth). Add the number in the source "
                                "list if it is known."));
    }

    void missingNumberWithoutBirthDateRejects()
    {
        RowValidator v = validator();
        const RowOutcome o
            = v.validate(row({{QStringLiteral("BSN"), QString()}, {QStringLiteral("Geboortedatum"), QString()}}));
        QVERIFY(o.rejected);
        QCOMPARE(o.issues.value(0).code, QStringLiteral("identity_missing"));
        QCOMPARE(o.issues.value(0).text(),
                 QStringLiteral("Line 14: There is no BSN or onderwijsnummer, and no name with a date of birth, so "
                                "the child cannot be identified. Fill in the BSN, or the name and date of birth, in "
                                "the source list."));
    }

    void impossibleDateRejects()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("31-2-2012")}}));
        QVERIFY(o.rejected);
        QCOMPARE(o.issues.value(0).code, QStringLiteral("date_invalid"));
        QCOMPARE(o.issues.value(0).column, QStringLiteral("Geboortedatum"));
        QCOMPARE(o.issues.value(0).text(),
                 QStringLiteral("Line 14, column Geboortedatum: The date \"31-2-2012\" is not valid: February 2012 "
                                "has 29 days. Write dates like 3-9-2026, 03-09-2026 or 2026-09-03."));
        const RowOutcome start
            = v.validate(row({{QStringLiteral("Startdatum verzuim"), QStringLiteral("2026-13-01")}}));
        QVERIFY(start.rejected);
        QCOMPARE(start.issues.value(0).column, QStringLiteral("Startdatum verzuim"));
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("d-m-yyyy") << QStringLiteral("3-9-2012");
        QTest::newRow("dd-mm-yyyy") << QStringLiteral("03-09-2012");
        QTest::newRow("yyyy-mm-dd") << QStringLiteral("2012-09-03");
        QTest::newRow("d/m/yyyy") << QStringLiteral("3/9/2012");
        QTest::newRow("excel serial") << QString::number(DutchDate::toExcelSerial(QDate(2012, 9, 3)));
    }

    void dateFormats()
    {
        QFETCH(QString, text);
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("Geboortedatum"), text}}));
        QVERIFY(o.record);
        QCOMPARE(o.record->birthDate, QDate(2012, 9, 3));
    }

    void birthDateAfterPeildatumRejects()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("1-10-2026")}}));
        QVERIFY(o.rejected);
        QCOMPARE(o.issues.value(0).text(),
                 QStringLiteral("Line 14, column Geboortedatum: The date of birth 1-10-2026 lies after the peildatum "
                                "of the list (30-9-2026), which is impossible. Check the date in the source list."));
    }

    void ageOutsideFourToTwentyThreeIsWarned()
    {
        RowValidator v = validator();
        const RowOutcome old = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("1-9-2002")}}));
        QVERIFY(old.record);
        const ImportIssue* w = issue(old, QStringLiteral("age_out_of_range"));
        QVERIFY(w);
        QCOMPARE(w->text(),
                 QStringLiteral("Line 14, column Geboortedatum: With date of birth 1-9-2002 the child is 24 years old "
                                "on the peildatum (30-9-2026), outside the ages of 4 to 23 that the agreement is "
                                "about. Check the date of birth in the source list."));
        const RowOutcome young = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("1-10-2022")},
                                                 {QStringLiteral("BSN"), fictitiousBsn(1)}}));
        QVERIFY(young.record);
        QVERIFY(issue(young, QStringLiteral("age_out_of_range")));
        // The edges are fine: 4 and 23 years old on the peildatum.
        const RowOutcome four = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("30-9-2022")},
                                                {QStringLiteral("BSN"), fictitiousBsn(2)}}));
        QVERIFY(!issue(four, QStringLiteral("age_out_of_range")));
        const RowOutcome adult = v.validate(row({{QStringLiteral("Geboortedatum"), QStringLiteral("1-10-2002")},
                                                 {QStringLiteral("BSN"), fictitiousBsn(3)}}));
        QVERIFY(!issue(adult, QStringLiteral("age_out_of_range")));
    }

    void futureAbsenceStartIsWarned()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("Startdatum verzuim"), QStringLiteral("3-11-2026")}}));
        QVERIFY(o.record);
        QCOMPARE(o.record->absenceStart, QDate(2026, 11, 3));
        const ImportIssue* w = issue(o, QStringLiteral("absence_start_future"));
        QVERIFY(w);
        QCOMPARE(w->text(),
                 QStringLiteral("Line 14, column Startdatum verzuim: The absence starts on 3-11-2026, which "
                                "is after today. Check the date in the source list; the row is imported "
                                "as it is."));
    }

    void invalidPostcodeIsWarnedAndLeftOut()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("Postcode"), QStringLiteral("0811 AB")}}));
        QVERIFY(o.record);
        QVERIFY(o.record->postcode.isEmpty());
        const ImportIssue* w = issue(o, QStringLiteral("postcode_invalid"));
        QVERIFY(w);
        QCOMPARE(w->text(),
                 QStringLiteral("Line 14, column Postcode: The postcode \"0811 AB\" is not valid: a postcode "
                                "does not start with 0. Check the address in the source list. The row is "
                                "imported without the postcode."));
    }

    void namesAreSplit()
    {
        RowValidator v = validator();
        RowOutcome o = v.validate(row({{QStringLiteral("Achternaam"), QStringLiteral("Berg, van der")}}));
        QCOMPARE(o.record->prefix, QStringLiteral("van der"));
        QCOMPARE(o.record->surname, QStringLiteral("Berg"));
        o = v.validate(row(
            {{QStringLiteral("Achternaam"), QStringLiteral("Berg v.d.")}, {QStringLiteral("BSN"), fictitiousBsn(1)}}));
        QCOMPARE(o.record->prefix, QStringLiteral("v.d."));
        QCOMPARE(o.record->surname, QStringLiteral("Berg"));

        // One column with the whole name.
        const QStringList headers = {QStringLiteral("BSN"), QStringLiteral("Naam leerling"),
                                     QStringLiteral("Geb. datum"), QStringLiteral("Categorie")};
        RowValidator full = validator(headers);
        TableRow r {7,
                    {fictitiousBsn(0), QStringLiteral("Özdemir-Çelik, Elif"), QStringLiteral("1-2-2011"),
                     QStringLiteral("LRV")}};
        o = full.validate(r);
        QVERIFY(o.record);
        QCOMPARE(o.record->firstNames, QStringLiteral("Elif"));
        QCOMPARE(o.record->surname, QStringLiteral("Özdemir-Çelik")); // diacritics kept
        QCOMPARE(o.record->nameKey, QStringLiteral("ozdemircelik|e"));
    }

    void nameMissingWithoutNumberRejects()
    {
        RowValidator v = validator();
        const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), QString()},
                                             {QStringLiteral("Voornaam"), QStringLiteral("Jan")},
                                             {QStringLiteral("Achternaam"), QString()}}));
        QVERIFY(o.rejected);
        const ImportIssue* e = issue(o, QStringLiteral("name_invalid"));
        QVERIFY(e);
        QVERIFY(e->message.contains(QLatin1String("surname is missing")));
    }

    void categoryMustBeKnown()
    {
        RowValidator v = validator();
        RowOutcome o = v.validate(row({{QStringLiteral("Soort verzuim"), QStringLiteral("relatief verzuim")}}));
        QVERIFY(o.rejected);
        QCOMPARE(o.issues.value(0).code, QStringLiteral("category_unknown"));
        QCOMPARE(o.issues.value(0).text(),
                 QStringLiteral("Line 14, column Soort verzuim: \"relatief verzuim\" is not a category of the "
                                "agreement, so the row was not imported (the program does not guess). Use absoluut "
                                "verzuim, langdurig verzuim or vrijstelling 5a in the source list."));
        o = v.validate(row({{QStringLiteral("Soort verzuim"), QString()}}));
        QVERIFY(o.rejected);
        QCOMPARE(o.issues.value(0).code, QStringLiteral("category_missing"));
        // All problems of a rejected row are listed at once.
        o = v.validate(
            row({{QStringLiteral("Soort verzuim"), QStringLiteral("?")}, {QStringLiteral("BSN"), failingBsn(2)}}));
        QCOMPARE(o.issues.size(), 2);
    }

    void fixedCategoryForTheWholeFile()
    {
        const QStringList headers = {QStringLiteral("BSN"), QStringLiteral("Naam"), QStringLiteral("Reden")};
        RowValidator v = validator(headers, CategoryRecognizer::Absoluut);
        const RowOutcome o = v.validate({3, {fictitiousBsn(0), QStringLiteral("Jan Jansen"), QStringLiteral("ziek")}});
        QVERIFY(o.record);
        QCOMPARE(o.record->category, QStringLiteral("absoluut"));
        QVERIFY(o.record->absenceReason.isEmpty()); // not allowed for absoluut verzuim
    }

    void fieldsTheAgreementDoesNotAllowAreLeftOut()
    {
        RowValidator v = validator();
        // Absoluut verzuim: no reason, no exemption fields.
        for (int i = 0; i < 12; ++i) {
            const RowOutcome o = v.validate(row({{QStringLiteral("BSN"), fictitiousBsn(i)},
                                                 {QStringLiteral("Soort verzuim"), QStringLiteral("Absoluut verzuim")},
                                                 {QStringLiteral("Reden verzuim"), QStringLiteral("medische redenen")}},
                                                20 + i));
            QVERIFY(o.record);
            QVERIFY(o.record->absenceReason.isEmpty());
            QCOMPARE(o.record->absenceStart, QDate(2026, 6, 1));
            QCOMPARE(o.record->involvement, QStringLiteral("RBL"));
        }
        // Vrijstelling 5a: exemption fields kept, absence start, reason and involvement left out (and
        // not even checked: an invalid start date does not reject the row).
        const RowOutcome five = v.validate(row({{QStringLiteral("BSN"), fictitiousBsn(40)},
                                                {QStringLiteral("Soort verzuim"), QStringLiteral("5 onder a")},
                                                {QStringLiteral("Startdatum verzuim"), QStringLiteral("99-99-2026")},
                                                {QStringLiteral("Datum vrijstelling"), QStringLiteral("1-8-2026")},
                                                {QStringLiteral("Duur vrijstelling"), QStringLiteral("31-7-2027")}},
                                               40));
        QVERIFY2(five.record, qPrintable(texts(five).join(u'\n')));
        QVERIFY(five.record->absenceStart.isNull());
        QVERIFY(five.record->absenceReason.isEmpty());
        QVERIFY(five.record->involvement.isEmpty());
        QCOMPARE(five.record->exemptionDate, QDate(2026, 8, 1));
        QCOMPARE(five.record->exemptionDuration, QStringLiteral("2027-07-31"));

        const QList<LeftOutColumn> left = v.leftOutColumns();
        QStringList messages;
        for (const LeftOutColumn& l : left)
            messages << l.message();
        QVERIFY2(messages.contains(QStringLiteral("Reden verzuim left out for 12 rows of category absoluut verzuim: "
                                                  "the agreement does not allow it.")),
                 qPrintable(messages.join(u'\n')));
        QCOMPARE(left.size(), 4); // reason for absoluut; start, reason, involvement for 5a
        QCOMPARE(left.first().header, QStringLiteral("Reden verzuim"));
        QCOMPARE(left.first().field, ImportField::AbsenceReason);
        QCOMPARE(left.first().category, QStringLiteral("absoluut"));
        QCOMPARE(left.first().rows, 12);
    }

    void duplicatesAreReportedOnceAndNotStoredTwice()
    {
        RowValidator v = validator();
        const RowOutcome first = v.validate(row({}, 14));
        QVERIFY(first.record);
        const RowOutcome again = v.validate(row({{QStringLiteral("School"), QStringLiteral("Andere school")}}, 20));
        QVERIFY(again.duplicate);
        QVERIFY(!again.rejected);
        QVERIFY(!again.record);
        QCOMPARE(again.issues.size(), 1);
        QCOMPARE(again.issues[0].text(),
                 QStringLiteral("Line 20: This row repeats line 14 (same BSN %1, same category), so it was not stored "
                                "a second time. Remove the double row from the source list.")
                     .arg(fictitiousBsn(0)));
        // Same child in another category: a record of its own.
        const RowOutcome other = v.validate(row({{QStringLiteral("Soort verzuim"), QStringLiteral("AV")}}, 21));
        QVERIFY(other.record);
        // Without a number: by name and date of birth.
        const RowOutcome a = v.validate(row({{QStringLiteral("BSN"), QString()}}, 30));
        const RowOutcome b = v.validate(row({{QStringLiteral("BSN"), QString()}}, 31));
        QVERIFY(a.record);
        QVERIFY(b.duplicate);
        QVERIFY(b.issues.last().message.contains(QLatin1String("line 30")));
    }

    void addressColumnsAreCombined()
    {
        const QStringList headers = {QStringLiteral("BSN"), QStringLiteral("Categorie"), QStringLiteral("Adres"),
                                     QStringLiteral("Woonplaats")};
        RowValidator v = validator(headers);
        RowOutcome o = v.validate({2,
                                   {fictitiousBsn(0), QStringLiteral("LRV"),
                                    QStringLiteral("2e Boerhaavestraat 5 hs, 6821 AB Arnhem"), QString()}});
        QVERIFY(o.record);
        QCOMPARE(o.record->street, QStringLiteral("2e Boerhaavestraat"));
        QCOMPARE(o.record->houseNumber, QStringLiteral("5 hs"));
        QCOMPARE(o.record->postcode, QStringLiteral("6821 AB"));
        QCOMPARE(o.record->place, QStringLiteral("Arnhem"));

        const QStringList split = {QStringLiteral("BSN"), QStringLiteral("Categorie"), QStringLiteral("Straat"),
                                   QStringLiteral("Huisnr"), QStringLiteral("Toevoeging")};
        RowValidator w = validator(split);
        o = w.validate({2,
                        {fictitiousBsn(0), QStringLiteral("LRV"), QStringLiteral("Dorpsstraat"), QStringLiteral("12"),
                         QStringLiteral("a")}});
        QCOMPARE(o.record->houseNumber, QStringLiteral("12a"));
        o = w.validate({3,
                        {fictitiousBsn(1), QStringLiteral("LRV"), QStringLiteral("Dorpsstraat"), QStringLiteral("12"),
                         QStringLiteral("bis")}});
        QCOMPARE(o.record->houseNumber, QStringLiteral("12 bis"));
    }
};

INBEELD_TEST_MAIN(TestRowValidator)
#include "tst_rowvalidator.moc"
