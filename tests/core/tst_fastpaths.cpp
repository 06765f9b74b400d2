// The import's fast paths (for the common shapes of cells) against the general paths, over
// generated inputs: the results must be the same, whichever path a value takes.
#include "core/common/TextShape.h"
#include "core/domain/PersonName.h"
#include "core/domain/Postcode.h"
#include "core/domain/PupilIdentifier.h"
#include "core/importing/EncodedRecords.h"
#include "core/importing/FirstLineIndex.h"
#include "core/importing/SnapshotWriter.h"
#include "core/storage/Snapshots.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <optional>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

QString randomText(QRandomGenerator& random, QStringView alphabet, int maxLength)
{
    QString text;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i)
        text += alphabet[random.bounded(int(alphabet.size()))];
    return text;
}

QString digits(QRandomGenerator& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.bounded(10));
    return text;
}

/// A new store with its transaction open and a snapshot begun by a SnapshotWriter, for the tests
/// of the writer's fast path.
struct WriterFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QSqlDatabase db;
    std::optional<SnapshotWriter> writer;
    SnapshotInfo info;

    /// False when any step fails; the list has one column, header.
    bool begin(const QString& header)
    {
        store = createTestStore(dir.filePath(QStringLiteral("s.inbeeld")), QStringLiteral("a fine passphrase"));
        if (!store)
            return false;
        db = store->database();
        if (!db.transaction())
            return false;
        writer.emplace(db);
        info.origin = QStringLiteral("import");
        info.sourceName = QStringLiteral("test");
        info.peildatum = QDate(2026, 9, 30);
        info.importedAt = QDateTime::currentDateTimeUtc();
        return bool(writer->begin(info, ColumnMapping(QStringList {header})));
    }
};

} // namespace

class TestFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { SqlCipherDriver::registerDriver(); }

    /// RowValidator's table of first lines against QHash: keys repeat, the table grows many times.
    void firstLineIndexAsQHash()
    {
        QRandomGenerator random(20261206);
        FirstLineIndex index;
        QHash<quint64, qint64> reference;
        for (qint64 line = 1; line <= 200000; ++line) {
            quint64 key = quint64(random.bounded(60000)) * 16 + random.bounded(16);
            if (line % 1000 == 0)
                key = line % 2000 == 0 ? 0 : (quint64(1) << FirstLineIndex::KeyBits) - 1 - line / 2000; // the extremes
            const std::optional<qint64> seen = index.firstLine(key, line);
            const auto known = reference.constFind(key);
            if (known == reference.constEnd()) {
                QVERIFY(!seen);
                reference.insert(key, line);
            } else {
                QVERIFY(seen);
                QCOMPARE(*seen, *known);
            }
        }
        QCOMPARE(index.size(), size_t(reference.size()));
        QVERIFY(reference.size() > 100000); // enough keys to have grown from 1024 slots several times
    }

    /// Lines that do not fit into a slot beside the key (files of more than 2^30 lines) come back
    /// exactly, next to small ones.
    void firstLineIndexKeepsLongLines()
    {
        FirstLineIndex index;
        const qint64 far = (qint64(1) << 30) + 12345;
        QVERIFY(!index.firstLine(7, 3));
        QVERIFY(!index.firstLine(8, far));
        QVERIFY(!index.firstLine(9, (qint64(1) << 30) - 1)); // the largest that fits
        for (quint64 key = 100; key < 5000; ++key) // grow the table several times
            QVERIFY(!index.firstLine(key, far + qint64(key)));
        QCOMPARE(index.firstLine(7, far), std::optional<qint64>(3));
        QCOMPARE(index.firstLine(8, 4), std::optional<qint64>(far));
        QCOMPARE(index.firstLine(9, 4), std::optional<qint64>((qint64(1) << 30) - 1));
        QCOMPARE(index.firstLine(4999, 1), std::optional<qint64>(far + 4999));
        QCOMPARE(index.size(), size_t(3 + 4900));
    }

    void simplifiedAsQt()
    {
        QRandomGenerator random(20261125);
        const QString alphabet = QStringLiteral("aB .\t\n\r\u00A0\u2003\u00E9\u0085x  ");
        for (int i = 0; i < 50000; ++i) {
            const QString text = randomText(random, alphabet, 8);
            QCOMPARE(TextShape::simplified(text), text.simplified());
            QCOMPARE(TextShape::isSimplified(text), text.simplified() == text);
        }
        for (const QString& text : {QStringLiteral("Arnhem"), QStringLiteral("De School; locatie Noord")}) {
            QVERIFY(TextShape::isSimplified(text));
            // Shared, not copied.
            QCOMPARE(TextShape::simplified(text).constData(), text.constData());
        }
    }

    /// "1234 AB" takes the fast path; the same postcode in lower case the general one.
    void postcodeAsGeneralPath()
    {
        QRandomGenerator random(7);
        const QString letters = QStringLiteral("ABDSZ");
        for (int i = 0; i < 20000; ++i) {
            QString text = digits(random, 4) + u' ' + letters[random.bounded(5)] + letters[random.bounded(5)];
            if (random.bounded(10) == 0)
                text[int(random.bounded(7))] = QChar(u"x 1a\u00C9"[random.bounded(5)]);
            const Result<Postcode> fast = Postcode::parse(text);
            const Result<Postcode> general = Postcode::parse(u' ' + text.toLower() + u'\t');
            QCOMPARE(bool(fast), bool(general));
            if (fast)
                QCOMPARE(fast.value().toString(), general.value().toString());
        }
        QVERIFY(!Postcode::parse(QStringLiteral("1234 SA")));
        QVERIFY(!Postcode::parse(QStringLiteral("0234 AB")));
        QCOMPARE(Postcode::parse(QStringLiteral("6811 AB")).value().toString(), QStringLiteral("6811 AB"));
    }

    /// Nine plain digits take the fast path; with separators the general one.
    void pupilIdentifierAsGeneralPath()
    {
        QRandomGenerator random(11);
        int valid = 0;
        for (int i = 0; i < 50000; ++i) {
            const QString text = digits(random, 9);
            const PupilIdentifier fast = PupilIdentifier::classify(text);
            const PupilIdentifier general
                = PupilIdentifier::classify(text.left(4) + u'.' + text.mid(4, 2) + u'.' + text.mid(6));
            QCOMPARE(fast.kind(), general.kind());
            QCOMPARE(fast.problem(), general.problem());
            QCOMPARE(fast.digits(), general.digits());
            valid += fast.isValid() ? 1 : 0;
        }
        QVERIFY(valid > 1000); // both outcomes were exercised
    }

    /// Latin-1 text is folded per character from a table; with one character beyond Latin-1 the
    /// whole text goes the general way (Unicode decomposition). Ā folds to "a" either way.
    void foldAsGeneralPath()
    {
        QRandomGenerator random(13);
        QString latin1;
        for (int c = 0; c < 256; ++c)
            latin1 += QChar(char16_t(c));
        for (int i = 0; i < 20000; ++i) {
            const QString text = randomText(random, latin1, 10);
            QCOMPARE(PersonName::fold(text) + u'a', PersonName::fold(text + QChar(0x0100)));
        }
        QCOMPARE(PersonName::fold(QStringLiteral("\u00D6zdemir-Stra\u00DFe \u00C6")),
                 QStringLiteral("ozdemirstrasseae"));

        // The match key in one go, against its definition.
        const QString letters = QStringLiteral("aZ \u00EB\u00D6\u00DF\u00E6'-.\u00BD\u00C7\u0131");
        for (int i = 0; i < 5000; ++i) {
            const auto name = PersonName::fromColumns(randomText(random, letters, 8), QString(),
                                                      QStringLiteral("B") + randomText(random, letters, 8));
            if (!name)
                continue;
            const PersonName& n = name.value();
            QCOMPARE(n.matchKey(), n.surnameKey() + u'|' + n.firstNamesKey().left(1));
        }
    }

    /// A surname of one word is never split, also when it looks like a prefix.
    void oneWordSurnameIsKept()
    {
        QRandomGenerator random(3);
        QStringList words;
        for (const QString& prefix : PersonName::knownPrefixes()) {
            if (!prefix.contains(u' '))
                words << prefix << prefix.toUpper() << QStringLiteral("Jansen-") + prefix;
        }
        for (int i = 0; i < 2000; ++i)
            words << randomText(random, QStringLiteral("abvdeVD.'-t\u00EB"), 7);
        for (const QString& word : std::as_const(words)) {
            if (word.isEmpty())
                continue;
            const Result<PersonName> name = PersonName::fromColumns(QStringLiteral("Jan"), QString(), word);
            if (word.contains(u','))
                continue;
            QVERIFY2(name, qPrintable(word));
            QCOMPARE(name.value().prefix(), QString());
            QCOMPARE(name.value().surname(), word);
        }
    }

    /// A prefix repeated in the surname column is removed the same way for ASCII names (fast
    /// path) and other names (general path).
    void repeatedPrefixAsGeneralPath()
    {
        for (const QString& prefix : PersonName::knownPrefixes()) {
            for (const QString& written : {prefix, prefix.toUpper(), prefix.left(1).toUpper() + prefix.mid(1)}) {
                const auto ascii
                    = PersonName::fromColumns(QStringLiteral("Jan"), prefix, written + QStringLiteral(" Berg"));
                const auto other
                    = PersonName::fromColumns(QStringLiteral("Jan"), prefix, written + QStringLiteral(" B\u00E9rg"));
                QVERIFY2(ascii && other, qPrintable(prefix));
                QCOMPARE(ascii.value().surname(), QStringLiteral("Berg"));
                QCOMPARE(other.value().surname(), QStringLiteral("B\u00E9rg"));
                QCOMPARE(ascii.value().prefix(), other.value().prefix());
                // Not followed by a space: not a repetition.
                const auto glued
                    = PersonName::fromColumns(QStringLiteral("Jan"), prefix, written + QStringLiteral("Berg"));
                QVERIFY(glued);
                QCOMPARE(glued.value().surname(), written + QStringLiteral("Berg"));
            }
        }
    }

    /// Records are bound to SQLCipher as UTF-8 through a reused buffer: every text comes back as
    /// it went in, also outside the BMP and with broken surrogates (stored as QString::toUtf8 does).
    void storedTextRoundTrips()
    {
        WriterFixture fixture;
        QVERIFY(fixture.begin(QStringLiteral("Naam")));
        QSqlDatabase db = fixture.db;
        SnapshotWriter& writer = *fixture.writer;
        const SnapshotInfo& info = fixture.info;
        QRandomGenerator random(5);
        const QString alphabet = QStringLiteral("aZ \u00EB\u00D6\u0131\u20AC\u65E5\U0001F600\U00010348");
        QList<CaseRecord> written;
        for (int i = 0; i < 3000; ++i) {
            CaseRecord r;
            r.line = i + 2;
            r.category = QStringLiteral("langdurig");
            r.surname = randomText(random, alphabet, 12);
            r.firstNames = randomText(random, alphabet, 30);
            r.place = i % 2 ? r.surname : QString(); // long and short values in the same buffer
            if (i % 500 == 7)
                r.surname += QChar(0xD800); // a lone surrogate
            QVERIFY(writer.addRecord(r));
            written << r;
        }
        // 3000 = 93 batches of 32 and 24 single rows, written by finish().
        QVERIFY(writer.finish(info));
        QVERIFY(db.commit());
        const auto read = Snapshots::records(*fixture.store, writer.snapshotId());
        QVERIFY(read);
        QCOMPARE(read.value().size(), written.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            const CaseRecord& r = read.value().at(i);
            // Random UTF-16 units make lone surrogates too; toUtf8 is the reference for those.
            QCOMPARE(r.surname, QString::fromUtf8(written[i].surname.toUtf8()));
            QCOMPARE(r.firstNames, QString::fromUtf8(written[i].firstNames.toUtf8()));
            QCOMPARE(r.place, QString::fromUtf8(written[i].place.toUtf8()));
            QCOMPARE(r.line, written[i].line);
        }
    }

    /// Dates are encoded without QDate::toString: the same text, for every year that can be stored.
    void encodedDatesAsQDate()
    {
        QList<QDate> dates = {QDate(1, 1, 1),     QDate(1600, 2, 29),  QDate(1900, 2, 28), QDate(1900, 3, 1),
                              QDate(2000, 2, 29), QDate(2026, 12, 31), QDate(9999, 12, 31)};
        for (qint64 day = QDate(1, 1, 1).toJulianDay(); day <= QDate(9999, 12, 31).toJulianDay(); day += 37)
            dates << QDate::fromJulianDay(day);
        EncodedRecords encoded;
        for (const QDate& date : std::as_const(dates)) {
            CaseRecord r;
            r.birthDate = date;
            encoded.append(r);
        }
        for (qsizetype i = 0; i < dates.size(); ++i)
            QCOMPARE(encoded.field(i, 7).toByteArray(), dates[i].toString(Qt::ISODate).toLatin1());
        // Outside what "yyyy-MM-dd" can hold, and no date at all: NULL.
        EncodedRecords outside;
        for (const QDate& date : {QDate(), QDate(-1, 12, 31), QDate(10000, 1, 1)}) {
            CaseRecord r;
            r.birthDate = date;
            outside.append(r);
        }
        for (qsizetype i = 0; i < outside.size(); ++i)
            QVERIFY(!outside.field(i, 7).data());
    }

    /// Records added one by one and records encoded elsewhere (as an import's pipeline does) mix in
    /// the order they were added, with every field, date and NULL as it was.
    void encodedRecordsMixWithSingleOnes()
    {
        WriterFixture fixture;
        QVERIFY(fixture.begin(QStringLiteral("BSN")));
        QSqlDatabase db = fixture.db;
        SnapshotWriter& writer = *fixture.writer;
        const SnapshotInfo& info = fixture.info;
        const QStringList bsns = fictitiousBsns(115);
        const auto record = [&](int i) {
            CaseRecord r;
            r.line = i + 2;
            r.category = i % 3 ? QStringLiteral("langdurig") : QStringLiteral("absoluut");
            r.bsn = bsns[i];
            r.firstNames = i % 4 ? QStringLiteral("Zo\u00EB") : QString();
            r.prefix = i % 5 ? QString() : QStringLiteral("van der");
            r.surname = QStringLiteral("Berg %1").arg(i);
            r.nameKey = QStringLiteral("berg%1|z").arg(i);
            r.birthDate = QDate(2010, 1 + i % 12, 1 + i % 28);
            r.street = QStringLiteral("Dorpsstraat");
            r.houseNumber = QString::number(i);
            r.postcode = QStringLiteral("6811 AB");
            r.place = QStringLiteral("Arnhem");
            r.lastSchool = QStringLiteral("De School");
            r.absenceStart = i % 2 ? QDate(2026, 6, 1 + i % 28) : QDate();
            r.absenceReason = QStringLiteral("geen plek");
            r.exemptionDate = i % 7 ? QDate() : QDate(2025, 8, 1);
            r.exemptionDuration = i % 7 ? QString() : QStringLiteral("1 jaar");
            r.involvement = i % 9 ? QString() : QStringLiteral("leerplicht");
            return r;
        };
        QList<CaseRecord> written;
        for (int i = 0; i < 40; ++i) { // one batch of 32 written, 8 waiting
            written << record(i);
            QVERIFY(writer.addRecord(written.last()));
        }
        EncodedRecords encoded; // 2 batches of 32 and 6 single rows, after the 8 waiting
        for (int i = 40; i < 110; ++i) {
            written << record(i);
            encoded.append(written.last());
        }
        QCOMPARE(encoded.size(), 70);
        QVERIFY(writer.addRecords(encoded));
        for (int i = 110; i < 115; ++i) { // written by finish()
            written << record(i);
            QVERIFY(writer.addRecord(written.last()));
        }
        QVERIFY(writer.finish(info));
        QVERIFY(db.commit());
        const auto read = Snapshots::records(*fixture.store, writer.snapshotId());
        QVERIFY(read);
        QCOMPARE(read.value().size(), written.size());
        qint64 previousId = 0;
        for (qsizetype i = 0; i < written.size(); ++i) {
            const CaseRecord& r = read.value().at(i);
            const CaseRecord& w = written.at(i);
            QVERIFY(r.id > previousId); // stored in the order added
            previousId = r.id;
            QCOMPARE(r.line, w.line);
            QCOMPARE(r.category, w.category);
            QCOMPARE(r.bsn, w.bsn);
            QCOMPARE(r.onderwijsnummer, w.onderwijsnummer);
            QCOMPARE(r.firstNames, w.firstNames);
            QCOMPARE(r.prefix, w.prefix);
            QCOMPARE(r.surname, w.surname);
            QCOMPARE(r.nameKey, w.nameKey);
            QCOMPARE(r.birthDate, w.birthDate);
            QCOMPARE(r.street, w.street);
            QCOMPARE(r.houseNumber, w.houseNumber);
            QCOMPARE(r.postcode, w.postcode);
            QCOMPARE(r.place, w.place);
            QCOMPARE(r.lastSchool, w.lastSchool);
            QCOMPARE(r.absenceStart, w.absenceStart);
            QCOMPARE(r.absenceReason, w.absenceReason);
            QCOMPARE(r.exemptionDate, w.exemptionDate);
            QCOMPARE(r.exemptionDuration, w.exemptionDuration);
            QCOMPARE(r.involvement, w.involvement);
        }
        // NULL, not an empty text, for what a list does not have.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records WHERE first_names = '' OR prefix = '' OR "
                                      "absence_start = '' OR involvement = ''")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

INBEELD_TEST_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
