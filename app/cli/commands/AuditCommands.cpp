#include "app/cli/commands/AuditCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/PackageLedger.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

/// One field of a tab-separated line: tabs, line breaks and other control characters become spaces.
QString field(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return result;
}

} // namespace

QString AuditCommands::helpText()
{
    return tr("Usage: %1 audit verify|anchor|list [options]\n"
              "The store's audit log: every unlock, import, decision and export, hash-chained so that a\n"
              "changed, inserted or removed entry is detected. An anchor kept outside the store also\n"
              "shows a cut-off or rewritten log.\n"
              "\n"
              "Commands:\n"
              "  verify   Check the hash chain of the audit log (with --anchor: against an anchor)\n"
              "  anchor   Print the anchor: one line with the number of entries and the last hash\n"
              "  anchors  The partners' anchors, from the packages opened here\n"
              "  list     List the entries, tab-separated: id, time (UTC), actor, action, detail\n"
              "\n"
              "Run '%1 audit <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

AuditVerifyCommand::AuditVerifyCommand()
    : StoreCommand({QStringLiteral("audit verify"),
                    QStringLiteral("audit verify --store PATH [--anchor LINE] [--passphrase-file FILE]"),
                    tr("Check the hash chain of the audit log"),
                    tr("Check the hash chain of the store's audit log. Exit code 0 when the log is intact; "
                       "otherwise the first broken entry is named. With --anchor, also check that the log still "
                       "holds the entry the anchor names (made by 'audit anchor', printed by 'backup', carried "
                       "in every package): a log that was cut back or rewritten since then fails.")})
{
}

void AuditVerifyCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("anchor"), tr("An anchor line as 'audit anchor' printed it (quote it)."),
                  QStringLiteral("LINE"));
}

int AuditVerifyCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    if (cmd.isSet(QStringLiteral("anchor"))) {
        const Result<AuditAnchor> anchor = AuditAnchor::parse(cmd.value(QStringLiteral("anchor")));
        if (!anchor)
            return reportError(anchor.error());
        if (const Result<void> verified = store.audit().verifyAnchor(anchor.value()); !verified)
            return reportError(verified.error());
        printOut(tr("audit log intact: %1 entries; it holds the anchor's entry %2")
                     .arg(store.audit().count())
                     .arg(anchor.value().entries));
        return ExitSuccess;
    }
    if (const Result<void> verified = store.audit().verify(); !verified)
        return reportError(verified.error());
    printOut(tr("audit log intact: %1 entries").arg(store.audit().count()));
    return ExitSuccess;
}

AuditAnchorCommand::AuditAnchorCommand()
    : StoreCommand({QStringLiteral("audit anchor"),
                    QStringLiteral("audit anchor --store PATH [--passphrase-file FILE]"),
                    tr("Print the audit anchor to keep outside the store"),
                    tr("Print one line with the number of audit log entries and the hash of the last one. Keep it "
                       "outside the store (on paper, in the case file, with a colleague); 'audit verify --anchor' "
                       "later shows whether the log was cut back or rewritten since.")})
{
}

int AuditAnchorCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    if (const Result<void> verified = store.audit().verify(); !verified)
        return reportError(verified.error());
    const Result<AuditAnchor> anchor = store.audit().anchor();
    if (!anchor)
        return reportError(anchor.error());
    printOut(anchor.value().toLine());
    return ExitSuccess;
}

AuditListCommand::AuditListCommand()
    : StoreCommand({QStringLiteral("audit list"),
                    QStringLiteral("audit list --store PATH [--limit N] [--passphrase-file FILE]"),
                    tr("List the entries of the audit log"),
                    tr("List the entries of the store's audit log, one per line, tab-separated: id, time (UTC, "
                       "ISO 8601), actor, action, detail.")})
{
}

void AuditListCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("limit"), tr("List at most N entries."), QStringLiteral("N"));
}

std::optional<int> AuditListCommand::prepare(CommandLine& cmd)
{
    m_limit = -1;
    if (cmd.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = cmd.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || m_limit < 1)
            return cmd.usageError(tr("--limit needs a whole number of at least 1"));
    }
    return std::nullopt;
}

int AuditListCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    const Result<QList<AuditEntry>> entries = store.audit().entries(m_limit);
    if (!entries)
        return reportError(entries.error());
    for (const AuditEntry& entry : entries.value()) {
        const QStringList fields = {QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODate),
                                    field(entry.actor), field(entry.action), field(entry.detail)};
        printOut(fields.join(QLatin1Char('\t')));
    }
    return ExitSuccess;
}

AuditAnchorsCommand::AuditAnchorsCommand()
    : StoreCommand({QStringLiteral("audit anchors"),
                    QStringLiteral("audit anchors --store PATH [--json] [--passphrase-file FILE]"),
                    tr("List the partners' audit anchors from their packages"),
                    tr("List the audit anchors partners sent with their packages, oldest first, tab-separated: "
                       "received at (UTC), partner fingerprint, package id, anchor. A partner can check its own "
                       "log against them with 'audit verify --anchor'.")})
{
}

void AuditAnchorsCommand::defineStoreOptions(CommandLine& cmd)
{
    addJsonOption(cmd,
                  tr("Print a JSON array of objects with received_at, partner_fingerprint, package_id and "
                     "anchor."));
}

int AuditAnchorsCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const Result<QList<LedgerEntry>> received = PackageLedger::receivedAnchors(store);
    if (!received)
        return reportError(received.error());
    if (json(cmd)) {
        QJsonArray array;
        for (const LedgerEntry& e : received.value()) {
            array.append(QJsonObject {{QStringLiteral("received_at"), e.at.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("partner_fingerprint"), e.partnerFingerprint},
                                      {QStringLiteral("package_id"), e.packageId},
                                      {QStringLiteral("anchor"), e.auditAnchor}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (received.value().isEmpty())
        printErr(tr("No partner package with an audit anchor has been opened in this store."));
    for (const LedgerEntry& e : received.value()) {
        printOut(QStringList {e.at.toUTC().toString(Qt::ISODate), field(e.partnerFingerprint), field(e.packageId),
                              field(e.auditAnchor)}
                     .join(QLatin1Char('\t')));
    }
    return ExitSuccess;
}

} // namespace inbeeld::cli
