#include "app/cli/commands/PackageCommands.h"

#include "app/cli/StoreAccess.h"
#include "app/cli/commands/PartnerCommands.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString PackageCommands::helpText()
{
    return tr("Usage: %1 package <command> [options]\n"
              "Signed, encrypted exchange packages between partners of the agreement.\n"
              "\n"
              "Commands:\n"
              "  create       Write a package for a pinned partner: the quarterly list, or one child (case)\n"
              "  open FILE    Check a partner's package and store it as the partner's list\n"
              "  export FILE  The older form of 'create --out FILE' (quarterly only)\n"
              "  send FILE    Mail a package to its partner through the mail server ('mail setup')\n"
              "\n"
              "Run '%1 package <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

namespace {

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject manifestJson(const PackageManifest& m)
{
    QJsonObject o;
    o.insert(QStringLiteral("package_id"), m.packageId);
    o.insert(QStringLiteral("kind"), PackageManifest::kindCode(m.kind));
    o.insert(QStringLiteral("quarter"), m.quarter);
    o.insert(QStringLiteral("sequence"), qint64(m.sequence));
    o.insert(QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("agreement_id"), m.agreementId);
    QJsonObject sender {{QStringLiteral("organisation"), m.senderOrganisation},
                        {QStringLiteral("fingerprint"), m.senderFingerprint}};
    if (!m.senderAuditAnchor.isEmpty())
        sender.insert(QStringLiteral("audit_anchor"), m.senderAuditAnchor);
    o.insert(QStringLiteral("sender"), sender);
    o.insert(QStringLiteral("recipient"),
             QJsonObject {{QStringLiteral("organisation"), m.recipientOrganisation},
                          {QStringLiteral("fingerprint"), m.recipientFingerprint}});
    QJsonObject fields;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it)
        fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("fields"), fields);
    return o;
}

// Unlike printJson, without the empty line after the document (as scripts of "package" read it).
void printJsonLine(const QJsonObject& o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
}

// With --json a refusal is also printed as JSON on stdout, so a script can tell why.
int refused(const Error& error, bool json, const QString& reason = {})
{
    if (json) {
        printJsonLine(
            QJsonObject {{QStringLiteral("ok"), false},
                         {QStringLiteral("reason"), reason.isEmpty() ? PackageReader::refusalCode(error.code) : reason},
                         {QStringLiteral("message"), error.message}});
    }
    return reportError(error);
}

QJsonObject summaryJson(const PackageSummary& s)
{
    QJsonObject o = manifestJson(s.manifest);
    o.insert(QStringLiteral("ok"), true);
    o.insert(QStringLiteral("file"), s.path);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(s.packageSha256.toHex()));
    o.insert(QStringLiteral("counts"), countsJson(s.counts));
    QJsonArray decisions;
    for (qint64 id : s.decisionIds)
        decisions.append(id);
    o.insert(QStringLiteral("decisions"), decisions);
    QJsonArray withheld;
    for (const WithheldText& w : s.withheld)
        withheld.append(QJsonObject {{QStringLiteral("line"), w.line}, {QStringLiteral("field"), w.field}});
    o.insert(QStringLiteral("withheld"), withheld);
    return o;
}

// What the area rule keeps home, per category and reason, and the children it cannot assign (by line).
void printArea(const PackagePlan& plan)
{
    for (auto it = plan.area.cbegin(); it != plan.area.cend(); ++it) {
        qint64 home = 0;
        for (qint64 n : it.value().staysHome)
            home += n;
        printOut(PackageCommands::tr("%1: %2 to %3, %4 stay home")
                     .arg(it.key())
                     .arg(it.value().sent)
                     .arg(plan.request.recipient.organisation)
                     .arg(home));
        for (auto reason = it.value().staysHome.cbegin(); reason != it.value().staysHome.cend(); ++reason)
            printOut(PackageCommands::tr("  %1 × %2").arg(reason.value()).arg(reason.key()));
    }
    for (const UnassignedChild& c : plan.unassigned) {
        printErr(PackageCommands::tr("Not assignable (sent to nobody): line %1, %2").arg(c.line).arg(c.reason));
    }
}

} // namespace

PackageCreateCommand::PackageCreateCommand()
    : PackageCreateCommand(false)
{
}

PackageCreateCommand::PackageCreateCommand(bool legacyExport)
    : StoreCommand({legacyExport ? QStringLiteral("package export") : QStringLiteral("package create"),
                    legacyExport ? QStringLiteral("package export FILE --store PATH --to PARTNER [--quarter 2026Q3] "
                                                  "[--json] [--passphrase-file FILE]")
                                 : QStringLiteral("package create --store PATH --to PARTNER --out FILE [--kind "
                                                  "quarterly|case] [--quarter 2026Q3] [--bsn BSN] [--json] "
                                                  "[--passphrase-file FILE]"),
                    legacyExport ? tr("The older form of 'package create --out FILE' (quarterly only)")
                                 : tr("Write a signed, encrypted package for a pinned partner"),
                    tr("Write a package for a pinned partner. A quarterly package holds the records of our newest own "
                       "list, with per category only the fields the agreement allows and the counts per Inspectie "
                       "subgroup, covered by the standing decision (record it with 'decisions standing'). A case "
                       "package holds one child (--bsn) with the fields of the decision in force for that child and "
                       "partner (make it with 'decide'). The file is signed, encrypted to the partner and to us, "
                       "read back and checked before this reports success.")})
    , m_legacyExport(legacyExport)
{
}

void PackageCreateCommand::defineStoreOptions(CommandLine& cmd)
{
    if (m_legacyExport)
        cmd.addPositional(QStringLiteral("FILE"), tr("The package file to write (for example 2026Q3.inbeeldpakket)."));
    else
        cmd.addOption(QStringLiteral("out"), tr("The package file to write (for example 2026Q3.inbeeldpakket)."),
                      QStringLiteral("FILE"), true);
    cmd.addOption(QStringLiteral("to"), tr("The partner: its organisation name or fingerprint (see 'partner list')."),
                  QStringLiteral("PARTNER"), true);
    cmd.addOption(QStringLiteral("kind"), tr("quarterly (default) or case."), QStringLiteral("KIND"));
    cmd.addOption(QStringLiteral("quarter"), tr("The quarter, as 2026Q3 (default: the current quarter)."),
                  QStringLiteral("QUARTER"));
    cmd.addOption(QStringLiteral("bsn"),
                  tr("Case packages: the child's BSN; \"-\" reads it from standard input, so that it does not "
                     "show in the process list."),
                  QStringLiteral("BSN"));
    addJsonOption(cmd, tr("Print the package summary as JSON."));
}

std::optional<int> PackageCreateCommand::prepare(CommandLine& cmd)
{
    m_out = m_legacyExport ? cmd.positional() : cmd.value(QStringLiteral("out"));
    if (m_out.isEmpty())
        return cmd.usageError(tr("missing the FILE to write the package to"));
    const QString kindText
        = cmd.isSet(QStringLiteral("kind")) ? cmd.value(QStringLiteral("kind")) : QStringLiteral("quarterly");
    const auto kind = PackageManifest::kindFromCode(kindText);
    if (!kind)
        return cmd.usageError(tr("unknown --kind '%1': use quarterly or case").arg(kindText));
    if (m_legacyExport && *kind != PackageKind::Quarterly)
        return cmd.usageError(tr("'package export' makes quarterly packages; use 'package create --kind case'"));
    if (*kind == PackageKind::Case && !cmd.isSet(QStringLiteral("bsn")))
        return cmd.usageError(tr("a case package needs the child's --bsn"));
    if (*kind == PackageKind::Quarterly && cmd.isSet(QStringLiteral("bsn")))
        return cmd.usageError(tr("--bsn is for case packages (--kind case); a quarterly package holds the whole list"));
    m_kind = *kind;
    m_quarter = cmd.value(QStringLiteral("quarter")).trimmed().toUpper();
    if (!m_quarter.isEmpty() && !PackageManifest::isValidQuarter(m_quarter))
        return cmd.usageError(tr("--quarter '%1' is not of the form 2026Q3").arg(m_quarter));
    return std::nullopt;
}

int PackageCreateCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    std::optional<Partner> partner = Partner {};
    if (const auto exitCode = PartnerCommands::resolve(store, cmd.value(QStringLiteral("to")), *partner))
        return *exitCode;
    const PackageRequest request {*partner, m_kind, m_quarter, cmd.valueOrStdin(QStringLiteral("bsn")).trimmed(), {}};
    auto plan = PackageWriter(store).plan(request);
    if (plan && !json(cmd))
        printArea(plan.value());
    auto written = PackageWriter(store).write(request, StoreAccess::absolutePath(m_out));
    if (!written)
        return refused(written.error(), json(cmd));
    const PackageSummary& s = written.value();
    if (json(cmd)) {
        printJsonLine(summaryJson(s));
        return ExitSuccess;
    }
    printOut(tr("Package written and checked: %1").arg(s.path));
    printOut(tr("For: %1 (%2)").arg(partner->organisation, partner->fingerprint));
    printOut(tr("Kind: %1").arg(PackageManifest::kindCode(s.manifest.kind)));
    printOut(tr("Package id: %1").arg(s.manifest.packageId));
    printOut(tr("Sequence: %1").arg(s.manifest.sequence));
    printOut(tr("Quarter: %1").arg(s.manifest.quarter));
    printOut(tr("Records: %1").arg(countsText(s.counts)));
    printOut(tr("SHA-256: %1").arg(QString::fromLatin1(s.packageSha256.toHex())));
    for (const WithheldText& w : s.withheld) {
        printErr(tr("Left out: line %1, field %2 reads as special or criminal-law personal data. Rewrite it in "
                    "general terms in the source list.")
                     .arg(w.line)
                     .arg(w.field));
    }
    return ExitSuccess;
}

PackageExportCommand::PackageExportCommand()
    : PackageCreateCommand(true)
{
}

PackageOpenCommand::PackageOpenCommand()
    : StoreCommand({QStringLiteral("package open"),
                    QStringLiteral("package open FILE --store PATH [--json] [--passphrase-file FILE]"),
                    tr("Check a partner's package and store it as the partner's list"),
                    tr("Check a package from a pinned partner (signatures, encryption to us, hashes, sequence, the "
                       "agreement's fields) and store its records as a new snapshot of the partner's list. A "
                       "refused package stores nothing; the message says why.")})
{
}

void PackageOpenCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("FILE"), tr("The package file the partner sent."));
    addJsonOption(cmd, tr("Print the manifest summary and the snapshot as JSON (also a refusal)."));
}

std::optional<int> PackageOpenCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the package FILE to open"));
    return std::nullopt;
}

int PackageOpenCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    PackageReader reader(store);
    auto opened = reader.open(StoreAccess::absolutePath(cmd.positional()));
    if (!opened)
        return refused(opened.error(), json(cmd), reader.lastRefusal());
    const OpenedPackage& o = opened.value();
    QJsonArray missing;
    QStringList missingText;
    for (const quint64 n : o.missingSequences) {
        missing.append(qint64(n));
        missingText.append(QString::number(n));
    }
    if (json(cmd)) {
        QJsonObject out = manifestJson(o.manifest);
        out.insert(QStringLiteral("ok"), true);
        out.insert(QStringLiteral("snapshot"), o.snapshotId);
        out.insert(QStringLiteral("records"), o.records);
        out.insert(QStringLiteral("counts"), countsJson(o.counts));
        if (o.inspectie)
            out.insert(QStringLiteral("inspectie"), countsJson(o.inspectie->subgroups));
        out.insert(QStringLiteral("missing_sequences"), missing);
        out.insert(QStringLiteral("late"), o.late);
        printJsonLine(out);
        return ExitSuccess;
    }
    printOut(tr("Package accepted from: %1 (%2)").arg(o.sender, o.manifest.senderFingerprint));
    printOut(tr("Kind: %1").arg(PackageManifest::kindCode(o.manifest.kind)));
    printOut(tr("Package id: %1").arg(o.manifest.packageId));
    printOut(tr("Sequence: %1").arg(o.manifest.sequence));
    if (!o.manifest.senderAuditAnchor.isEmpty())
        printOut(tr("Partner's audit anchor (kept in this store): %1").arg(o.manifest.senderAuditAnchor));
    if (!missingText.isEmpty()) {
        printOut(tr("Not received from this partner: package number(s) %1. Ask them for these packages.")
                     .arg(missingText.join(QStringLiteral(", "))));
    }
    if (o.late)
        printOut(tr("A late package: a newer one from this partner was opened before; it is kept, but does not "
                    "replace their newer list."));
    printOut(tr("Quarter: %1").arg(o.manifest.quarter));
    printOut(tr("Records: %1").arg(countsText(o.counts)));
    if (o.inspectie) {
        QStringList parts;
        for (auto it = o.inspectie->subgroups.cbegin(); it != o.inspectie->subgroups.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        printOut(tr("Inspectie counts on %1: %2")
                     .arg(o.inspectie->peildatum.toString(Qt::ISODate), parts.join(QStringLiteral(", "))));
    }
    printOut(o.manifest.kind == PackageKind::Case
                 ? tr("Stored as snapshot %1 (a case from the partner; not a whole list).").arg(o.snapshotId)
                 : tr("Stored as snapshot %1 (partner's list).").arg(o.snapshotId));
    return ExitSuccess;
}

} // namespace inbeeld::cli
