#include "app/cli/commands/DecisionCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Agreement.h"
#include "core/domain/Bsn.h"
#include "core/reporting/CaseDocuments.h"
#include "core/sharing/Checklist.h"
#include "core/sharing/ChildFinder.h"
#include "core/sharing/DecisionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace inbeeld::cli {

namespace {

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue nullableText(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject decisionJson(const ShareDecision& d, const QDateTime& now)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("kind"), ShareDecision::kindCode(d.kind));
    o.insert(QStringLiteral("agreement"), d.agreementId);
    o.insert(QStringLiteral("agreement_version"), d.agreementVersion);
    if (d.kind == ShareDecision::Kind::Individual) {
        QJsonObject child;
        child.insert(QStringLiteral("key"), d.child.childKey);
        child.insert(QStringLiteral("record"), d.child.recordId > 0 ? QJsonValue(d.child.recordId) : QJsonValue());
        child.insert(QStringLiteral("snapshot"),
                     d.child.snapshotId > 0 ? QJsonValue(d.child.snapshotId) : QJsonValue());
        child.insert(QStringLiteral("category"), d.category);
        o.insert(QStringLiteral("child"), child);
    }
    o.insert(QStringLiteral("recipient"), nullableText(d.recipient));
    o.insert(QStringLiteral("decided_by"), d.decidedBy);
    o.insert(QStringLiteral("decided_at"), utc(d.decidedAt));
    o.insert(QStringLiteral("expires_at"), nullableText(utc(d.expiresAt)));
    o.insert(QStringLiteral("outcome"), ShareDecision::outcomeCode(d.outcome));
    o.insert(QStringLiteral("in_force"), d.isInForce(now));
    o.insert(QStringLiteral("state"), d.stateText(now));
    o.insert(QStringLiteral("law_articles"), QJsonArray::fromStringList(d.lawArticles));
    o.insert(QStringLiteral("answers"), d.answers.toJson());
    if (!d.fieldsByCategory.isEmpty()) {
        QJsonObject per;
        for (auto it = d.fieldsByCategory.cbegin(); it != d.fieldsByCategory.cend(); ++it)
            per.insert(it.key(), QJsonArray::fromStringList(it.value()));
        o.insert(QStringLiteral("fields_by_category"), per);
    }
    o.insert(QStringLiteral("withdrawn_at"), nullableText(utc(d.withdrawnAt)));
    if (d.isWithdrawn()) {
        o.insert(QStringLiteral("withdrawn_by"), d.withdrawnBy);
        o.insert(QStringLiteral("withdraw_reason"), nullableText(d.withdrawReason));
    }
    return o;
}

QString partyName(const Agreement* agreement, const QString& id)
{
    const AgreementParty* p = agreement ? agreement->party(id) : nullptr;
    return p ? p->name : id;
}

/// A readable account of one decision, as "decisions show" prints it.
void printDecision(const ShareDecision& d, const Agreement* agreement, const QDateTime& now)
{
    const QString dateTime = QStringLiteral("d-M-yyyy HH:mm");
    printOut(DecisionCommands::tr("Decision %1 (%2)").arg(d.id).arg(d.stateText(now)));
    if (d.kind == ShareDecision::Kind::Standing) {
        printOut(DecisionCommands::tr("  Standing decision for the quarterly exchange of the agreement %1")
                     .arg(d.agreementId));
    } else {
        printOut(DecisionCommands::tr("  Child:       %1 (record %2, list %3, category %4)")
                     .arg(d.child.childKey)
                     .arg(d.child.recordId)
                     .arg(d.child.snapshotId)
                     .arg(d.category));
        printOut(DecisionCommands::tr("  Recipient:   %1").arg(partyName(agreement, d.recipient)));
    }
    printOut(
        DecisionCommands::tr("  Decided:     %1 by %2").arg(d.decidedAt.toLocalTime().toString(dateTime), d.decidedBy));
    if (d.expiresAt.isValid())
        printOut(DecisionCommands::tr("  Expires:     %1").arg(d.expiresAt.toLocalTime().toString(dateTime)));
    const ShareAnswers& a = d.answers;
    printOut(a.informed ? DecisionCommands::tr("  Informed:    yes (%1)").arg(a.informedWho)
                        : DecisionCommands::tr("  Informed:    no: %1").arg(a.notInformedReason));
    const LegalGround* ground = agreement ? agreement->legalGround(a.ground) : nullptr;
    printOut(DecisionCommands::tr("  Ground:      %1")
                 .arg(ground ? ground->name + QStringLiteral(" (") + ground->article + u')' : a.ground));
    if (!d.lawArticles.isEmpty())
        printOut(DecisionCommands::tr("  Law:         %1").arg(d.lawArticles.join(QStringLiteral("; "))));
    const Purpose* purpose = agreement ? agreement->purpose(a.purposeId) : nullptr;
    printOut(DecisionCommands::tr("  Purpose:     %1")
                 .arg(purpose ? purpose->description
                              : a.purposeText + u' ' + DecisionCommands::tr("(outside the agreement)")));
    if (d.outcome == ShareDecision::Outcome::Alternative) {
        printOut(DecisionCommands::tr("  Outcome:     a less intrusive way was chosen (%1); nothing may be shared")
                     .arg(a.alternative));
    } else if (d.kind == ShareDecision::Kind::Standing) {
        for (auto it = d.fieldsByCategory.cbegin(); it != d.fieldsByCategory.cend(); ++it)
            printOut(DecisionCommands::tr("  Fields (%1): %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
        printOut(DecisionCommands::tr("  Less intrusive ways: %1").arg(a.subsidiarityReason));
        if (!d.areaRule.isEmpty())
            printOut(DecisionCommands::tr("  Area rule:   %1").arg(d.areaRule));
    } else {
        printOut(DecisionCommands::tr("  Fields:      %1").arg(a.fields.join(QStringLiteral(", "))));
        for (auto it = a.justifications.cbegin(); it != a.justifications.cend(); ++it)
            printOut(DecisionCommands::tr("    why %1: %2").arg(it.key(), it.value()));
        printOut(DecisionCommands::tr("  Less intrusive ways not enough: %1").arg(a.subsidiarityReason));
    }
    if (d.isWithdrawn())
        printOut(DecisionCommands::tr("  Withdrawn:   %1 by %2 %3")
                     .arg(d.withdrawnAt.toLocalTime().toString(dateTime), d.withdrawnBy, d.withdrawReason));
}

std::optional<Agreement> agreementOf(const Store& store)
{
    auto a = AgreementCatalog::builtIn(store.organisation().agreementId);
    return a ? std::optional<Agreement>(a.value()) : std::nullopt;
}

std::optional<qint64> decisionId(const CommandLine& cmd)
{
    bool ok = false;
    const qint64 id = cmd.positional().trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

QString DecisionCommands::decisionsHelp()
{
    return DecisionCommands::tr("Usage: %1 decisions [list|show|withdraw|standing] [options]\n"
                                "The decisions of the four-step check taken in a store.\n"
                                "\n"
                                "Commands:\n"
                                "  list       List the decisions, newest first (the default)\n"
                                "  show       Show one decision in full\n"
                                "  withdraw   Withdraw a decision: from then on it covers nothing\n"
                                "  standing   Record the standing decision of the quarterly exchange of the lists\n"
                                "\n"
                                "Run '%1 decisions <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

DecideCommand::DecideCommand()
    : StoreCommand({QStringLiteral("decide"),
                    QStringLiteral("decide --store PATH --bsn BSN --to PARTY --answers FILE [--json] "
                                   "[--passphrase-file FILE]"),
                    tr("Record the four-step check before sharing a child's data"),
                    tr("Record the four-step check (Stappenplan informatie delen) before sharing a child's data with "
                       "a party of the agreement. The answers come from a JSON file (see README.md) and are "
                       "checked with the same rules as the wizard, including the check for special categories of "
                       "personal data. The child is looked up by BSN in the newest lists of the store.")})
{
}

void DecideCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("bsn"),
                  tr("The child's BSN; \"-\" reads it from standard input, so that it does not show in the "
                     "process list."),
                  QStringLiteral("BSN"), true);
    cmd.addOption(QStringLiteral("to"), tr("The party to share with: the id of a party of the agreement."),
                  QStringLiteral("PARTY"), true);
    cmd.addOption(QStringLiteral("answers"), tr("The JSON file with the answers of the four steps."),
                  QStringLiteral("FILE"), true);
    addJsonOption(cmd, tr("Print the recorded decision as a JSON object."));
    cmd.addSection(tr("Exit code 0 when the decision was recorded (also when a less intrusive way was chosen), 1 "
                      "when the answers are incomplete or the child is not found."));
}

std::optional<int> DecideCommand::prepare(CommandLine& cmd)
{
    const Result<Bsn> bsn = Bsn::parse(cmd.valueOrStdin(QStringLiteral("bsn")));
    if (!bsn)
        return cmd.usageError(tr("--bsn: %1").arg(bsn.message()));
    const QString answersPath = StoreAccess::absolutePath(cmd.value(QStringLiteral("answers")));
    QFile answersFile(answersPath);
    if (!answersFile.open(QIODevice::ReadOnly))
        return reportFailure(tr("the answers file %1 could not be read: %2")
                                 .arg(StoreAccess::displayPath(answersPath), answersFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answersFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return reportFailure(tr("the answers file %1 is not a JSON object (at character %2: %3)")
                                 .arg(StoreAccess::displayPath(answersPath))
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    auto answers = ShareAnswers::fromJson(doc.object());
    if (!answers)
        return reportError(answers.error());
    m_bsn = bsn.value();
    m_answers = answers.takeValue();
    m_answersHaveFields = doc.object().contains(QStringLiteral("fields"));
    return std::nullopt;
}

int DecideCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto agreement = agreementOf(store);
    if (!agreement)
        return reportFailure(tr("the store's agreement profile \"%1\" is not known to this program")
                                 .arg(store.organisation().agreementId));
    const QString recipient = cmd.value(QStringLiteral("to")).trimmed();
    if (!agreement->party(recipient)) {
        QStringList parties;
        for (const AgreementParty& p : agreement->parties())
            parties << QStringLiteral("  %1  (%2)").arg(p.id, p.name);
        return cmd.usageError(
            tr("--to: \"%1\" is not a party of the agreement. Use one of:\n%2").arg(recipient, parties.join(u'\n')));
    }
    auto found = ChildFinder::byBsn(store, *m_bsn);
    if (!found)
        return reportError(found.error());
    if (!found.value())
        return reportFailure(tr("no child with BSN %1 is in the newest lists of this store; import the list first")
                                 .arg(m_bsn->toString()));
    const FoundChild& child = *found.value();

    Checklist checklist(*agreement, child.record, child.snapshot.id, recipient, store.organisation().role);
    ShareAnswers a = *m_answers;
    if (!m_answersHaveFields)
        a.fields = checklist.minimumFields();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ChecklistStep step : {ChecklistStep::Talk, ChecklistStep::Ground, ChecklistStep::Purpose,
                                     ChecklistStep::Fields, ChecklistStep::Subsidiarity}) {
        for (const ChecklistIssue& w : checklist.warnings(step, a, now))
            printErr(programName() + QStringLiteral(": ") + tr("warning: %1").arg(w.message));
    }
    auto decision = checklist.decide(a, AuditLog::currentActor(), now);
    if (!decision)
        return reportError(decision.error());
    auto stored = DecisionStore(store).record(decision.takeValue());
    if (!stored)
        return reportError(stored.error());
    const ShareDecision& d = stored.value();
    if (json(cmd)) {
        printJson(decisionJson(d, now));
    } else if (d.outcome == ShareDecision::Outcome::Alternative) {
        printOut(tr("Recorded decision %1: a less intrusive way was chosen (%2). Nothing about this child may be "
                    "shared with %3.")
                     .arg(d.id)
                     .arg(d.answers.alternative, partyName(&*agreement, recipient)));
    } else {
        printOut(tr("Recorded decision %1: %2 may be shared with %3 until %4.")
                     .arg(d.id)
                     .arg(d.fields().join(QStringLiteral(", ")), partyName(&*agreement, recipient),
                          d.expiresAt.toLocalTime().toString(QStringLiteral("d-M-yyyy HH:mm"))));
    }
    return ExitSuccess;
}

DecisionsListCommand::DecisionsListCommand()
    : StoreCommand({QStringLiteral("decisions list"),
                    QStringLiteral("decisions [list] --store PATH [--json] [--passphrase-file FILE]"),
                    tr("List the decisions, newest first (the default)"),
                    tr("List the decisions of the four-step check, newest first.")})
{
}

void DecisionsListCommand::defineStoreOptions(CommandLine& cmd)
{
    addJsonOption(cmd, tr("Print a JSON array instead of text."));
}

int DecisionsListCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto all = DecisionStore(store).list();
    if (!all)
        return reportError(all.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json(cmd)) {
        QJsonArray array;
        for (const ShareDecision& d : all.value())
            array.append(decisionJson(d, now));
        printJson(array);
        return ExitSuccess;
    }
    if (all.value().isEmpty()) {
        printOut(tr("No decisions have been taken in this store yet."));
        return ExitSuccess;
    }
    QList<QStringList> rows;
    rows << QStringList {tr("ID"),     tr("Decided (UTC)"), tr("Child"), tr("Recipient"),
                         tr("Fields"), tr("Expires (UTC)"), tr("State")};
    for (const ShareDecision& d : all.value()) {
        const bool standing = d.kind == ShareDecision::Kind::Standing;
        rows << QStringList {QString::number(d.id),
                             d.decidedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             standing ? tr("(quarterly exchange)") : d.child.childKey,
                             standing ? tr("(all parties)") : d.recipient,
                             standing ? tr("per category") : d.fields().join(u','),
                             d.expiresAt.isValid() ? d.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                   : QString(),
                             d.stateText(now)};
    }
    printTable(rows);
    return ExitSuccess;
}

DecisionsShowCommand::DecisionsShowCommand()
    : StoreCommand({QStringLiteral("decisions show"),
                    QStringLiteral("decisions show ID --store PATH [--json] [--pdf FILE] [--passphrase-file FILE]"),
                    tr("Show one decision in full"), tr("Show one decision in full: the weighing of every step.")})
{
}

void DecisionsShowCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("ID"), tr("The number of the decision (see 'decisions list')."));
    addJsonOption(cmd, tr("Print a JSON object instead of text."));
    cmd.addOption(QStringLiteral("pdf"),
                  tr("Also write the decision record (the whole weighing, marked confidential) as a PDF to FILE."),
                  QStringLiteral("FILE"));
}

std::optional<int> DecisionsShowCommand::prepare(CommandLine& cmd)
{
    const auto id = decisionId(cmd);
    if (!id)
        return cmd.usageError(tr("give the number of a decision, like 3"));
    m_id = *id;
    return std::nullopt;
}

int DecisionsShowCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto d = DecisionStore(store).get(m_id);
    if (!d)
        return reportError(d.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cmd.isSet(QStringLiteral("pdf"))) {
        const QString pdf = StoreAccess::absolutePath(cmd.value(QStringLiteral("pdf")));
        const Document doc = CaseDocuments::decisionRecord(d.value(), agreementOf(store), store.organisation().name);
        if (auto written = doc.writePdf(pdf); !written)
            return reportError(written.error());
        (void)store.audit().append(QStringLiteral("decision.printed"), QStringLiteral("decision=%1").arg(m_id));
    }
    if (json(cmd)) {
        printJson(decisionJson(d.value(), now));
    } else {
        const auto agreement = agreementOf(store);
        printDecision(d.value(), agreement ? &*agreement : nullptr, now);
    }
    return ExitSuccess;
}

DecisionsWithdrawCommand::DecisionsWithdrawCommand()
    : StoreCommand({QStringLiteral("decisions withdraw"),
                    QStringLiteral("decisions withdraw ID --store PATH [--reason TEXT] [--passphrase-file FILE]"),
                    tr("Withdraw a decision: from then on it covers nothing"),
                    tr("Withdraw a decision. From then on it covers nothing; take a new decision to share again.")})
{
}

void DecisionsWithdrawCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("ID"), tr("The number of the decision (see 'decisions list')."));
    cmd.addOption(QStringLiteral("reason"), tr("Why the decision is withdrawn (kept with the decision)."),
                  QStringLiteral("TEXT"));
}

std::optional<int> DecisionsWithdrawCommand::prepare(CommandLine& cmd)
{
    const auto id = decisionId(cmd);
    if (!id)
        return cmd.usageError(tr("give the number of a decision, like 3"));
    m_id = *id;
    return std::nullopt;
}

int DecisionsWithdrawCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto d = DecisionStore(store).withdraw(m_id, cmd.value(QStringLiteral("reason")), QDateTime::currentDateTimeUtc());
    if (!d)
        return reportError(d.error());
    printOut(tr("Decision %1 withdrawn.").arg(m_id));
    return ExitSuccess;
}

DecisionsStandingCommand::DecisionsStandingCommand()
    : StoreCommand({QStringLiteral("decisions standing"),
                    QStringLiteral("decisions standing --store PATH [--json] [--passphrase-file FILE]"),
                    tr("Record the standing decision of the quarterly exchange of the lists"),
                    tr("Record the standing decision that covers the quarterly exchange of the lists under the "
                       "agreement: its legal ground, its purpose, the fields per category of Bijlage 1, and why counts "
                       "alone are not enough. Shows it when it was recorded already.")})
{
}

void DecisionsStandingCommand::defineStoreOptions(CommandLine& cmd)
{
    addJsonOption(cmd, tr("Print a JSON object instead of text."));
}

int DecisionsStandingCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto agreement = agreementOf(store);
    if (!agreement)
        return reportFailure(tr("the store's agreement profile \"%1\" is not known to this program")
                                 .arg(store.organisation().agreementId));
    DecisionStore decisions(store);
    auto existing = decisions.standing(agreement->id());
    if (!existing)
        return reportError(existing.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ShareDecision d;
    if (existing.value() && existing.value()->agreementVersion == agreement->version()) {
        d = *existing.value();
    } else {
        auto recorded = decisions.recordStanding(*agreement, store.organisation().role, now);
        if (!recorded)
            return reportError(recorded.error());
        d = recorded.takeValue();
    }
    if (json(cmd))
        printJson(decisionJson(d, now));
    else
        printDecision(d, &*agreement, now);
    return ExitSuccess;
}

} // namespace inbeeld::cli
