#include "app/cli/commands/SubjectCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/lifecycle/AccessExport.h"
#include "core/lifecycle/BreachReport.h"
#include "core/lifecycle/LifecycleDocuments.h"
#include "core/lifecycle/SubjectRequests.h"
#include "core/lifecycle/SubjectRights.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace inbeeld::cli {

namespace {

QJsonObject requestJson(const SubjectRequest& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("child"), r.childKey.isEmpty() ? QJsonValue() : QJsonValue(r.childKey)},
            {QStringLiteral("received"), r.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("requester"), r.requester},
            {QStringLiteral("identity_check"), r.identityCheck},
            {QStringLiteral("verified_by"), r.verifiedBy},
            {QStringLiteral("deadline"), r.deadline.toString(Qt::ISODate)},
            {QStringLiteral("extension_reason"), r.extensionReason},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("outcome"), r.outcome}};
}

QString groupHelp(const QString& usage)
{
    return usage + QStringLiteral("\n\n") + HelpText::exitCodes();
}

} // namespace

QString SubjectCommands::subjectHelp()
{
    return groupHelp(tr("Usage: %1 subject access|rectify|restrict|lift-restriction|erase|requests "
                        "[options]\nRequests of data subjects (GDPR art. 15-21).")
                         .arg(programName()));
}

QString SubjectCommands::requestsHelp()
{
    return groupHelp(tr("Usage: %1 subject requests add|list|close [options]\nThe register of data-subject requests.")
                         .arg(programName()));
}

QString SubjectCommands::breachHelp()
{
    return groupHelp(
        tr("Usage: %1 breach report [options]\nWhat was shared with whom, after a breach.").arg(programName()));
}

void DocumentCommand::addDocumentOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("format"), tr("json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
}

std::optional<int> DocumentCommand::check(CommandLine& cmd)
{
    const QString format = cmd.value(QStringLiteral("format"));
    if (format != u"json" && format != u"pdf")
        return cmd.usageError(tr("--format: json or pdf."));
    return std::nullopt;
}

int DocumentCommand::write(const CommandLine& cmd, const QJsonObject& json) const
{
    const QString format = cmd.value(QStringLiteral("format"));
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    if (format == u"json") {
        if (const QString error = writePrivateFile(out, QJsonDocument(json).toJson(QJsonDocument::Indented));
            !error.isEmpty())
            return reportFailure(error);
    } else if (auto written = pdf(json, cmd).writePdf(out); !written) {
        return reportError(written.error());
    }
    return done(cmd, QJsonObject {{QStringLiteral("out"), out}, {QStringLiteral("format"), format}},
                tr("Written to %1 (readable only by you: it holds personal data).").arg(StoreAccess::displayPath(out)));
}

SubjectAccessCommand::SubjectAccessCommand()
    : DocumentCommand({QStringLiteral("subject access"),
                       QStringLiteral("subject access --store PATH --bsn BSN --format json|pdf --out FILE"),
                       tr("Export everything the store holds about a child (GDPR art. 15)"),
                       tr("Everything the store holds about a child, with the explanation GDPR art. 15 requires.")},
                      Child::Required)
{
}

void SubjectAccessCommand::defineCommandOptions(CommandLine& cmd)
{
    addDocumentOptions(cmd);
}

Document SubjectAccessCommand::pdf(const QJsonObject& json, const CommandLine& /*cmd*/) const
{
    return LifecycleDocuments::access(json);
}

int SubjectAccessCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto access = AccessExport::build(store, childKey());
    if (!access)
        return reportError(access.error());
    return write(cmd, access.value());
}

SubjectRectifyCommand::SubjectRectifyCommand()
    : LifecycleCommand(
        {QStringLiteral("subject rectify"),
         QStringLiteral("subject rectify --store PATH --bsn BSN --field ID --value V --reason TEXT [--json]"),
         tr("Correct a field of our own record about a child"),
         tr("Correct or complete a field of our own record about a child; comparisons and packages use "
            "the correction from then on. Fields: %1.")
             .arg(SubjectRights::rectifiableFields().join(QStringLiteral(", ")))},
        Child::Required)
{
}

void SubjectRectifyCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("field"), tr("The field id."), QStringLiteral("ID"), true);
    cmd.addOption(QStringLiteral("value"), tr("The correct value (dates as YYYY-MM-DD)."), QStringLiteral("V"), true);
    cmd.addOption(QStringLiteral("reason"), tr("Why (e.g. the request it answers)."), QStringLiteral("TEXT"), true);
}

int SubjectRectifyCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto r = SubjectRights(store).rectify(childKey(), cmd.value(QStringLiteral("field")),
                                          cmd.value(QStringLiteral("value")), cmd.value(QStringLiteral("reason")));
    if (!r)
        return reportError(r.error());
    return done(cmd,
                QJsonObject {{QStringLiteral("field"), r.value().field},
                             {QStringLiteral("old"), r.value().oldValue},
                             {QStringLiteral("new"), r.value().newValue}},
                tr("Corrected %1: '%2' is now '%3'.").arg(r.value().field, r.value().oldValue, r.value().newValue));
}

SubjectRestrictCommand::SubjectRestrictCommand()
    : ChildFlagCommand({QStringLiteral("subject restrict"),
                        QStringLiteral("subject restrict --store PATH --bsn BSN [--reason TEXT] [--json]"),
                        tr("Restrict the processing of a child's data"),
                        tr("Restrict processing of a child's data: kept, but never shared or exported until lifted.")},
                       {ChildFlag::Kind::Restriction, true, tr("Why (e.g. the request it answers)."), false,
                        QStringLiteral("restricted"), tr("Processing is restricted.")})
{
}

SubjectLiftRestrictionCommand::SubjectLiftRestrictionCommand()
    : ChildFlagCommand({QStringLiteral("subject lift-restriction"),
                        QStringLiteral("subject lift-restriction --store PATH --bsn BSN [--json]"),
                        tr("Lift the restriction of processing"),
                        tr("Lift the restriction of processing of a child's data.")},
                       {ChildFlag::Kind::Restriction,
                        false,
                        {},
                        false,
                        QStringLiteral("restricted"),
                        tr("The restriction is lifted.")})
{
}

SubjectEraseCommand::SubjectEraseCommand()
    : LifecycleCommand(
        {QStringLiteral("subject erase"),
         QStringLiteral("subject erase --store PATH --bsn BSN --reason TEXT [--grant] [--objection] [--json]"),
         tr("Record the decision on an erasure or objection request"),
         tr("Record the decision on an erasure (or objection) request. Without --grant it is refused "
            "under the public task, with the reasoning recorded; with --grant everything about the child "
            "is purged now.")},
        Child::Required)
{
}

void SubjectEraseCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("reason"), tr("The reasoning of the decision."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("grant"), tr("Grant the request: purge the child now."));
    cmd.addOption(QStringLiteral("objection"), tr("The request is an objection (art. 21) rather than erasure."));
}

int SubjectEraseCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto d = SubjectRights(store).erase(
        childKey(), cmd.value(QStringLiteral("reason")), cmd.isSet(QStringLiteral("grant")),
        cmd.isSet(QStringLiteral("objection")) ? QStringLiteral("objection") : QStringLiteral("erasure"));
    if (!d)
        return reportError(d.error());
    return done(cmd,
                QJsonObject {{QStringLiteral("granted"), d.value().granted},
                             {QStringLiteral("reasoning"), d.value().reasoning},
                             {QStringLiteral("records_removed"), d.value().recordsRemoved}},
                d.value().granted ? tr("Granted: %1 records removed; nothing of the child is left in the store.")
                                        .arg(d.value().recordsRemoved)
                                  : tr("Refused; recorded with this reasoning:\n%1").arg(d.value().reasoning));
}

SubjectRequestsAddCommand::SubjectRequestsAddCommand()
    : LifecycleCommand(
        {QStringLiteral("subject requests add"),
         QStringLiteral("subject requests add --store PATH --type TYPE --bsn BSN --received DATE --requester "
                        "young_person|parent|guardian --identity TEXT --verified-by NAME [--json]"),
         tr("Register a data-subject request"), tr("Register a request; the deadline is one month after receipt.")},
        Child::Required)
{
}

void SubjectRequestsAddCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("type"), SubjectRequests::types().join(QStringLiteral(", ")), QStringLiteral("TYPE"),
                  true);
    cmd.addOption(QStringLiteral("received"), tr("The date received (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("requester"), tr("young_person (16+), parent or guardian."), QStringLiteral("WHO"),
                  true);
    cmd.addOption(QStringLiteral("identity"), tr("How the identity was verified."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("verified-by"), tr("Who verified it."), QStringLiteral("NAME"), true);
}

int SubjectRequestsAddCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    SubjectRequest r;
    r.type = cmd.value(QStringLiteral("type"));
    r.childKey = childKey();
    r.receivedOn = QDate::fromString(cmd.value(QStringLiteral("received")), Qt::ISODate);
    r.requester = cmd.value(QStringLiteral("requester"));
    r.identityCheck = cmd.value(QStringLiteral("identity"));
    r.verifiedBy = cmd.value(QStringLiteral("verified-by"));
    auto added = SubjectRequests(store).add(r);
    if (!added)
        return reportError(added.error());
    return done(cmd, requestJson(added.value()),
                tr("Request %1 registered; answer by %2.")
                    .arg(added.value().id)
                    .arg(added.value().deadline.toString(QStringLiteral("d-M-yyyy"))));
}

SubjectRequestsListCommand::SubjectRequestsListCommand()
    : LifecycleCommand({QStringLiteral("subject requests list"),
                        QStringLiteral("subject requests list --store PATH [--open] [--json]"),
                        tr("List the data-subject requests, nearest deadline first"),
                        tr("List the registered requests, nearest deadline first.")},
                       Child::None)
{
}

void SubjectRequestsListCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("open"), tr("Only open requests."));
}

int SubjectRequestsListCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto list = SubjectRequests(store).list(cmd.isSet(QStringLiteral("open")));
    if (!list)
        return reportError(list.error());
    QJsonArray json;
    QStringList text;
    const auto nearing = SubjectRequests::nearingDeadline(list.value(), QDate::currentDate());
    for (const SubjectRequest& r : std::as_const(list.value())) {
        QJsonObject o = requestJson(r);
        const bool soon
            = std::any_of(nearing.cbegin(), nearing.cend(), [&](const SubjectRequest& n) { return n.id == r.id; });
        o.insert(QStringLiteral("deadline_near"), soon);
        json.append(o);
        text.append(tr("%1  %2  %3  deadline %4%5")
                        .arg(r.id)
                        .arg(SubjectRequests::typeName(r.type), r.status,
                             r.deadline.toString(QStringLiteral("d-M-yyyy")),
                             soon ? tr("  (deadline near)") : QString()));
    }
    return done(cmd, json, text.isEmpty() ? tr("No requests.") : text.join(u'\n'));
}

SubjectRequestsCloseCommand::SubjectRequestsCloseCommand()
    : LifecycleCommand(
        {QStringLiteral("subject requests close"),
         QStringLiteral("subject requests close --store PATH --id N --outcome TEXT [--refused] [--json]"),
         tr("Close a data-subject request with its outcome"), tr("Close a request with how it was answered.")},
        Child::None)
{
}

void SubjectRequestsCloseCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("id"), tr("The request number."), QStringLiteral("N"), true);
    cmd.addOption(QStringLiteral("outcome"), tr("How it was answered."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("refused"), tr("The request was refused."));
}

int SubjectRequestsCloseCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto closed
        = SubjectRequests(store).close(cmd.value(QStringLiteral("id")).toLongLong(),
                                       cmd.value(QStringLiteral("outcome")), cmd.isSet(QStringLiteral("refused")));
    if (!closed)
        return reportError(closed.error());
    return done(cmd, requestJson(closed.value()), tr("Request %1 closed.").arg(closed.value().id));
}

BreachReportCommand::BreachReportCommand()
    : DocumentCommand({QStringLiteral("breach report"),
                       QStringLiteral("breach report --store PATH --from DATE --to DATE [--partner NAME] --format "
                                      "json|pdf --out FILE [--children]"),
                       tr("Report what was shared with whom in a period, for a data breach"),
                       tr("Every package sent and received in a period, the children each held, and a draft of the "
                          "notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3)).")},
                      Child::None)
{
}

void BreachReportCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("partner"), tr("Only packages with this partner (organisation name)."),
                  QStringLiteral("NAME"));
    addDocumentOptions(cmd);
    cmd.addOption(QStringLiteral("children"), tr("PDF: list the children of each package (for notifying them)."));
}

Document BreachReportCommand::pdf(const QJsonObject& json, const CommandLine& cmd) const
{
    return LifecycleDocuments::breach(json, cmd.isSet(QStringLiteral("children")));
}

int BreachReportCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto report = BreachReport::build(store, QDate::fromString(cmd.value(QStringLiteral("from")), Qt::ISODate),
                                      QDate::fromString(cmd.value(QStringLiteral("to")), Qt::ISODate),
                                      cmd.value(QStringLiteral("partner")));
    if (!report)
        return reportError(report.error());
    return write(cmd, report.value());
}

} // namespace inbeeld::cli
