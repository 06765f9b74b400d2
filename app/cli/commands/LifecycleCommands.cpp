#include "app/cli/commands/LifecycleCommands.h"

#include "core/lifecycle/Closures.h"
#include "core/lifecycle/Retention.h"
#include "core/lifecycle/RetentionRules.h"
#include "core/storage/Snapshots.h"

#include <QJsonArray>
#include <QJsonObject>
#include <utility>

namespace inbeeld::cli {

namespace {

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

QString groupHelp(const QString& usage)
{
    return usage + QStringLiteral("\n\n") + HelpText::exitCodes();
}

} // namespace

QString LifecycleCommands::caseHelp()
{
    return groupHelp(tr("Usage: %1 case close|reopen|list|hold|release [options]\n"
                        "End (or resume) the processing of a child's data, and legal holds.")
                         .arg(programName()));
}

QString LifecycleCommands::retentionHelp()
{
    return groupHelp(tr("Usage: %1 retention status|purge [options]\n"
                        "What the retention rules make due, and purging it.")
                         .arg(programName()));
}

CaseCloseCommand::CaseCloseCommand()
    : LifecycleCommand({QStringLiteral("case close"),
                        QStringLiteral("case close --store PATH --bsn BSN --reason "
                                       "back_in_school|startkwalificatie|moved_out|deceased [--date YYYY-MM-DD] "
                                       "[--note TEXT] [--json]"),
                        tr("Close a child's case for one of the agreement's reasons"),
                        tr("Close a child's case: processing ends for one of the four reasons of the agreement. The "
                           "child is left out of packages and purged after the retention period.")},
                       Child::Required)
{
}

void CaseCloseCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("reason"), tr("back_in_school, startkwalificatie, moved_out or deceased."),
                  QStringLiteral("REASON"), true);
    cmd.addOption(QStringLiteral("date"), tr("The date processing ended (default: today)."), QStringLiteral("DATE"));
    cmd.addOption(QStringLiteral("note"), tr("A short note, without special categories of personal data."),
                  QStringLiteral("TEXT"));
}

std::optional<int> CaseCloseCommand::check(CommandLine& cmd)
{
    m_reason = cmd.value(QStringLiteral("reason"));
    if (!Closures::reasonFromCode(m_reason))
        return cmd.usageError(tr("--reason: one of back_in_school, startkwalificatie, moved_out, deceased."));
    m_date = cmd.isSet(QStringLiteral("date")) ? QDate::fromString(cmd.value(QStringLiteral("date")), Qt::ISODate)
                                               : QDate::currentDate();
    if (!m_date.isValid())
        return cmd.usageError(tr("--date: give the date as YYYY-MM-DD."));
    return std::nullopt;
}

int CaseCloseCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto reason = *Closures::reasonFromCode(m_reason);
    if (auto closed = Closures(store).close(childKey(), reason, m_date, cmd.value(QStringLiteral("note"))); !closed)
        return reportError(closed.error());
    return done(cmd,
                QJsonObject {{QStringLiteral("child"), childKey()},
                             {QStringLiteral("reason"), Closures::reasonCode(reason)},
                             {QStringLiteral("closed_on"), m_date.toString(Qt::ISODate)}},
                tr("Closed: %1 (%2).").arg(Closures::reasonName(reason), m_date.toString(QStringLiteral("d-M-yyyy"))));
}

CaseReopenCommand::CaseReopenCommand()
    : LifecycleCommand({QStringLiteral("case reopen"), QStringLiteral("case reopen --store PATH --bsn BSN [--json]"),
                        tr("Reopen a closed case"), tr("Reopen a closed case (audited).")},
                       Child::Required)
{
}

int CaseReopenCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    if (auto reopened = Closures(store).reopen(childKey()); !reopened)
        return reportError(reopened.error());
    return done(cmd, QJsonObject {{QStringLiteral("child"), childKey()}, {QStringLiteral("reopened"), true}},
                tr("Reopened."));
}

CaseListCommand::CaseListCommand()
    : LifecycleCommand({QStringLiteral("case list"), QStringLiteral("case list --store PATH [--closed] [--json]"),
                        tr("List closed cases, legal holds and restrictions"),
                        tr("List closed cases, legal holds and restrictions (with --closed: only closed cases).")},
                       Child::None)
{
}

void CaseListCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("closed"), tr("Only the closed cases."));
}

int CaseListCommand::executeWithStore(Store& store, CommandLine& cmd)
{
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
    return done(cmd, json, text.isEmpty() ? tr("No closed cases.") : text.join(u'\n'));
}

ChildFlagCommand::ChildFlagCommand(Spec spec, Words words)
    : LifecycleCommand(std::move(spec), Child::Required)
    , m_words(std::move(words))
{
}

void ChildFlagCommand::defineCommandOptions(CommandLine& cmd)
{
    if (!m_words.reasonHelp.isEmpty())
        cmd.addOption(QStringLiteral("reason"), m_words.reasonHelp, QStringLiteral("TEXT"), m_words.reasonRequired);
}

int ChildFlagCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    ChildFlags flags(store);
    const Result<void> changed = m_words.set ? flags.set(childKey(), m_words.kind, cmd.value(QStringLiteral("reason")))
                                             : flags.lift(childKey(), m_words.kind);
    if (!changed)
        return reportError(changed.error());
    return done(cmd, QJsonObject {{QStringLiteral("child"), childKey()}, {m_words.jsonKey, m_words.set}},
                m_words.doneText);
}

CaseHoldCommand::CaseHoldCommand()
    : ChildFlagCommand({QStringLiteral("case hold"),
                        QStringLiteral("case hold --store PATH --bsn BSN --reason TEXT [--json]"),
                        tr("Put a legal hold on a child"),
                        tr("Put a legal hold on a child (pending request, complaint, breach investigation): nothing "
                           "about the child is purged until it is released.")},
                       {ChildFlag::Kind::Hold, true, tr("Why the hold is needed."), true, QStringLiteral("hold"),
                        tr("Legal hold set.")})
{
}

CaseReleaseCommand::CaseReleaseCommand()
    : ChildFlagCommand({QStringLiteral("case release"), QStringLiteral("case release --store PATH --bsn BSN [--json]"),
                        tr("Lift the legal hold on a child"), tr("Lift the legal hold on a child.")},
                       {ChildFlag::Kind::Hold, false, {}, false, QStringLiteral("hold"), tr("Legal hold lifted.")})
{
}

RetentionStatusCommand::RetentionStatusCommand()
    : LifecycleCommand({QStringLiteral("retention status"), QStringLiteral("retention status --store PATH [--json]"),
                        tr("Show what the retention rules make due, and why"),
                        tr("Show per retention rule what is due for purging, and why.")},
                       Child::None)
{
}

int RetentionStatusCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto status = Retention(store).status();
    if (!status)
        return reportError(status.error());
    auto note = RetentionRules(store).note();
    return done(cmd, statusJson(status.value()),
                statusText(status.value()) + (note ? QStringLiteral("\n\n") + note.value() : QString()));
}

RetentionPurgeCommand::RetentionPurgeCommand()
    : LifecycleCommand({QStringLiteral("retention purge"),
                        QStringLiteral("retention purge --store PATH [--dry-run] [--json]"),
                        tr("Purge what the retention rules make due"),
                        tr("Purge what the retention rules make due: the rows are deleted and the store file is "
                           "rewritten, so nothing is left in it. Children on legal hold are kept.")},
                       Child::None)
{
}

void RetentionPurgeCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("dry-run"), tr("Only show what would be purged."));
}

int RetentionPurgeCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const bool dryRun = cmd.isSet(QStringLiteral("dry-run"));
    Retention retention(store);
    auto result = dryRun ? retention.status() : retention.purge();
    if (!result)
        return reportError(result.error());
    QJsonObject json = statusJson(result.value());
    json.insert(QStringLiteral("dry_run"), dryRun);
    return done(cmd, json, (dryRun ? tr("Would purge:") : tr("Purged:")) + u'\n' + statusText(result.value()));
}

SnapshotsDeleteCommand::SnapshotsDeleteCommand()
    : LifecycleCommand({QStringLiteral("snapshots delete"),
                        QStringLiteral("snapshots delete --store PATH --snapshot N --yes [--json]"),
                        tr("Delete a wrongly imported list with its records (asks for --yes)"),
                        tr("Delete a wrongly imported list with its records, issues and rejected rows (audited). The "
                           "store file is rewritten so nothing of it is left.")},
                       Child::None)
{
}

void SnapshotsDeleteCommand::defineCommandOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("snapshot"), tr("The number of the list (see 'snapshots list')."), QStringLiteral("N"),
                  true);
    cmd.addOption(QStringLiteral("yes"), tr("Confirm the deletion."));
}

std::optional<int> SnapshotsDeleteCommand::check(CommandLine& cmd)
{
    bool ok = false;
    m_id = cmd.value(QStringLiteral("snapshot")).toLongLong(&ok);
    if (!ok || m_id <= 0)
        return cmd.usageError(tr("--snapshot: give the number of a list."));
    return std::nullopt;
}

int SnapshotsDeleteCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto info = Snapshots::get(store, m_id);
    if (!info)
        return reportError(info.error());
    if (!cmd.isSet(QStringLiteral("yes"))) {
        return reportFailure(tr("list %1 holds %2 records and %3 rejected rows; add --yes to delete it.")
                                 .arg(m_id)
                                 .arg(info.value().accepted)
                                 .arg(info.value().rejected),
                             ExitUsage);
    }
    auto removed = Retention(store).deleteList(m_id);
    if (!removed)
        return reportError(removed.error());
    return done(cmd,
                QJsonObject {{QStringLiteral("snapshot"), m_id},
                             {QStringLiteral("records"), removed.value().records},
                             {QStringLiteral("other_rows"), removed.value().other}},
                tr("Deleted list %1: %2 records, %3 other rows.")
                    .arg(m_id)
                    .arg(removed.value().records)
                    .arg(removed.value().other));
}

} // namespace inbeeld::cli
