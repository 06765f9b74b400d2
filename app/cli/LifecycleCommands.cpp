#include "app/cli/LifecycleCommands.h"

#include "app/cli/CommandLine.h"
#include "app/cli/StoreAccess.h"
#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/Retention.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/storage/Snapshots.h"

#include <QJsonArray>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");
const QString JsonOption = QStringLiteral("json");

// Parses, opens the store and runs body with it.
template<typename Body>
int withStore(CommandLine& cmd, const QStringList& arguments, Body body)
{
    cmd.addOption(JsonOption, LifecycleCommands::tr("Print JSON instead of text."));
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

QJsonObject statusJson(const RetentionStatus& s)
{
    QJsonArray rules;
    for (const RetentionCount& c : s.counts) {
        rules.append(QJsonObject {{QStringLiteral("rule"), c.rule},
                                  {QStringLiteral("name"), c.name},
                                  {QStringLiteral("months"), c.months},
                                  {QStringLiteral("reason"), c.reason},
                                  {QStringLiteral("items"), c.items},
                                  {QStringLiteral("rows"), c.rows}});
    }
    return {
        {QStringLiteral("rules"), rules},
        {QStringLiteral("items"), s.totalItems()},
        {QStringLiteral("rows"), s.totalRows()},
        {QStringLiteral("held_children"), s.heldChildren},
        {QStringLiteral("next_due"), s.nextDue.isValid() ? QJsonValue(s.nextDue.toString(Qt::ISODate)) : QJsonValue()}};
}

QString statusText(const RetentionStatus& s)
{
    QStringList lines;
    for (const RetentionCount& c : s.counts) {
        lines.append(LifecycleCommands::tr("%1 (%2 months): %3 item(s), %4 row(s)\n  why: %5")
                         .arg(c.name)
                         .arg(c.months)
                         .arg(c.items)
                         .arg(c.rows)
                         .arg(c.reason));
    }
    if (s.heldChildren > 0)
        lines.append(LifecycleCommands::tr("Children on legal hold (not purged): %1").arg(s.heldChildren));
    if (s.nextDue.isValid())
        lines.append(LifecycleCommands::tr("Next due: %1").arg(s.nextDue.toString(QStringLiteral("d-M-yyyy"))));
    return lines.join(u'\n');
}

} // namespace

int LifecycleCommands::caseGroup(const QStringList& arguments)
{
    return CommandGroup::dispatch(QStringLiteral("case"), arguments,
                                  {{QStringLiteral("close"), &close},
                                   {QStringLiteral("reopen"), &reopen},
                                   {QStringLiteral("list"), &list},
                                   {QStringLiteral("hold"), &hold},
                                   {QStringLiteral("release"), &release}},
                                  tr("Usage: %1 case close|reopen|list|hold|release [options]\n"
                                     "End (or resume) the processing of a child's data, and legal holds.")
                                          .arg(programName())
                                      + QStringLiteral("\n\n") + HelpText::exitCodes());
}

int LifecycleCommands::close(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("case close"),
                    QStringLiteral("case close --store PATH --bsn BSN --reason "
                                   "back_in_school|startkwalificatie|moved_out|deceased [--date YYYY-MM-DD] "
                                   "[--note TEXT] [--json]"),
                    tr("Close a child's case: processing ends for one of the four reasons of the agreement. The "
                       "child is left out of packages and purged after the retention period."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("reason"), tr("back_in_school, startkwalificatie, moved_out or deceased."),
                  QStringLiteral("REASON"), true);
    cmd.addOption(QStringLiteral("date"), tr("The date processing ended (default: today)."), QStringLiteral("DATE"));
    cmd.addOption(QStringLiteral("note"), tr("A short note, without special categories of personal data."),
                  QStringLiteral("TEXT"));
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        const auto reason = Closures::reasonFromCode(cmd.value(QStringLiteral("reason")));
        if (!reason)
            return cmd.usageError(tr("--reason: one of back_in_school, startkwalificatie, moved_out, deceased."));
        const QDate date = cmd.isSet(QStringLiteral("date"))
            ? QDate::fromString(cmd.value(QStringLiteral("date")), Qt::ISODate)
            : QDate::currentDate();
        if (!date.isValid())
            return cmd.usageError(tr("--date: give the date as YYYY-MM-DD."));
        auto closed = Closures(store).close(key, *reason, date, cmd.value(QStringLiteral("note")));
        if (!closed)
            return reportError(closed.error());
        return done(
            cmd,
            {{QStringLiteral("child"), key},
             {QStringLiteral("reason"), Closures::reasonCode(*reason)},
             {QStringLiteral("closed_on"), date.toString(Qt::ISODate)}},
            tr("Closed: %1 (%2).").arg(Closures::reasonName(*reason), date.toString(QStringLiteral("d-M-yyyy"))));
    });
}

int LifecycleCommands::reopen(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("case reopen"), QStringLiteral("case reopen --store PATH --bsn BSN [--json]"),
                    tr("Reopen a closed case (audited)."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        if (auto reopened = Closures(store).reopen(key); !reopened)
            return reportError(reopened.error());
        return done(cmd, {{QStringLiteral("child"), key}, {QStringLiteral("reopened"), true}}, tr("Reopened."));
    });
}

int LifecycleCommands::list(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("case list"), QStringLiteral("case list --store PATH [--closed] [--json]"),
                    tr("List closed cases, legal holds and restrictions (with --closed: only closed cases)."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("closed"), tr("Only the closed cases."));
    return withStore(cmd, arguments, [&](Store& store) {
        auto closures = Closures(store).all();
        if (!closures)
            return reportError(closures.error());
        QJsonArray json;
        QStringList text;
        for (const Closure& c : std::as_const(closures.value())) {
            json.append(QJsonObject {{QStringLiteral("child"), c.childKey},
                                     {QStringLiteral("state"), QStringLiteral("closed")},
                                     {QStringLiteral("reason"), Closures::reasonCode(c.reason)},
                                     {QStringLiteral("closed_on"), c.closedOn.toString(Qt::ISODate)},
                                     {QStringLiteral("closed_by"), c.closedBy}});
            text.append(
                tr("%1  closed %2: %3")
                    .arg(c.childKey, c.closedOn.toString(QStringLiteral("d-M-yyyy")), Closures::reasonName(c.reason)));
        }
        if (!cmd.isSet(QStringLiteral("closed"))) {
            for (ChildFlag::Kind kind : {ChildFlag::Kind::Hold, ChildFlag::Kind::Restriction}) {
                auto flags = ChildFlags(store).all(kind);
                if (!flags)
                    return reportError(flags.error());
                for (const ChildFlag& f : std::as_const(flags.value())) {
                    json.append(QJsonObject {{QStringLiteral("child"), f.childKey},
                                             {QStringLiteral("state"), ChildFlags::kindCode(kind)},
                                             {QStringLiteral("reason"), f.reason},
                                             {QStringLiteral("since"), f.since.toString(Qt::ISODate)}});
                    text.append((kind == ChildFlag::Kind::Hold ? tr("%1  legal hold: %2") : tr("%1  restricted: %2"))
                                    .arg(f.childKey, f.reason));
                }
            }
        }
        if (cmd.isSet(JsonOption))
            LifecycleCli::printJson(json);
        else
            printOut(text.isEmpty() ? tr("No closed cases.") : text.join(u'\n'));
        return int(ExitSuccess);
    });
}

int LifecycleCommands::hold(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("case hold"),
                    QStringLiteral("case hold --store PATH --bsn BSN --reason TEXT [--json]"),
                    tr("Put a legal hold on a child (pending request, complaint, breach investigation): nothing about "
                       "the child is purged until it is released."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    cmd.addOption(QStringLiteral("reason"), tr("Why the hold is needed."), QStringLiteral("TEXT"), true);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        if (auto set = ChildFlags(store).set(key, ChildFlag::Kind::Hold, cmd.value(QStringLiteral("reason"))); !set)
            return reportError(set.error());
        return done(cmd, {{QStringLiteral("child"), key}, {QStringLiteral("hold"), true}}, tr("Legal hold set."));
    });
}

int LifecycleCommands::release(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("case release"), QStringLiteral("case release --store PATH --bsn BSN [--json]"),
                    tr("Lift the legal hold on a child."));
    cmd.addStoreOption(tr("The store file."));
    LifecycleCli::addChildOptions(cmd);
    return withStore(cmd, arguments, [&](Store& store) {
        int exitCode = ExitUsage;
        const QString key = LifecycleCli::childKey(cmd, &exitCode);
        if (key.isEmpty())
            return exitCode;
        if (auto lifted = ChildFlags(store).lift(key, ChildFlag::Kind::Hold); !lifted)
            return reportError(lifted.error());
        return done(cmd, {{QStringLiteral("child"), key}, {QStringLiteral("hold"), false}}, tr("Legal hold lifted."));
    });
}

int LifecycleCommands::retention(const QStringList& arguments)
{
    return CommandGroup::dispatch(QStringLiteral("retention"), arguments,
                                  {{QStringLiteral("status"), &status}, {QStringLiteral("purge"), &purge}},
                                  tr("Usage: %1 retention status|purge [options]\n"
                                     "What the retention rules make due, and purging it.")
                                          .arg(programName())
                                      + QStringLiteral("\n\n") + HelpText::exitCodes());
}

int LifecycleCommands::status(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("retention status"), QStringLiteral("retention status --store PATH [--json]"),
                    tr("Show per retention rule what is due for purging, and why."));
    cmd.addStoreOption(tr("The store file."));
    return withStore(cmd, arguments, [&](Store& store) {
        auto status = Retention(store).status();
        if (!status)
            return reportError(status.error());
        auto note = RetentionRules(store).note();
        return done(cmd, statusJson(status.value()),
                    statusText(status.value()) + (note ? QStringLiteral("\n\n") + note.value() : QString()));
    });
}

int LifecycleCommands::purge(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("retention purge"),
                    QStringLiteral("retention purge --store PATH [--dry-run] [--json]"),
                    tr("Purge what the retention rules make due: the rows are deleted and the store file is "
                       "rewritten, so nothing is left in it. Children on legal hold are kept."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("dry-run"), tr("Only show what would be purged."));
    return withStore(cmd, arguments, [&](Store& store) {
        Retention retention(store);
        auto result = cmd.isSet(QStringLiteral("dry-run")) ? retention.status() : retention.purge();
        if (!result)
            return reportError(result.error());
        QJsonObject json = statusJson(result.value());
        json.insert(QStringLiteral("dry_run"), cmd.isSet(QStringLiteral("dry-run")));
        return done(cmd, json,
                    (cmd.isSet(QStringLiteral("dry-run")) ? tr("Would purge:") : tr("Purged:")) + u'\n'
                        + statusText(result.value()));
    });
}

int LifecycleCommands::deleteSnapshot(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("snapshots delete"),
                    QStringLiteral("snapshots delete --store PATH --snapshot N --yes [--json]"),
                    tr("Delete a wrongly imported list with its records, issues and rejected rows (audited). The "
                       "store file is rewritten so nothing of it is left."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("snapshot"), tr("The number of the list (see 'snapshots list')."), QStringLiteral("N"),
                  true);
    cmd.addOption(QStringLiteral("yes"), tr("Confirm the deletion."));
    return withStore(cmd, arguments, [&](Store& store) {
        bool ok = false;
        const qint64 id = cmd.value(QStringLiteral("snapshot")).toLongLong(&ok);
        if (!ok || id <= 0)
            return cmd.usageError(tr("--snapshot: give the number of a list."));
        auto info = Snapshots::get(store, id);
        if (!info)
            return reportError(info.error());
        if (!cmd.isSet(QStringLiteral("yes"))) {
            return reportFailure(tr("list %1 holds %2 records and %3 rejected rows; add --yes to delete it.")
                                     .arg(id)
                                     .arg(info.value().accepted)
                                     .arg(info.value().rejected),
                                 ExitUsage);
        }
        auto removed = Retention(store).deleteList(id);
        if (!removed)
            return reportError(removed.error());
        return done(cmd,
                    {{QStringLiteral("snapshot"), id},
                     {QStringLiteral("records"), removed.value().records},
                     {QStringLiteral("other_rows"), removed.value().other}},
                    tr("Deleted list %1: %2 records, %3 other rows.")
                        .arg(id)
                        .arg(removed.value().records)
                        .arg(removed.value().other));
    });
}

} // namespace inbeeld::cli
