// records.json of an exchange package, written and read without QJsonDocument: the bytes are the
// ones QJsonDocument wrote (so every JSON tool reads them), every string survives the round trip
// (quotes, backslashes, control characters, non-ASCII names), what other writers may produce
// (whitespace, other key order, escapes) is read, and everything that is not well-formed
// records.json is refused without storing anything.

#include "core/domain/PersonName.h"
#include "core/exchange/PackageRecords.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/ExternalTool.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

QStringList allFields(const QString& category)
{
    QStringList ids;
    for (const AgreementField& f : builtInAgreement().fieldsFor(category))
        ids.append(f.id);
    return ids;
}

QMap<QString, QStringList> agreementFields()
{
    QMap<QString, QStringList> fields;
    for (const QString& category :
         {QStringLiteral("absoluut"), QStringLiteral("langdurig"), QStringLiteral("vrijstelling_5a")})
        fields.insert(category, allFields(category));
    return fields;
}

/// records.json as QJsonDocument made it before the direct writer (the reference for the bytes).
QByteArray viaQJsonDocument(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fieldsByCategory)
{
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const auto put = [](QJsonObject& o, const QString& key, const QString& value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    QJsonArray list;
    for (const CaseRecord& r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("category"), r.category);
        for (const QString& field : fieldsByCategory.value(r.category)) {
            if (field == u"bsn") {
                QJsonObject b;
                put(b, QStringLiteral("bsn"), r.bsn);
                put(b, QStringLiteral("onderwijsnummer"), r.onderwijsnummer);
                o.insert(field, b);
            } else if (field == u"naw") {
                QJsonObject n;
                put(n, QStringLiteral("first_names"), r.firstNames);
                put(n, QStringLiteral("prefix"), r.prefix);
                put(n, QStringLiteral("surname"), r.surname);
                put(n, QStringLiteral("street"), r.street);
                put(n, QStringLiteral("house_number"), r.houseNumber);
                put(n, QStringLiteral("postcode"), r.postcode);
                put(n, QStringLiteral("place"), r.place);
                o.insert(field, n);
            } else if (field == u"birth_date") {
                o.insert(field, date(r.birthDate));
            } else if (field == u"last_school") {
                o.insert(field, r.lastSchool);
            } else if (field == u"absence_start") {
                o.insert(field, date(r.absenceStart));
            } else if (field == u"absence_reason") {
                o.insert(field, r.absenceReason);
            } else if (field == u"exemption_date") {
                o.insert(field, date(r.exemptionDate));
            } else if (field == u"exemption_duration") {
                o.insert(field, r.exemptionDuration);
            } else if (field == u"involvement") {
                o.insert(field, r.involvement);
            }
        }
        list.append(o);
    }
    QJsonObject counts;
    const QMap<QString, qint64> perCategory = PackageRecords::countsPerCategory(records);
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("inbeeld-package-records"));
    root.insert(QStringLiteral("counts"), counts);
    root.insert(QStringLiteral("records"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// Text with everything a JSON writer must escape or encode.
const QString Tricky = QStringLiteral("a \"quoted\" back\\slash / tab\t nl\n cr\r bs\b ff\f ") + QChar(0x01)
    + QChar(0x1f) + QChar(0x7f) + QStringLiteral(" Anaïs Zoë Özdemir Çelik Yılmaz € 名前 ")
    + QString::fromUcs4(U"\U0001F600") + QStringLiteral(" end");

QList<CaseRecord> sampleRecords()
{
    QList<CaseRecord> records;
    CaseRecord a = sharingChild(1, QStringLiteral("langdurig"));
    a.firstNames = QStringLiteral("Anaïs \"Ana\"");
    a.prefix = QStringLiteral("van der");
    a.surname = QStringLiteral("Berg\\Özdemir");
    a.street = QStringLiteral("Dorpsstraat\t");
    a.houseNumber = QStringLiteral("12a");
    a.absenceStart = QDate(2026, 6, 1);
    a.absenceReason = Tricky;
    a.involvement = QStringLiteral("wijkteam\nGGD");
    records.append(a);
    CaseRecord b = sharingChild(2, QStringLiteral("absoluut"));
    b.bsn.clear();
    b.onderwijsnummer = QStringLiteral("123456782");
    b.birthDate = QDate(); // no date: ""
    b.lastSchool.clear();
    records.append(b);
    CaseRecord c = sharingChild(3, QStringLiteral("vrijstelling_5a"));
    c.exemptionDate = QDate(2025, 8, 1);
    c.exemptionDuration = QStringLiteral("1 jaar");
    c.birthDate = QDate(999, 1, 2); // a year before 1000, padded as Qt does
    records.append(c);
    CaseRecord d;
    d.category = QStringLiteral("langdurig");
    d.surname = QString(QChar(0xd800)) + QStringLiteral("x"); // a lone surrogate
    records.append(d);
    CaseRecord e; // a category without fields in the map: only its category
    e.category = QStringLiteral("onbekend");
    records.append(e);
    return records;
}

QByteArray recordsJson(const QByteArray& records, const QByteArray& counts = R"({"langdurig":1})")
{
    return R"({"format":"inbeeld-package-records","counts":)" + counts + R"(,"records":[)" + records + "]}";
}

Result<QList<CaseRecord>> read(const QByteArray& json)
{
    return PackageRecords::fromJson(json, builtInAgreement(), agreementFields());
}

} // namespace

class TestPackageRecords : public QObject
{
    Q_OBJECT

private slots:
    void writesTheBytesQJsonDocumentWrote()
    {
        QMap<QString, QStringList> fields = agreementFields();
        fields[QStringLiteral("langdurig")].append(QStringLiteral("not_a_field")); // ignored, as before
        fields[QStringLiteral("absoluut")].append(QStringLiteral("bsn")); // twice: once
        const QList<CaseRecord> records = sampleRecords();
        // The one difference: a lone surrogate is written as U+FFFD (loneSurrogatesBecomeU+FFFD).
        QList<CaseRecord> replaced = records;
        replaced[3].surname = QStringLiteral("\uFFFDx");
        QCOMPARE(PackageRecords::toJson(records, fields), viaQJsonDocument(replaced, fields));
        QCOMPARE(PackageRecords::toJson({}, fields), viaQJsonDocument({}, fields));
    }

    void isValidJsonForOtherTools()
    {
        const QByteArray json = PackageRecords::toJson(sampleRecords(), agreementFields());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray list = doc.object().value(QStringLiteral("records")).toArray();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("absence_reason")).toString(), Tricky);
        QCOMPARE(
            list.at(0).toObject().value(QStringLiteral("naw")).toObject().value(QStringLiteral("surname")).toString(),
            QStringLiteral("Berg\\Özdemir"));

        const QString python = findTool(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: only QJsonDocument checked the JSON");
        const ToolRun run = runTool(python,
                                    {QStringLiteral("-c"),
                                     QStringLiteral("import json, sys; d = json.load(sys.stdin); "
                                                    "print(d['records'][0]['absence_reason'].encode('utf-8').hex())")},
                                    json);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(QByteArray::fromHex(run.out.trimmed()), Tricky.toUtf8());
    }

    void roundTripKeepsEveryField()
    {
        QList<CaseRecord> records = sampleRecords();
        records.removeLast(); // the unknown category is refused on reading (below)
        records.removeLast(); // the lone surrogate has no UTF-8 form; checked separately
        auto back = read(PackageRecords::toJson(records, agreementFields()));
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back.value().size(), records.size());
        for (int i = 0; i < records.size(); ++i) {
            const CaseRecord& w = records.at(i);
            const CaseRecord& r = back.value().at(i);
            QCOMPARE(r.line, qint64(i + 1));
            QCOMPARE(r.category, w.category);
            QCOMPARE(r.bsn, w.bsn);
            QCOMPARE(r.onderwijsnummer, w.onderwijsnummer);
            QCOMPARE(r.firstNames, w.firstNames);
            QCOMPARE(r.prefix, w.prefix);
            QCOMPARE(r.surname, w.surname);
            QCOMPARE(r.street, w.street);
            QCOMPARE(r.houseNumber, w.houseNumber);
            QCOMPARE(r.postcode, w.postcode);
            QCOMPARE(r.place, w.place);
            QCOMPARE(r.birthDate, w.birthDate);
            QCOMPARE(r.lastSchool, w.lastSchool);
            const auto name = PersonName::fromColumns(w.firstNames, w.prefix, w.surname);
            QCOMPARE(r.nameKey, name ? name.value().matchKey() : QString());
        }
        const CaseRecord& first = back.value().at(0);
        QCOMPARE(first.absenceReason, Tricky);
        QCOMPARE(first.absenceStart, QDate(2026, 6, 1));
        QCOMPARE(first.involvement, QStringLiteral("wijkteam\nGGD"));
        QCOMPARE(back.value().at(2).exemptionDate, QDate(2025, 8, 1));
        QCOMPARE(back.value().at(2).exemptionDuration, QStringLiteral("1 jaar"));
        QCOMPARE(back.value().at(2).birthDate, QDate(999, 1, 2));
        // Not allowed for absoluut, so not written and not read.
        QVERIFY(back.value().at(1).absenceReason.isEmpty());
    }

    void loneSurrogatesBecomeReplacementCharacters_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        const QChar high(0xd800), low(0xdc00), fffd(QChar::ReplacementCharacter);
        QTest::newRow("high alone") << (QString(high) + u'x') << (QString(fffd) + u'x');
        QTest::newRow("high at the end") << (QStringLiteral("x") + high) << (QStringLiteral("x") + fffd);
        QTest::newRow("low alone") << (QStringLiteral("a") + low + u'b') << (QStringLiteral("a") + fffd + u'b');
        QTest::newRow("low before high") << (QString(low) + high) << (QString(fffd) + fffd);
        QTest::newRow("two highs, then a pair")
            << (QString(high) + high + low) << (QString(fffd) + high + low); // the pair is a real character
        QTest::newRow("with a control character") << (QStringLiteral("\x1b") + high) << (QStringLiteral("\x1b") + fffd);
    }

    void loneSurrogatesBecomeReplacementCharacters()
    {
        // A lone surrogate has no UTF-8 form, and our reader refuses its escape (\ud800: RFC 8259
        // 8.2, its meaning is unpredictable). The writer puts U+FFFD in its place, so every package
        // we write opens again.
        QFETCH(QString, written);
        QFETCH(QString, expected);
        CaseRecord record = sampleRecords().at(3);
        record.surname = written;
        const QByteArray json = PackageRecords::toJson({record}, agreementFields());
        QVERIFY2(!json.contains("\\ud") && !json.contains("\\ue"), json.constData());
        auto back = read(json);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back.value().at(0).surname, expected);
        QCOMPARE(QString::fromUtf8(json).toUtf8(), json); // valid UTF-8 throughout
    }

    void loneSurrogateEscapeIsStillRefusedOnReading()
    {
        // Another writer's \ud800 (as QJsonDocument wrote it) is not taken for a character.
        auto back = read(recordsJson(R"({"category":"langdurig","naw":{"surname":"\ud800x"}})"));
        QVERIFY(!back);
        QCOMPARE(back.code(), Error::Code::UnknownFormat);
    }

    void readsOtherWritersJson()
    {
        // Whitespace, the category last, escapes for plain characters, a surrogate pair, a BOM,
        // and an unknown member of the document (ignored, as QJsonDocument's reader ignored it).
        const QByteArray json = "\xEF\xBB\xBF { \"records\" : [ {\n"
                                "  \"naw\": {\"surname\": \"\\u00d6zdemir \\ud83d\\ude00\", \"first_names\": "
                                "\"Zo\\u00EB\"},\n"
                                "  \"bsn\": {\"bsn\": \"\\u0031\\/2\"},\n"
                                "  \"birth_date\": \"2012-09-03\", \"absence_start\": \"3-9-2012\",\n"
                                "  \"category\": \"langdurig\" } ],\r\n"
                                "  \"note\": [1, -2.5e3, true, false, null, {\"a\": []}],\n"
                                "  \"counts\": {\"langdurig\": 1}, \"format\": \"inbeeld-package-records\" }\t\n";
        auto r = read(json);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r.value().size(), 1);
        const CaseRecord& c = r.value().at(0);
        QCOMPARE(c.surname, QStringLiteral("Özdemir ") + QString::fromUcs4(U"\U0001F600"));
        QCOMPARE(c.firstNames, QStringLiteral("Zoë"));
        QCOMPARE(c.bsn, QStringLiteral("1/2"));
        QCOMPARE(c.birthDate, QDate(2012, 9, 3));
        QVERIFY(!c.absenceStart.isValid()); // not ISO 8601: no date, as before
        QVERIFY(!c.nameKey.isEmpty());

        // An empty list.
        QVERIFY(read(R"({"format":"inbeeld-package-records","counts":{},"records":[]})"));
    }

    void refusesWhatIsNotRecordsJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray ok = R"({"category":"langdurig","bsn":{"bsn":"999900010"}})";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("not json");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("truncated") << recordsJson(ok).chopped(2);
        QTest::newRow("after the document") << recordsJson(ok) + " x";
        QTest::newRow("two documents") << recordsJson(ok) + recordsJson(ok);
        QTest::newRow("other format") << recordsJson(ok).replace("inbeeld-package-records", "inbeeld-other");
        QTest::newRow("no format") << QByteArray(R"({"counts":{"langdurig":1},"records":[)" + ok + "]}");
        QTest::newRow("no records") << QByteArray(R"({"format":"inbeeld-package-records","counts":{}})");
        QTest::newRow("records not a list") << QByteArray(R"({"format":"inbeeld-package-records","records":{}})");
        QTest::newRow("format twice") << recordsJson(ok).replace("{\"format\"",
                                                                 "{\"format\":\"inbeeld-package-records\",\"format\"");
        QTest::newRow("counts too low") << recordsJson(ok + ',' + ok);
        QTest::newRow("counts too high") << recordsJson(ok, R"({"langdurig":2})");
        QTest::newRow("counts other category") << recordsJson(ok, R"({"langdurig":1,"absoluut":0})");
        QTest::newRow("count not a number") << recordsJson(ok, R"({"langdurig":"1"})");
        QTest::newRow("count not an integer") << recordsJson(ok, R"({"langdurig":1.5})");
        QTest::newRow("count twice") << recordsJson(ok, R"({"langdurig":1,"langdurig":1})");
        QTest::newRow("record not an object") << recordsJson(R"("langdurig")");
        QTest::newRow("key twice") << recordsJson(R"({"category":"langdurig","bsn":{},"bsn":{"bsn":"1"}})");
        QTest::newRow("text not a string") << recordsJson(R"({"category":"langdurig","last_school":5})");
        QTest::newRow("naw not an object") << recordsJson(R"({"category":"langdurig","naw":"Berg"})");
        QTest::newRow("unknown naw part") << recordsJson(R"({"category":"langdurig","naw":{"nickname":"B"}})");
        QTest::newRow("naw part twice") << recordsJson(
            R"({"category":"langdurig","naw":{"surname":"A","surname":"B"}})");
        QTest::newRow("naw part not a string") << recordsJson(R"({"category":"langdurig","naw":{"surname":1}})");
        QTest::newRow("bad escape") << recordsJson(R"({"category":"langdurig","last_school":"a\x"})");
        QTest::newRow("short unicode escape") << recordsJson(R"({"category":"langdurig","last_school":"\u00e"})");
        QTest::newRow("control character") << recordsJson("{\"category\":\"langdurig\",\"last_school\":\"a\tb\"}");
        QTest::newRow("overlong utf-8") << recordsJson("{\"category\":\"langdurig\",\"last_school\":\"\xC0\xAF\"}");
        QTest::newRow("lone continuation") << recordsJson("{\"category\":\"langdurig\",\"last_school\":\"a\x80\"}");
        QTest::newRow("utf-8 surrogate") << recordsJson(
            "{\"category\":\"langdurig\",\"last_school\":\"\xED\xA0\x80\"}");
        QTest::newRow("beyond U+10FFFF") << recordsJson(
            "{\"category\":\"langdurig\",\"last_school\":\"\xF4\x90\x80\x80\"}");
        QTest::newRow("cut utf-8") << recordsJson("{\"category\":\"langdurig\",\"last_school\":\"\xC3\"}");
        QTest::newRow("latin-1 text") << recordsJson("{\"category\":\"langdurig\",\"last_school\":\"Ana\xEFs\"}");
        QTest::newRow("leading zero") << recordsJson(ok, R"({"langdurig":01})");
        QTest::newRow("bad literal") << recordsJson(ok).replace("\"counts\"", "\"x\":nul,\"counts\"");
        QTest::newRow("too deep") << recordsJson(ok).replace(
            "\"counts\"", "\"x\":" + QByteArray(100, '[') + QByteArray(100, ']') + ",\"counts\"");
        QTest::newRow("trailing comma") << recordsJson(ok + ',');
        // RapidJSON takes a NUL byte for the end of its input: what follows must still be checked.
        QTest::newRow("nul byte, then more") << recordsJson(ok) + QByteArray("\0 x", 3);
        QTest::newRow("deep in a record") << recordsJson(R"({"category":"langdurig","naw":{"surname":)"
                                                         + QByteArray(100, '[') + QByteArray(100, ']') + "}}");
        // A damaged document is unreadable even when an earlier record names a field the
        // agreement does not allow (the document is checked as a whole first).
        QTest::newRow("bad field, then damage") << recordsJson(R"({"category":"absoluut","absence_reason":"x"},{)");
    }

    void refusesWhatIsNotRecordsJson()
    {
        QFETCH(QByteArray, json);
        auto r = read(json);
        QVERIFY2(!r, "accepted");
        QCOMPARE(r.code(), Error::Code::UnknownFormat);
        QVERIFY2(r.message().contains(QStringLiteral("cannot be read")), qPrintable(r.message()));
    }

    void refusesWhatTheAgreementDoesNotAllow_data()
    {
        QTest::addColumn<QByteArray>("records");
        QTest::addColumn<QByteArray>("counts");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown category") << QByteArray(R"({"category":"geheim","bsn":{"bsn":"1"}})")
                                          << QByteArray(R"({"geheim":1})") << QStringLiteral("'geheim'");
        QTest::newRow("category not a string")
            << QByteArray(R"({"category":1})") << QByteArray(R"({"":1})") << QStringLiteral("category ''");
        QTest::newRow("field not for the category")
            << QByteArray(R"({"category":"absoluut","absence_reason":"x"})") << QByteArray(R"({"absoluut":1})")
            << QStringLiteral("'absence_reason'");
        QTest::newRow("field of no agreement") << QByteArray(R"({"category":"langdurig","diagnose":"x"})")
                                               << QByteArray(R"({"langdurig":1})") << QStringLiteral("'diagnose'");
        // The first record in order counts, as the fields in key order within a record.
        QTest::newRow("first of two") << QByteArray(
            R"({"involvement":"x","exemption_date":"x","category":"absoluut"},"damaged")")
                                      << QByteArray(R"({"absoluut":1})") << QStringLiteral("'exemption_date'");
    }

    void refusesWhatTheAgreementDoesNotAllow()
    {
        QFETCH(QByteArray, records);
        QFETCH(QByteArray, counts);
        QFETCH(QString, named);
        auto r = read(recordsJson(records, counts));
        QVERIFY2(!r, "accepted");
        QCOMPARE(r.code(), Error::Code::SharingNotAllowed);
        QVERIFY2(r.message().contains(named), qPrintable(r.message()));
    }

    void refusesAFieldTheManifestDoesNotList()
    {
        // The agreement allows the absence reason for langdurig, but this manifest does not list it.
        QMap<QString, QStringList> manifest {{QStringLiteral("langdurig"), {QStringLiteral("bsn")}}};
        auto r = PackageRecords::fromJson(recordsJson(R"({"category":"langdurig","absence_reason":"x"})"),
                                          builtInAgreement(), manifest);
        QCOMPARE(r.code(), Error::Code::SharingNotAllowed);
        QVERIFY2(r.message().contains(QStringLiteral("'absence_reason'")), qPrintable(r.message()));
    }
};

INBEELD_TEST_MAIN(TestPackageRecords)
#include "tst_packagerecords.moc"
