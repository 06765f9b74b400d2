#include "core/audit/AuditLog.h"
#include "core/demo/DemoStore.h"
#include "core/importing/Importer.h"
#include "core/matching/ChildNotes.h"
#include "core/matching/ComparisonService.h"
#include "core/matching/MatchDecisions.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;
using namespace Qt::StringLiterals;

namespace {

const QString Header = QStringLiteral("BSN;Naam;Geboortedatum;School;Categorie;Startdatum verzuim");

QString row(const QString& bsn, const QString& name, const QString& born, const QString& category = u"LRV"_s,
            const QString& school = u"Rijnpoort College"_s)
{
    return QStringList {bsn, name, born, school, category, QStringLiteral("1-9-2026")}.join(u';');
}

/// Everything the audit log says, as one text.
QString auditText(Store& store)
{
    QString text;
    const QList<AuditEntry> entries = store.audit().entries().value();
    for (const AuditEntry& e : entries)
        text += e.action + u' ' + e.detail + u'\n';
    return text;
}

const ComparisonItem* find(const Comparison& c, ComparisonOutcome outcome)
{
    for (const ComparisonItem& item : c.items()) {
        if (item.outcome == outcome)
            return &item;
    }
    return nullptr;
}

} // namespace

/// Comparing stored lists: defaults, stored decisions and notes, audit without personal data.
class TestComparisonService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_ours = 0;
    qint64 m_theirs = 0;

    qint64 import(const QStringList& lines, SnapshotSide side, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!writeList(path, lines))
            return 0;
        ImportOptions options;
        options.side = side;
        options.sourceName = side == SnapshotSide::Theirs ? QStringLiteral("SWV De Liemers") : QString();
        Importer importer(*m_store);
        auto report = importer.run(path, options);
        return report ? report.value().snapshotId : 0;
    }

private slots:
    void init()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("c.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        m_ours = import({Header, row(fictitiousBsn(0), u"Daan de Vries"_s, u"3-4-2012"_s),
                         row(fictitiousBsn(1), u"Emma van der Berg"_s, u"5-6-2013"_s),
                         row(fictitiousBsn(2), u"Sem Bakker"_s, u"7-8-2011"_s, u"Absoluut verzuim"_s)},
                        SnapshotSide::Ours, u"ours.csv"_s);
        QVERIFY(m_ours > 0);
        m_theirs = import({Header, row(fictitiousBsn(0), u"Vries, Daan de"_s, u"03-04-2012"_s),
                           row(QString(), u"Berg, Emma v.d."_s, u"05-06-2013"_s)},
                          SnapshotSide::Theirs, u"theirs.csv"_s);
        QVERIFY(m_theirs > 0);
    }

    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("c.inbeeld")));
    }

    void storeHoldsDecisionsAndNotes()
    {
        QSqlQuery q(m_store->database());
        for (const char* table : {"match_decisions", "child_notes"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                               .arg(QLatin1String(table))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
    }

    void comparesTheNewestListsAndAudits()
    {
        auto c = ComparisonService::compare(*m_store);
        QVERIFY2(c, qPrintable(c.message()));
        QCOMPARE(c.value().oursSnapshot->id, m_ours);
        QCOMPARE(c.value().theirsSnapshot->id, m_theirs);
        const auto langdurig = c.value().summary(u"langdurig"_s);
        QCOMPARE(langdurig->count(ComparisonOutcome::Both), 1);
        QCOMPARE(langdurig->count(ComparisonOutcome::Probable), 1);
        const auto absoluut = c.value().summary(u"absoluut"_s);
        QCOMPARE(absoluut->count(ComparisonOutcome::OnlyOurs), 1);
        QVERIFY(find(c.value(), ComparisonOutcome::OnlyOurs)->expected);

        const QString audit = auditText(*m_store);
        QVERIFY(audit.contains(QStringLiteral("compare.run ours=%1 theirs=%2 both=1").arg(m_ours).arg(m_theirs)));
        QVERIFY(!audit.contains(fictitiousBsn(1)));
    }

    void chosenListsAndWrongSides()
    {
        QVERIFY(ComparisonService::compare(*m_store, m_ours, m_theirs));
        auto wrong = ComparisonService::compare(*m_store, m_theirs, m_theirs);
        QVERIFY(!wrong);
        QVERIFY(wrong.message().contains(QStringLiteral("partner's list, not your own")));
        QVERIFY(!ComparisonService::compare(*m_store, 999, std::nullopt));
    }

    void decisionsAreStoredAndReusedForNewerLists()
    {
        auto c = ComparisonService::compare(*m_store);
        QVERIFY(c);
        const ComparisonItem* probable = find(c.value(), ComparisonOutcome::Probable);
        QVERIFY(probable);
        QVERIFY(MatchDecisions::decide(*m_store, c.value(), *probable, true));
        const auto stored = MatchDecisions::all(*m_store);
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value()[0].oursKey, QStringLiteral("bsn:") + fictitiousBsn(1));
        QVERIFY(stored.value()[0].confirmed);

        // A newer list from the partner, the child still without a BSN, at another school.
        const qint64 newer
            = import({Header, row(QString(), u"Berg, Emma v.d."_s, u"05-06-2013"_s, u"LRV"_s, u"VSO De Sprong"_s)},
                     SnapshotSide::Theirs, u"theirs2.csv"_s);
        QVERIFY(newer > m_theirs);
        c = ComparisonService::compare(*m_store);
        QVERIFY(c);
        QCOMPARE(c.value().theirsSnapshot->id, newer);
        const ComparisonItem* confirmed = find(c.value(), ComparisonOutcome::Differs);
        QVERIFY(confirmed);
        QCOMPARE(confirmed->basis, MatchBasis::Confirmed);
        QCOMPARE(c.value().theirs(*confirmed)->lastSchool, QStringLiteral("VSO De Sprong"));

        // Rejected: two one-sided items from now on; withdrawn: probable again.
        QVERIFY(MatchDecisions::decide(*m_store, c.value(), *confirmed, false));
        auto rejected = ComparisonService::compare(*m_store);
        QVERIFY(!find(rejected.value(), ComparisonOutcome::Differs));
        const ComparisonItem* onlyTheirs = find(rejected.value(), ComparisonOutcome::OnlyTheirs);
        QVERIFY(onlyTheirs->rejected());
        // Withdrawn from the one-sided item the rejection left.
        QVERIFY(MatchDecisions::withdraw(*m_store, rejected.value(), *onlyTheirs));
        QCOMPARE(MatchDecisions::all(*m_store).value().size(), 0);
        QVERIFY(find(ComparisonService::compare(*m_store).value(), ComparisonOutcome::Probable));

        const QString audit = auditText(*m_store);
        QVERIFY(audit.contains(QStringLiteral("compare.match_confirmed ours %1/").arg(m_ours)));
        QVERIFY(audit.contains(QStringLiteral("compare.match_rejected")));
        QVERIFY(audit.contains(QStringLiteral("compare.decision_withdrawn")));
        QVERIFY(!audit.contains(fictitiousBsn(1)));
        QVERIFY(!audit.contains(QStringLiteral("Berg")));
        QVERIFY(m_store->audit().verify());
    }

    void onlyPairsCanBeDecided()
    {
        auto c = ComparisonService::compare(*m_store);
        const ComparisonItem* one = find(c.value(), ComparisonOutcome::OnlyOurs);
        QVERIFY(!MatchDecisions::decide(*m_store, c.value(), *one, true));
    }

    void notesStayWithTheChild()
    {
        auto c = ComparisonService::compare(*m_store);
        const ComparisonItem* item = find(c.value(), ComparisonOutcome::Both);
        const QString key = c.value().noteKey(*item);
        QVERIFY(ChildNotes::save(*m_store, key, u"Moeder gebeld, wacht op plek."_s, c.value().auditReference(*item)));
        QCOMPARE(ChildNotes::get(*m_store, key).value().text, QStringLiteral("Moeder gebeld, wacht op plek."));
        QCOMPARE(ChildNotes::all(*m_store).value().size(), 1);
        QVERIFY(ChildNotes::save(*m_store, key, QString(), c.value().auditReference(*item)));
        QVERIFY(ChildNotes::get(*m_store, key).value().text.isEmpty());
        const QString audit = auditText(*m_store);
        QVERIFY(audit.contains(QStringLiteral("compare.note_saved ours %1/").arg(m_ours)));
        QVERIFY(!audit.contains(QStringLiteral("Moeder")));
    }

    void viewingARecordIsAudited()
    {
        auto c = ComparisonService::compare(*m_store);
        const ComparisonItem& item = c.value().items().first();
        QVERIFY(ComparisonService::recordViewed(*m_store, c.value(), item));
        const AuditEntry last = m_store->audit().entries().value().last();
        QCOMPARE(last.action, QStringLiteral("compare.record_viewed"));
        QCOMPARE(last.detail,
                 QStringLiteral("ours %1/%2 theirs %3/%4")
                     .arg(m_ours)
                     .arg(c.value().ours(item)->id)
                     .arg(m_theirs)
                     .arg(c.value().theirs(item)->id));
        QVERIFY(!last.actor.isEmpty());
    }

    void loadHereRunElsewhere()
    {
        auto input = ComparisonService::load(*m_store, m_store->organisation());
        QVERIFY(input);
        int last = -1;
        auto c = ComparisonService::run(input.takeValue(), [&](int percent) {
            last = percent;
            return true;
        });
        QVERIFY(c);
        QCOMPARE(last, 100);
        QCOMPARE(c.value().oursSnapshot->id, m_ours);
    }

    void demoShowsEveryOutcome()
    {
        QTemporaryDir demoDir;
        auto path = DemoStore::create(demoDir.path());
        QVERIFY2(path, qPrintable(path.message()));
        auto store = Store::open(path.value(), passphrase(DemoStore::passphrase()));
        QVERIFY(store);
        auto c = ComparisonService::compare(*store.value());
        QVERIFY2(c, qPrintable(c.message()));
        qint64 totals[ComparisonOutcomeCount] = {};
        for (const CategorySummary& s : c.value().summary()) {
            for (int i = 0; i < ComparisonOutcomeCount; ++i)
                totals[i] += s.counts[std::size_t(i)];
        }
        for (int i = 0; i < ComparisonOutcomeCount; ++i)
            QVERIFY2(totals[i] > 0, qPrintable(Comparison::outcomeCode(ComparisonOutcome(i))));
        QVERIFY(c.value().summary(u"absoluut"_s)->count(ComparisonOutcome::OnlyOurs) > 0);
        bool expected = false, below = false;
        for (const ComparisonItem& item : c.value().items()) {
            expected = expected || item.expected;
            below = below || (item.outcome == ComparisonOutcome::Probable && item.score < 1.0f);
        }
        QVERIFY(expected);
        QVERIFY(below); // at least one probable match is not a perfect name match
    }
};

INBEELD_TEST_MAIN(TestComparisonService)
#include "tst_comparisonservice.moc"
