#include "app/cli/commands/AuditCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/audit/AuditLog.h"
#include "core/storage/Store.h"

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
    return tr("Usage: %1 audit verify|list [options]\n"
              "The store's audit log: every unlock, import, decision and export, hash-chained so that a\n"
              "changed, inserted or removed entry is detected.\n"
              "\n"
              "Commands:\n"
              "  verify   Check the hash chain of the audit log\n"
              "  list     List the entries, tab-separated: id, time (UTC), actor, action, detail\n"
              "\n"
              "Run '%1 audit <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

AuditVerifyCommand::AuditVerifyCommand()
    : StoreCommand({QStringLiteral("audit verify"),
                    QStringLiteral("audit verify --store PATH [--passphrase-file FILE]"),
                    tr("Check the hash chain of the audit log"),
                    tr("Check the hash chain of the store's audit log. Exit code 0 when the log is intact; "
                       "otherwise the first broken entry is named.")})
{
}

int AuditVerifyCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    if (const Result<void> verified = store.audit().verify(); !verified)
        return reportError(verified.error());
    printOut(tr("audit log intact: %1 entries").arg(store.audit().count()));
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

} // namespace inbeeld::cli
