#include "core/sharing/DecisionStore.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {
const QString Pass = QStringLiteral("zeven groene kikkers springen");
const QString Swv = QStringLiteral("swv-passend-wijs");
const QDateTime Now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
} // namespace

/// Decisions are kept in the encrypted store, audited without personal data, and withdrawn
/// rather than edited.
class TestDecisionStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> newStore()
    {
        return createTestStore(m_dir.filePath(QStringLiteral("s%1.inbeeld").arg(++m_n)), Pass);
    }

private slots:
    void recordsAndReadsBack()
    {
        auto store = newStore();
        QVERIFY(store);
        DecisionStore decisions(*store);
        ShareDecision d = decisionFor(3, Swv, Now);
        d.answers.note = QStringLiteral("Graag overleg");
        auto stored = decisions.record(d);
        QVERIFY2(stored, qPrintable(stored.message()));
        QVERIFY(stored.value().id > 0);
        auto back = decisions.get(stored.value().id);
        QVERIFY2(back, qPrintable(back.message()));
        const ShareDecision& b = back.value();
        QCOMPARE(b.child.childKey, d.child.childKey);
        QCOMPARE(b.child.recordId, d.child.recordId);
        QCOMPARE(b.recipient, Swv);
        QCOMPARE(b.decidedAt, Now);
        QCOMPARE(b.expiresAt, Now.addDays(30));
        QCOMPARE(b.fields(), d.fields());
        QCOMPARE(b.answers.toJson(), d.answers.toJson());
        QCOMPARE(b.lawArticles, d.lawArticles);
        QVERIFY(b.isInForce(Now));
        QCOMPARE(decisions.forChild(d.child.childKey).value().size(), 1);
        QVERIFY(decisions.forChild(QStringLiteral("bsn:000000000")).value().isEmpty());
        QVERIFY(!decisions.record(stored.value())); // a stored decision is not stored twice
    }

    void auditTextHasNoPersonalData()
    {
        auto store = newStore();
        QVERIFY(store);
        DecisionStore decisions(*store);
        const ShareDecision d = decisionFor(4, Swv, Now);
        auto stored = decisions.record(d);
        QVERIFY(stored);
        QVERIFY(decisions.withdraw(stored.value().id, QStringLiteral("Ouders maakten bezwaar"), Now.addDays(1)));
        const auto entries = store->audit().entries().value();
        QStringList actions;
        for (const AuditEntry& e : entries) {
            actions << e.action;
            QVERIFY2(!e.detail.contains(fictitiousBsn(4)), qPrintable(e.detail));
            QVERIFY(!e.detail.contains(QStringLiteral("Özdemir")));
            QVERIFY(!e.detail.contains(QStringLiteral("Anaïs")));
            QVERIFY(!e.detail.contains(QStringLiteral("bezwaar")));
        }
        QVERIFY(actions.contains(QStringLiteral("decision.recorded")));
        QVERIFY(actions.contains(QStringLiteral("decision.withdrawn")));
        QVERIFY(store->audit().verify());
        const QString detail = entries.last().action == u"decision.withdrawn" ? entries.at(entries.size() - 2).detail
                                                                              : entries.last().detail;
        QVERIFY2(detail.contains(QStringLiteral("record 14")), qPrintable(detail));
    }

    void withdrawIsFinalAndDecisionsAreNotEdited()
    {
        auto store = newStore();
        QVERIFY(store);
        DecisionStore decisions(*store);
        auto stored = decisions.record(decisionFor(3, Swv, Now));
        QVERIFY(stored);
        const qint64 id = stored.value().id;
        auto withdrawn = decisions.withdraw(id, QString(), Now.addDays(2));
        QVERIFY2(withdrawn, qPrintable(withdrawn.message()));
        QCOMPARE(decisions.get(id).value().withdrawnAt, Now.addDays(2));
        QVERIFY(!decisions.get(id).value().isInForce(Now.addDays(3)));
        QCOMPARE(decisions.get(id).value().stateText(Now.addDays(3)), QStringLiteral("withdrawn"));
        QVERIFY(!decisions.withdraw(id, QString(), Now.addDays(3)));
        QVERIFY(!decisions.withdraw(999, QString(), Now));
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE share_decisions SET recipient = 'swv-de-liemers'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE share_decisions SET withdrawn_at = NULL")));
        QCOMPARE(decisions.get(id).value().recipient, Swv);
    }

    void alternativeOutcomeIsRecorded()
    {
        auto store = newStore();
        QVERIFY(store);
        Checklist c(builtInAgreement(), sharingChild(5), 1, Swv, Role::Rbl);
        ShareAnswers a = passingAnswers(c);
        a.alternative = QStringLiteral("ask_directly");
        auto d = c.decide(a, QStringLiteral("tester"), Now);
        QVERIFY(d);
        DecisionStore decisions(*store);
        auto stored = decisions.record(d.value());
        QVERIFY2(stored, qPrintable(stored.message()));
        QCOMPARE(decisions.get(stored.value().id).value().outcome, ShareDecision::Outcome::Alternative);
        QCOMPARE(store->audit().entries().value().last().action, QStringLiteral("decision.alternative_chosen"));
    }

    void standingDecisionIsRecordedOncePerAgreement()
    {
        auto store = newStore();
        QVERIFY(store);
        DecisionStore decisions(*store);
        const Agreement agreement = builtInAgreement();
        QVERIFY(!decisions.standing(agreement.id()).value());
        auto first = decisions.recordStanding(agreement, Role::Rbl, Now);
        QVERIFY2(first, qPrintable(first.message()));
        auto again = decisions.recordStanding(agreement, Role::Rbl, Now);
        QVERIFY(!again);
        QVERIFY(again.message().contains(QString::number(first.value().id)));
        const auto standing = decisions.standing(agreement.id()).value();
        QVERIFY(standing);
        QCOMPARE(standing->fieldsByCategory, first.value().fieldsByCategory);
        QVERIFY(decisions.withdraw(first.value().id, QString(), Now));
        QVERIFY(!decisions.standing(agreement.id()).value());
        QVERIFY(decisions.recordStanding(agreement, Role::Rbl, Now));
        QCOMPARE(decisions.list().value().size(), 2);
    }

    void storeFileDoesNotRevealDecisions()
    {
        const QString p = m_dir.filePath(QStringLiteral("plain.inbeeld"));
        {
            auto store = createTestStore(p, Pass);
            QVERIFY(store);
            ShareDecision d = decisionFor(6, Swv, Now);
            d.answers.subsidiarityReason = QStringLiteral("Onderscheidende zin om te zoeken in het bestand.");
            QVERIFY(DecisionStore(*store).record(d));
        }
        const QByteArray bytes = readFile(p);
        QVERIFY(!bytes.contains("Onderscheidende"));
        QVERIFY(!bytes.contains(fictitiousBsn(6).toUtf8()));
    }
};

INBEELD_TEST_MAIN(TestDecisionStore)
#include "tst_decisionstore.moc"
