#include "app/cli/commands/StoreCommands.h"

#include "app/cli/CommandLine.h"
#include "app/cli/PassphraseInput.h"
#include "app/cli/StoreAccess.h"
#include "core/crypto/PassphraseStrength.h"
#include "core/domain/Agreement.h"
#include "core/domain/Role.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/Store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QStringList agreementIds()
{
    QStringList ids;
    for (const Agreement& agreement : AgreementCatalog::builtIn())
        ids.append(agreement.id());
    return ids;
}

} // namespace

InitCommand::InitCommand()
    : Command({QStringLiteral("init"),
               QStringLiteral("init --store PATH --org-name NAME --role rbl|swv [--agreement ID] "
                              "[--passphrase-file FILE]"),
               tr("Create a new encrypted store for an organisation"),
               tr("Create a new encrypted store for an organisation. The passphrase must have at least %1 "
                  "characters and be hard to guess (four or more random words); it cannot be recovered: without "
                  "it, nobody can open the store.")
                   .arg(PassphraseStrength::MinimumLength)})
{
}

void InitCommand::defineOptions(CommandLine& cmd)
{
    const QStringList ids = agreementIds();
    cmd.addStoreOption(tr("Where to create the store file; the file must not exist yet."));
    cmd.addOption(QStringLiteral("org-name"), tr("Name of the organisation, for example \"RBL Midden-Gelre\"."),
                  QStringLiteral("NAME"), true);
    cmd.addOption(QStringLiteral("role"),
                  tr("The organisation's role in the agreement: rbl (regional attendance office) or swv (school "
                     "partnership)."),
                  QStringLiteral("ROLE"), true);
    cmd.addOption(QStringLiteral("agreement"),
                  tr("The agreement (convenant) profile. Default: %1. Available: %2.")
                      .arg(ids.value(0), ids.join(QStringLiteral(", "))),
                  QStringLiteral("ID"));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources() + QLatin1Char('\n')
                   + tr("  At the terminal the new passphrase is asked twice."));
}

int InitCommand::execute(CommandLine& cmd)
{
    const QStringList ids = agreementIds();
    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    const QString organisationName = cmd.value(QStringLiteral("org-name")).simplified();
    if (organisationName.isEmpty())
        return cmd.usageError(tr("the organisation name is empty"));
    const QString roleCode = cmd.value(QStringLiteral("role")).trimmed().toLower();
    const std::optional<Role> role = RoleText::fromCode(roleCode);
    if (!role)
        return cmd.usageError(tr("unknown role '%1': use rbl or swv").arg(roleCode));
    const QString agreementId
        = cmd.isSet(QStringLiteral("agreement")) ? cmd.value(QStringLiteral("agreement")).trimmed() : ids.value(0);
    if (ids.isEmpty())
        return reportFailure(tr("no agreement profiles are built into this program"));
    if (!ids.contains(agreementId))
        return cmd.usageError(
            tr("unknown agreement '%1'; available: %2").arg(agreementId, ids.join(QStringLiteral(", "))));

    if (QFileInfo::exists(path))
        return reportFailure(tr("%1 already exists; choose another file name (init never overwrites a file)")
                                 .arg(StoreAccess::displayPath(path)));

    SecretBytes passphrase;
    if (const auto exitCode
        = StoreAccess::readNewPassphrase(cmd.value(PassphraseFileOption), QStringLiteral("--passphrase-file"),
                                         QByteArrayLiteral("INBEELD_PASSPHRASE"), path, passphrase, {organisationName}))
        return *exitCode;

    OrganisationInfo organisation;
    organisation.name = organisationName;
    organisation.role = *role;
    organisation.agreementId = agreementId;
    Result<std::unique_ptr<Store>> created = StoreSetup::createStore(path, passphrase, organisation);
    passphrase.wipe();
    if (!created)
        return reportError(created.error());

    printOut(tr("Created store %1 for %2 (role %3).")
                 .arg(StoreAccess::displayPath(path), organisationName, RoleText::code(*role)));
    return ExitSuccess;
}

InfoCommand::InfoCommand()
    : StoreCommand({QStringLiteral("info"), QStringLiteral("info --store PATH [--json] [--passphrase-file FILE]"),
                    tr("Show the organisation and state of a store"),
                    tr("Show the organisation, agreement and state of a store.")})
{
}

void InfoCommand::defineStoreOptions(CommandLine& cmd)
{
    addJsonOption(cmd, tr("Print a JSON object instead of text."));
}

int InfoCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const OrganisationInfo organisation = store.organisation();
    const StoreCounts counts = store.counts();

    if (json(cmd)) {
        QJsonObject countObject;
        countObject.insert(QStringLiteral("audit_entries"), counts.auditEntries);
        countObject.insert(QStringLiteral("snapshots"), counts.snapshots);
        countObject.insert(QStringLiteral("records"), counts.records);
        QJsonObject object;
        object.insert(QStringLiteral("organisation"), organisation.name);
        object.insert(QStringLiteral("role"), RoleText::code(organisation.role));
        object.insert(QStringLiteral("agreement"), organisation.agreementId);
        object.insert(QStringLiteral("store_id"), organisation.storeId);
        object.insert(QStringLiteral("created"), isoUtc(organisation.createdAt));
        object.insert(QStringLiteral("schema_version"), store.schemaVersion());
        object.insert(QStringLiteral("cipher_version"), store.cipherVersion());
        object.insert(QStringLiteral("counts"), countObject);
        printJson(object);
        return ExitSuccess;
    }

    QString agreement = organisation.agreementId;
    if (const Result<Agreement> profile = AgreementCatalog::builtIn(organisation.agreementId); profile)
        agreement += QStringLiteral(" (") + profile.value().title() + QLatin1Char(')');

    const QList<QStringList> rows = {
        {tr("Store:"), StoreAccess::displayPath(storePath(cmd))},
        {tr("Organisation:"), organisation.name},
        {tr("Role:"),
         RoleText::code(organisation.role) + QStringLiteral(": ") + RoleText::displayName(organisation.role)},
        {tr("Agreement:"), agreement},
        {tr("Store ID:"), organisation.storeId},
        {tr("Created:"), isoUtc(organisation.createdAt)},
        {tr("Schema version:"), QString::number(store.schemaVersion())},
        {tr("SQLCipher version:"), store.cipherVersion()},
        {tr("Audit entries:"), QString::number(counts.auditEntries)},
        {tr("Lists (snapshots):"), QString::number(counts.snapshots)},
        {tr("Records:"), QString::number(counts.records)},
    };
    printTable(rows);
    return ExitSuccess;
}

PasswdCommand::PasswdCommand()
    : StoreCommand({QStringLiteral("passwd"),
                    QStringLiteral("passwd --store PATH [--passphrase-file FILE] [--new-passphrase-file FILE]"),
                    tr("Change the passphrase of a store"),
                    tr("Change the passphrase of a store. The store is re-encrypted under the new passphrase; "
                       "backups made earlier keep the passphrase they were made with.")})
{
}

void PasswdCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("new-passphrase-file"),
                  tr("Read the new passphrase from the first line of FILE (keep the file private)."),
                  QStringLiteral("FILE"));
}

QStringList PasswdCommand::helpSections() const
{
    return {tr("New passphrase:\n"
               "  Taken from, in this order: the first line of --new-passphrase-file FILE, the\n"
               "  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).\n"
               "  It must have at least %1 characters and be hard to guess (four or more random words).")
                .arg(PassphraseStrength::MinimumLength)};
}

int PasswdCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    // The store is open, so a wrong current passphrase was reported before the new one is asked for.
    const QString path = storePath(cmd);
    SecretBytes replacement;
    if (const auto exitCode = StoreAccess::readNewPassphrase(
            cmd.value(QStringLiteral("new-passphrase-file")), QStringLiteral("--new-passphrase-file"),
            QByteArrayLiteral("INBEELD_NEW_PASSPHRASE"), path, replacement, {store.organisation().name}))
        return *exitCode;
    if (replacement.equals(passphrase()))
        return reportFailure(tr("the new passphrase is the same as the current one"));

    if (const Result<void> changed = store.changePassphrase(passphrase(), replacement); !changed)
        return reportError(changed.error());
    printOut(tr("Changed the passphrase of %1.").arg(StoreAccess::displayPath(path)));
    return ExitSuccess;
}

BackupCommand::BackupCommand()
    : StoreCommand({QStringLiteral("backup"),
                    QStringLiteral("backup --store PATH --output FILE [--passphrase-file FILE]"),
                    tr("Write an encrypted backup copy of a store"),
                    tr("Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store "
                       "has now.")})
{
}

void BackupCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("output"), tr("Where to write the backup; the file must not exist yet."),
                  QStringLiteral("FILE"), true);
}

std::optional<int> BackupCommand::prepare(CommandLine& cmd)
{
    m_output = StoreAccess::absolutePath(cmd.value(QStringLiteral("output")));
    if (m_output == storePath(cmd))
        return cmd.usageError(tr("--output must name another file than --store"));
    if (QFileInfo::exists(m_output))
        return reportFailure(tr("%1 already exists; choose another file name (backup never overwrites a file)")
                                 .arg(StoreAccess::displayPath(m_output)));
    return std::nullopt;
}

int BackupCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const Result<AuditAnchor> written = store.backupTo(m_output);
    if (!written)
        return reportError(written.error());
    printOut(tr("Wrote a backup of %1 to %2.")
                 .arg(StoreAccess::displayPath(storePath(cmd)), StoreAccess::displayPath(m_output)));
    printOut(tr("Audit anchor of the backup (keep it apart from the backup): %1").arg(written.value().toLine()));
    return ExitSuccess;
}

RestoreCommand::RestoreCommand()
    : Command({QStringLiteral("restore"), QStringLiteral("restore --store PATH --input FILE [--passphrase-file FILE]"),
               tr("Replace a store with a backup"),
               tr("Replace a store with a backup, after proving that the passphrase opens the backup. The "
                  "replaced store is kept beside it with the extension .before-restore. The store must not "
                  "be open in another program.")})
{
}

void RestoreCommand::defineOptions(CommandLine& cmd)
{
    cmd.addStoreOption(tr("The store file to replace (or to create, when it does not exist)."));
    cmd.addOption(QStringLiteral("input"), tr("The backup file to restore."), QStringLiteral("FILE"), true);
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources() + QLatin1Char('\n')
                   + tr("  The passphrase is the one of the backup."));
}

int RestoreCommand::execute(CommandLine& cmd)
{
    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    const QString input = StoreAccess::absolutePath(cmd.value(QStringLiteral("input")));
    if (input == path)
        return cmd.usageError(tr("--input must name another file than --store"));
    if (const auto exitCode = StoreAccess::checkStoreExists(input))
        return *exitCode;
    const bool replacing = QFileInfo::exists(path);

    PassphraseInput::Source source = StoreAccess::existingPassphraseSource(cmd.value(PassphraseFileOption), input);
    source.prompt = tr("Passphrase of the backup %1: ").arg(StoreAccess::displayPath(input));
    SecretBytes passphrase;
    if (const auto exitCode = StoreAccess::readPassphrase(source, passphrase))
        return *exitCode;
    if (const Result<void> restored = Store::restore(input, path, passphrase); !restored)
        return reportError(restored.error());

    if (replacing)
        printOut(tr("Restored %1 from %2; the previous store was kept as %3.")
                     .arg(StoreAccess::displayPath(path), StoreAccess::displayPath(input),
                          StoreAccess::displayPath(path + QStringLiteral(".before-restore"))));
    else
        printOut(tr("Restored %1 from %2.").arg(StoreAccess::displayPath(path), StoreAccess::displayPath(input)));
    return ExitSuccess;
}

} // namespace inbeeld::cli
