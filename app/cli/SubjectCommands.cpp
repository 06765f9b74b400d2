#include "app/cli/CommandLine.h"
#include "app/cli/LifecycleCommands.h"
#include "app/cli/StoreAccess.h"
#include "core/lifecycle/AccessExport.h"
#include "core/lifecycle/BreachReport.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/LifecycleDocuments.h"
#include "core/lifecycle/SubjectRequests.h"
#include "core/lifecycle/SubjectRights.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");
const QString JsonOption = QStringLiteral("json");

template<typename Body>
int withStore(CommandLine& cmd, const QStringList& arguments, Body body)
{
    cmd.addOption(JsonOption, SubjectCommands::tr("Print JSON instead of text."));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;
    std::unique_ptr<Store> store;
    if (const auto exitCode
        = StoreAccess::open(StoreAccess::absolutePath(cmd.value(StoreOption)), cmd.value(PassphraseFileOption), store))
        return *exitCode;
    return body(*store);
}

int done(const CommandLine& cmd, const QJsonObject& json, const QString& text)
{
    if (cmd.isSet(JsonOption))
        LifecycleCli::printJson(json);
    else
        printOut(text);
    return ExitSuccess;
}

// Writes a JSON object or its PDF to --out.
int writeDocument(const CommandLine& cmd, const QJsonObject& json, const QString& pdfKind)
{
    const QString format = cmd.value(QStringLiteral("format"));
    const QString out = StoreAccess::absolutePath(cmd.value(QStringLiteral("out")));
    if (format == u"json") {
        if (const QString error
            = LifecycleCli::writePrivateFile(out, QJsonDocument(json).toJson(QJsonDocument::Indented));
            !error.isEmpty())
            return reportFailure(error);
    } else if (format == u"pdf") {
        const Document doc = pdfKind == u"access"
            ? LifecycleDocuments::access(json)
            : LifecycleDocuments::breach(json, cmd.isSet(QStringLiteral("children")));
        if (auto written = doc.writePdf(out); !written)
            return reportError(written.error());
    } else {
        return cmd.usageError(SubjectCommands::tr("--format: json or pdf."));
    }
    if (cmd.isSet(JsonOption))
        LifecycleCli::printJson(QJsonObject {{QStringLiteral("out"), out}, {QStringLiteral("format"), format}});
    else
        printOut(SubjectCommands::tr("Written to %1 (readable only by you: it holds personal data).")
                     .arg(StoreAccess::displayPath(out)));
    return ExitSuccess;
}

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

} // namespace

int SubjectCommands::subject(const QStringList& arguments)
{
    return CommandGroup::dispatch(QStringLiteral("subject"), arguments,
                                  {{QStringLiteral("access"), &access},
                                   {QStringLiteral("rectify"), &rectify},
                                   {QStringLiteral("restrict"), & restrict},
                                   {QStringLiteral("lift-restriction"), &liftRestriction},
                                   {QStringLiteral("erase"), &erase},
                                   {QStringLiteral("requests"), &requests}},
                                  tr("Usage: %1 subject access|rectify|restrict|lift-restriction|erase|requests "
                                     "[options]\nRequests of data subjects (GDPR art. 15-21).")
                                          .arg(programName())
                                      + QStringLiteral("\n\n") + HelpText::exitCodes());
}

int SubjectCommands::access(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("subject access"),
                    QStringLiteral("subject access --store PATH --bsn BSN --format json|pdf --out FILE"),
                    tr("Everything the store holds about a child, with the explanation GDPR art. 15 requires."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("format"), tr("json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        auto access = AccessExport::build(store, key);
        if (!access)
            return reportError(access.error());
        return writeDocument(cmd, access.value(), QStringLiteral("access"));
    });
}

int SubjectCommands::rectify(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("subject rectify"),
        QStringLiteral("subject rectify --store PATH --bsn BSN --field ID --value V --reason TEXT [--json]"),
        tr("Correct or complete a field of our own record about a child; comparisons and packages use "
           "the correction from then on. Fields: %1.")
            .arg(SubjectRights::rectifiableFields().join(QStringLiteral(", "))));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("field"), tr("The field id."), QStringLiteral("ID"), true);
    cmd.addOption(QStringLiteral("value"), tr("The correct value (dates as YYYY-MM-DD)."), QStringLiteral("V"), true);
    cmd.addOption(QStringLiteral("reason"), tr("Why (e.g. the request it answers)."), QStringLiteral("TEXT"), true);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        auto r = SubjectRights(store).rectify(key, cmd.value(QStringLiteral("field")),
                                              cmd.value(QStringLiteral("value")), cmd.value(QStringLiteral("reason")));
        if (!r)
            return reportError(r.error());
        return done(cmd,
                    {{QStringLiteral("field"), r.value().field},
                     {QStringLiteral("old"), r.value().oldValue},
                     {QStringLiteral("new"), r.value().newValue}},
                    tr("Corrected %1: '%2' is now '%3'.").arg(r.value().field, r.value().oldValue, r.value().newValue));
    });
}

int SubjectCommands::restrict(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("subject restrict"),
                    QStringLiteral("subject restrict --store PATH --bsn BSN [--reason TEXT] [--json]"),
                    tr("Restrict processing of a child's data: kept, but never shared or exported until lifted."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("reason"), tr("Why (e.g. the request it answers)."), QStringLiteral("TEXT"));
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        if (auto set = ChildFlags(store).set(key, ChildFlag::Kind::Restriction, cmd.value(QStringLiteral("reason")));
            !set)
            return reportError(set.error());
        return done(cmd, {{QStringLiteral("child"), key}, {QStringLiteral("restricted"), true}},
                    tr("Processing is restricted."));
    });
}

int SubjectCommands::liftRestriction(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("subject lift-restriction"),
                    QStringLiteral("subject lift-restriction --store PATH --bsn BSN [--json]"),
                    tr("Lift the restriction of processing of a child's data."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        if (auto lifted = ChildFlags(store).lift(key, ChildFlag::Kind::Restriction); !lifted)
            return reportError(lifted.error());
        return done(cmd, {{QStringLiteral("child"), key}, {QStringLiteral("restricted"), false}},
                    tr("The restriction is lifted."));
    });
}

int SubjectCommands::erase(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("subject erase"),
        QStringLiteral("subject erase --store PATH --bsn BSN --reason TEXT [--grant] [--objection] [--json]"),
        tr("Record the decision on an erasure (or objection) request. Without --grant it is refused "
           "under the public task, with the reasoning recorded; with --grant everything about the child "
           "is purged now."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("reason"), tr("The reasoning of the decision."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("grant"), tr("Grant the request: purge the child now."));
    cmd.addOption(QStringLiteral("objection"), tr("The request is an objection (art. 21) rather than erasure."));
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        auto d = SubjectRights(store).erase(
            key, cmd.value(QStringLiteral("reason")), cmd.isSet(QStringLiteral("grant")),
            cmd.isSet(QStringLiteral("objection")) ? QStringLiteral("objection") : QStringLiteral("erasure"));
        if (!d)
            return reportError(d.error());
        return done(cmd,
                    {{QStringLiteral("granted"), d.value().granted},
                     {QStringLiteral("reasoning"), d.value().reasoning},
                     {QStringLiteral("records_removed"), d.value().recordsRemoved}},
                    d.value().granted ? tr("Granted: %1 records removed; nothing of the child is left in the store.")
                                            .arg(d.value().recordsRemoved)
                                      : tr("Refused; recorded with this reasoning:\n%1").arg(d.value().reasoning));
    });
}

int SubjectCommands::requests(const QStringList& arguments)
{
    return CommandGroup::dispatch(
        QStringLiteral("subject requests"), arguments,
        {{QStringLiteral("add"), &requestsAdd},
         {QStringLiteral("list"), &requestsList},
         {QStringLiteral("close"), &requestsClose}},
        tr("Usage: %1 subject requests add|list|close [options]\nThe register of data-subject requests.")
                .arg(programName())
            + QStringLiteral("\n\n") + HelpText::exitCodes(),
        &requestsList);
}

int SubjectCommands::requestsAdd(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("subject requests add"),
        QStringLiteral("subject requests add --store PATH --type TYPE --bsn BSN --received DATE --requester "
                       "young_person|parent|guardian --identity TEXT --verified-by NAME [--json]"),
        tr("Register a request; the deadline is one month after receipt."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("type"), SubjectRequests::types().join(QStringLiteral(", ")), QStringLiteral("TYPE"),
                  true);
    cmd.addOption(QStringLiteral("received"), tr("The date received (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("requester"), tr("young_person (16+), parent or guardian."), QStringLiteral("WHO"),
                  true);
    cmd.addOption(QStringLiteral("identity"), tr("How the identity was verified."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("verified-by"), tr("Who verified it."), QStringLiteral("NAME"), true);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        SubjectRequest r;
        r.type = cmd.value(QStringLiteral("type"));
        r.childKey = key;
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
    });
}

int SubjectCommands::requestsList(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("subject requests list"),
                    QStringLiteral("subject requests list --store PATH [--open] [--json]"),
                    tr("List the registered requests, nearest deadline first."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("open"), tr("Only open requests."));
    return withStore(cmd, arguments, [&](Store& store) {
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
        if (cmd.isSet(JsonOption))
            LifecycleCli::printJson(json);
        else
            printOut(text.isEmpty() ? tr("No requests.") : text.join(u'\n'));
        return int(ExitSuccess);
    });
}

int SubjectCommands::requestsClose(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("subject requests close"),
                    QStringLiteral("subject requests close --store PATH --id N --outcome TEXT [--refused] [--json]"),
                    tr("Close a request with how it was answered."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("id"), tr("The request number."), QStringLiteral("N"), true);
    cmd.addOption(QStringLiteral("outcome"), tr("How it was answered."), QStringLiteral("TEXT"), true);
    cmd.addOption(QStringLiteral("refused"), tr("The request was refused."));
    return withStore(cmd, arguments, [&](Store& store) {
        auto closed
            = SubjectRequests(store).close(cmd.value(QStringLiteral("id")).toLongLong(),
                                           cmd.value(QStringLiteral("outcome")), cmd.isSet(QStringLiteral("refused")));
        if (!closed)
            return reportError(closed.error());
        return done(cmd, requestJson(closed.value()), tr("Request %1 closed.").arg(closed.value().id));
    });
}

int SubjectCommands::breach(const QStringList& arguments)
{
    return CommandGroup::dispatch(
        QStringLiteral("breach"), arguments, {{QStringLiteral("report"), &breachReport}},
        tr("Usage: %1 breach report [options]\nWhat was shared with whom, after a breach.").arg(programName())
            + QStringLiteral("\n\n") + HelpText::exitCodes());
}

int SubjectCommands::breachReport(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("breach report"),
        QStringLiteral("breach report --store PATH --from DATE --to DATE [--partner NAME] --format json|pdf "
                       "--out FILE [--children]"),
        tr("Every package sent and received in a period, the children each held, and a draft of the "
           "notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3))."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"), true);
    cmd.addOption(QStringLiteral("partner"), tr("Only packages with this partner (organisation name)."),
                  QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("format"), tr("json or pdf."), QStringLiteral("FORMAT"), true);
    cmd.addOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"), true);
    cmd.addOption(QStringLiteral("children"), tr("PDF: list the children of each package (for notifying them)."));
    return withStore(cmd, arguments, [&](Store& store) {
        auto report = BreachReport::build(store, QDate::fromString(cmd.value(QStringLiteral("from")), Qt::ISODate),
                                          QDate::fromString(cmd.value(QStringLiteral("to")), Qt::ISODate),
                                          cmd.value(QStringLiteral("partner")));
        if (!report)
            return reportError(report.error());
        return writeDocument(cmd, report.value(), QStringLiteral("breach"));
    });
}

} // namespace inbeeld::cli
