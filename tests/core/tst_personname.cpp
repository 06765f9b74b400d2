#include "core/common/Windows1252.h"
#include "core/domain/PersonName.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

/// Names as Dutch lists write them: prefix split in every common form, double surnames,
/// diacritics kept, mojibake repaired, and match keys that ignore where the prefix went.
class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void parseOneColumn_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("surname");
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        QTest::newRow("prefix surname") << s("van der Berg") << QString() << s("van der") << s("Berg");
        QTest::newRow("surname, prefix") << s("Berg, van der") << QString() << s("van der") << s("Berg");
        QTest::newRow("surname abbreviation") << s("Berg v.d.") << QString() << s("v.d.") << s("Berg");
        QTest::newRow("surname v/d") << s("Berg v/d") << QString() << s("v/d") << s("Berg");
        QTest::newRow("surname prefix") << s("Berg van der") << QString() << s("van der") << s("Berg");
        QTest::newRow("first prefix surname") << s("Jan van der Berg") << s("Jan") << s("van der") << s("Berg");
        QTest::newRow("surname, first prefix") << s("Berg, Jan van der") << s("Jan") << s("van der") << s("Berg");
        QTest::newRow("surname prefix, first") << s("Berg van der, Jan") << s("Jan") << s("van der") << s("Berg");
        QTest::newRow("surname, first") << s("Jansen, Kees") << s("Kees") << QString() << s("Jansen");
        QTest::newRow("capital prefix") << s("Jan VAN DEN Bosch") << s("Jan") << s("van den") << s("Bosch");
        QTest::newRow("sentence start") << s("Van Dijk") << QString() << s("van") << s("Dijk");
        QTest::newRow("in 't") << s("Anaïs in 't Veld") << s("Anaïs") << s("in 't") << s("Veld");
        QTest::newRow("curly apostrophe") << s("Anaïs in ’t Veld") << s("Anaïs") << s("in 't") << s("Veld");
        QTest::newRow("'t") << s("Lotte 't Hart") << s("Lotte") << s("'t") << s("Hart");
        QTest::newRow("ter") << s("Pieter ter Horst") << s("Pieter") << s("ter") << s("Horst");
        QTest::newRow("op de") << s("Eva op de Beek") << s("Eva") << s("op de") << s("Beek");
        QTest::newRow("uit de") << s("Sara uit de Bos") << s("Sara") << s("uit de") << s("Bos");
        QTest::newRow("two first names") << s("Johannes Petrus de Vries") << s("Johannes Petrus") << s("de")
                                         << s("Vries");
        QTest::newRow("initials") << s("J.P. de Wit") << s("J.P.") << s("de") << s("Wit");
        QTest::newRow("no prefix") << s("Kees Jansen") << s("Kees") << QString() << s("Jansen");
        QTest::newRow("surname only") << s("Jansen") << QString() << QString() << s("Jansen");
        QTest::newRow("hyphenated first name") << s("Anne-Marie de Vries") << s("Anne-Marie") << s("de") << s("Vries");
        QTest::newRow("double surname") << s("Mehmet Özdemir-Çelik") << s("Mehmet") << QString() << s("Özdemir-Çelik");
        QTest::newRow("double surname with prefix")
            << s("Jan Jansen-van der Berg") << s("Jan") << QString() << s("Jansen-van der Berg");
        QTest::newRow("prefix then double surname")
            << s("Jan van Dijk-de Boer") << s("Jan") << s("van") << s("Dijk-de Boer");
        QTest::newRow("extra spaces") << s("  Jan   van  der   Berg ") << s("Jan") << s("van der") << s("Berg");
        QTest::newRow("diacritics kept") << s("Zoë Çelik") << s("Zoë") << QString() << s("Çelik");
    }
    void parseOneColumn()
    {
        QFETCH(QString, input);
        QFETCH(QString, first);
        QFETCH(QString, prefix);
        QFETCH(QString, surname);
        auto name = PersonName::parse(input);
        QVERIFY2(name, qPrintable(name.message()));
        QCOMPARE(name.value().firstNames(), first);
        QCOMPARE(name.value().prefix(), prefix);
        QCOMPARE(name.value().surname(), surname);
        QVERIFY(!name.value().repairedEncoding());
    }

    void parseRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("two commas") << QStringLiteral("Berg, Jan, Piet");
        QTest::newRow("nothing before comma") << QStringLiteral(", Jan");
        QTest::newRow("prefix on both sides") << QStringLiteral("Berg van der, Jan van");
    }
    void parseRefused()
    {
        QFETCH(QString, input);
        auto name = PersonName::parse(input);
        QVERIFY(!name);
        QCOMPARE(name.code(), Error::Code::InvalidInput);
        QVERIFY(!name.message().isEmpty());
    }

    void fromColumns_data()
    {
        QTest::addColumn<QString>("firstIn");
        QTest::addColumn<QString>("prefixIn");
        QTest::addColumn<QString>("surnameIn");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("surname");
        const QString jan = QStringLiteral("Jan");
        const QString vd = QStringLiteral("van der");
        const QString berg = QStringLiteral("Berg");
        QTest::newRow("separate") << jan << vd << berg << vd << berg;
        QTest::newRow("prefix in surname column") << jan << QString() << QStringLiteral("van der Berg") << vd << berg;
        QTest::newRow("surname, prefix") << jan << QString() << QStringLiteral("Berg, van der") << vd << berg;
        QTest::newRow("surname v.d.") << jan << QString() << QStringLiteral("Berg v.d.") << QStringLiteral("v.d.")
                                      << berg;
        QTest::newRow("upper case prefix") << jan << QStringLiteral("V.D.") << berg << QStringLiteral("v.d.") << berg;
        QTest::newRow("prefix repeated") << jan << vd << QStringLiteral("van der Berg") << vd << berg;
        QTest::newRow("double surname") << jan << QString() << QStringLiteral("Özdemir-Çelik") << QString()
                                        << QStringLiteral("Özdemir-Çelik");
        QTest::newRow("surname is a prefix word")
            << jan << QString() << QStringLiteral("Ter") << QString() << QStringLiteral("Ter");
    }
    void fromColumns()
    {
        QFETCH(QString, firstIn);
        QFETCH(QString, prefixIn);
        QFETCH(QString, surnameIn);
        QFETCH(QString, prefix);
        QFETCH(QString, surname);
        auto name = PersonName::fromColumns(firstIn, prefixIn, surnameIn);
        QVERIFY2(name, qPrintable(name.message()));
        QCOMPARE(name.value().firstNames(), firstIn);
        QCOMPARE(name.value().prefix(), prefix);
        QCOMPARE(name.value().surname(), surname);
    }

    void fromColumnsRefused()
    {
        auto missing = PersonName::fromColumns(QStringLiteral("Jan"), QStringLiteral("van"), QStringLiteral(" "));
        QVERIFY(!missing);
        QVERIFY(missing.message().contains(QStringLiteral("surname")));
        auto comma = PersonName::fromColumns(QString(), QString(), QStringLiteral("Berg, Jan"));
        QVERIFY(!comma);
        QVERIFY(comma.message().contains(QStringLiteral("Berg, Jan")));
    }

    void displayForms()
    {
        const PersonName n = PersonName::parse(QStringLiteral("Berg, Jan van der")).value();
        QCOMPARE(n.displayName(), QStringLiteral("Jan van der Berg"));
        QCOMPARE(n.surnameWithPrefix(), QStringLiteral("van der Berg"));
        QCOMPARE(n.sortName(), QStringLiteral("Berg, Jan van der"));
        const PersonName bare = PersonName::parse(QStringLiteral("Jansen")).value();
        QCOMPARE(bare.displayName(), QStringLiteral("Jansen"));
        QCOMPARE(bare.sortName(), QStringLiteral("Jansen"));
    }

    void knownPrefixes()
    {
        for (const char* p : {"van", "de", "der", "den", "van der", "van den", "van de", "in 't", "'t", "ter", "ten",
                              "te", "op de", "uit de", "v.d.", "v/d"}) {
            QVERIFY2(PersonName::isKnownPrefix(QString::fromUtf8(p)), p);
        }
        QVERIFY(PersonName::isKnownPrefix(QStringLiteral("Van  Der")));
        QVERIFY(PersonName::isKnownPrefix(QStringLiteral("in ’t")));
        QVERIFY(!PersonName::isKnownPrefix(QStringLiteral("Berg")));
        QVERIFY(PersonName::knownPrefixes().contains(QStringLiteral("van der")));
    }

    void foldAndMatchKey()
    {
        QCOMPARE(PersonName::fold(QStringLiteral("Özdemir-Çelik")), QStringLiteral("ozdemircelik"));
        QCOMPARE(PersonName::fold(QStringLiteral("Anaïs")), QStringLiteral("anais"));
        QCOMPARE(PersonName::fold(QStringLiteral("Søren Łukasz Straße")), QStringLiteral("sorenlukaszstrasse"));
        QCOMPARE(PersonName::fold(QStringLiteral("d'Ancona")), QStringLiteral("dancona"));
        // NFKD decomposes compatibility forms too: the "ﬁ" ligature.
        QCOMPARE(PersonName::fold(QStringLiteral("\uFB01ne")), QStringLiteral("fine"));

        // The same pupil in three lists, the prefix in three places: one key.
        const QString a
            = PersonName::fromColumns(QStringLiteral("Johannes"), QStringLiteral("van der"), QStringLiteral("Berg"))
                  .value()
                  .matchKey();
        const QString b = PersonName::parse(QStringLiteral("Berg, Jan van der")).value().matchKey();
        const QString c = PersonName::parse(QStringLiteral("JAN V.D. BERG")).value().matchKey();
        QCOMPARE(a, QStringLiteral("berg|j"));
        QCOMPARE(b, a);
        QCOMPARE(c, a);
        QCOMPARE(PersonName::parse(QStringLiteral("Ozdemir")).value().surnameKey(),
                 PersonName::parse(QStringLiteral("Özdemir")).value().surnameKey());
    }

    void mojibakeIsRepaired()
    {
        // What "Özdemir" looks like when its UTF-8 bytes are read as Windows-1252: "Ã–zdemir".
        const QString broken = Windows1252::decode(QStringLiteral("Özdemir").toUtf8());
        QCOMPARE(broken, QStringLiteral("\u00C3\u2013zdemir"));
        auto name = PersonName::fromColumns(QStringLiteral("AnaÃ¯s"), QString(), broken);
        QVERIFY2(name, qPrintable(name.message()));
        QCOMPARE(name.value().surname(), QStringLiteral("Özdemir"));
        QCOMPARE(name.value().firstNames(), QStringLiteral("Anaïs"));
        QVERIFY(name.value().repairedEncoding());

        // Read as Latin-1 instead (C1 control instead of the dash): repaired as well.
        auto latin1 = PersonName::parse(QString::fromLatin1(QStringLiteral("Çelik").toUtf8()));
        QCOMPARE(latin1.value().surname(), QStringLiteral("Çelik"));
        QVERIFY(latin1.value().repairedEncoding());

        // Correct text is left alone, and so is text whose "repair" would not be valid UTF-8.
        QVERIFY(!PersonName::parse(QStringLiteral("Mehmet Özdemir")).value().repairedEncoding());
        const auto odd = PersonName::parse(QStringLiteral("Ãlvaro Ã"));
        QCOMPARE(odd.value().surname(), QStringLiteral("Ã"));
        QVERIFY(!odd.value().repairedEncoding());
    }

    void lostCharactersAreFlagged()
    {
        QVERIFY(PersonName::parse(QStringLiteral("Mehmet ?zdemir")).value().hasLostCharacters());
        QVERIFY(PersonName::parse(QStringLiteral("Mehmet \uFFFDzdemir")).value().hasLostCharacters());
        QVERIFY(!PersonName::parse(QStringLiteral("Mehmet Özdemir")).value().hasLostCharacters());
    }
};

INBEELD_TEST_MAIN(TestPersonName)
#include "tst_personname.moc"
