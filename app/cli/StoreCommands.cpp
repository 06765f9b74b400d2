#include "app/cli/StoreCommands.h"

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
#include <algorithm>

namespace inbeeld::cli {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int StoreCommands::init(const QStringList& arguments)
{
    const QList<Agreement> agreements = AgreementCatalog::builtIn();
    QStringList agreementIds;
    for (const Agreement& agreement : agreements)
        agreementIds.append(agreement.id());
    const QString defaultAgreement = agreementIds.isEmpty() ? QString() : agreementIds.first();

    CommandLine cmd(QStringLiteral("init"),
                    QStringLiteral("init --store PATH --org-name NAME --role rbl|swv [--agreement ID] "
                                   "[--passphrase-file FILE]"),
                    tr("Create a new encrypted store for an organisation. The passphrase must have at least %1 "
                       "characters and cannot be recovered: without it, nobody can open the store.")
                        .arg(PassphraseStrength::MinimumLength));
    cmd.addStoreOption(tr("Where to create the store file; the file must not exist yet."));
    cmd.addOption(QStringLiteral("org-name"), tr("Name of the organisation, for example \"RBL Midden-Gelre\"."),
                  QStringLiteral("NAME"), true);
    cmd.addOption(QStringLiteral("role"),
                  tr("The organisation's role in the agreement: rbl (regional attendance office) or swv (school "
                     "partnership)."),
                  QStringLiteral("ROLE"), true);
    cmd.addOption(QStringLiteral("agreement"),
                  tr("The agreement (convenant) profile. Default: %1. Available: %2.")
                      .arg(defaultAgreement, agreementIds.join(QStringLiteral(", "))),
                  QStringLiteral("ID"));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources() + QLatin1Char('\n')
                   + tr("  At the terminal the new passphrase is asked twice."));
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;

    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    const QString organisationName = cmd.value(QStringLiteral("org-name")).simplified();
    if (organisationName.isEmpty())
        return cmd.usageError(tr("the organisation name is empty"));
    const QString roleCode = cmd.value(QStringLiteral("role")).trimmed().toLower();
    const std::optional<Role> role = RoleText::fromCode(roleCode);
    if (!role)
        return cmd.usageError(tr("unknown role '%1': use rbl or swv").arg(roleCode));
    const QString agreementId
        = cmd.isSet(QStringLiteral("agreement")) ? cmd.value(QStringLiteral("agreement")).trimmed() : defaultAgreement;
    if (agreementIds.isEmpty())
        return reportFailure(tr("no agreement profiles are built into this program"));
    if (!agreementIds.contains(agreementId))
        return cmd.usageError(
            tr("unknown agreement '%1'; available: %2").arg(agreementId, agreementIds.join(QStringLiteral(", "))));

    if (QFileInfo::exists(path))
        return reportFailure(tr("%1 already exists; choose another file name (init never overwrites a file)")
                                 .arg(StoreAccess::displayPath(path)));

    PassphraseInput::Source source;
    source.file = cmd.value(PassphraseFileOption);
    source.fileOption = QStringLiteral("--passphrase-file");
    source.environmentName = QByteArrayLiteral("INBEELD_PASSPHRASE");
    source.prompt = tr("New passphrase for %1: ").arg(StoreAccess::displayPath(path));
    source.confirmPrompt = tr("Repeat the new passphrase: ");
    SecretBytes passphrase;
    if (const auto exitCode = StoreAccess::readPassphrase(source, passphrase))
        return *exitCode;
    if (const Result<void> rules = PassphraseInput::checkNew(passphrase); !rules)
        return reportError(rules.error());

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

int StoreCommands::info(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("info"), QStringLiteral("info --store PATH [--json] [--passphrase-file FILE]"),
                    tr("Show the organisation, agreement and state of a store."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("json"), tr("Print a JSON object instead of text."));
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;

    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    std::unique_ptr<Store> store;
    if (const auto exitCode = StoreAccess::open(path, cmd.value(PassphraseFileOption), store))
        return *exitCode;

    const OrganisationInfo organisation = store->organisation();
    const StoreCounts counts = store->counts();

    if (cmd.isSet(QStringLiteral("json"))) {
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
        object.insert(QStringLiteral("schema_version"), store->schemaVersion());
        object.insert(QStringLiteral("cipher_version"), store->cipherVersion());
        object.insert(QStringLiteral("counts"), countObject);
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }

    QString agreement = organisation.agreementId;
    if (const Result<Agreement> profile = AgreementCatalog::builtIn(organisation.agreementId); profile)
        agreement += QStringLiteral(" (") + profile.value().title() + QLatin1Char(')');

    const QList<QStringList> rows = {
        {tr("Store:"), StoreAccess::displayPath(path)},
        {tr("Organisation:"), organisation.name},
        {tr("Role:"),
         RoleText::code(organisation.role) + QStringLiteral(": ") + RoleText::displayName(organisation.role)},
        {tr("Agreement:"), agreement},
        {tr("Store ID:"), organisation.storeId},
        {tr("Created:"), isoUtc(organisation.createdAt)},
        {tr("Schema version:"), QString::number(store->schemaVersion())},
        {tr("SQLCipher version:"), store->cipherVersion()},
        {tr("Audit entries:"), QString::number(counts.auditEntries)},
        {tr("Lists (snapshots):"), QString::number(counts.snapshots)},
        {tr("Records:"), QString::number(counts.records)},
    };
    printTable(rows);
    return ExitSuccess;
}

int StoreCommands::passwd(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("passwd"),
                    QStringLiteral("passwd --store PATH [--passphrase-file FILE] [--new-passphrase-file FILE]"),
                    tr("Change the passphrase of a store. The store is re-encrypted under the new passphrase; "
                       "backups made earlier keep the passphrase they were made with."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addPassphraseFileOption();
    cmd.addOption(QStringLiteral("new-passphrase-file"),
                  tr("Read the new passphrase from the first line of FILE (keep the file private)."),
                  QStringLiteral("FILE"));
    cmd.addSection(HelpText::passphraseSources());
    cmd.addSection(tr("New passphrase:\n"
                      "  Taken from, in this order: the first line of --new-passphrase-file FILE, the\n"
                      "  environment variable INBEELD_NEW_PASSPHRASE, or a prompt on the terminal (asked twice).\n"
                      "  It must have at least %1 characters.")
                       .arg(PassphraseStrength::MinimumLength));
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;

    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    if (const auto exitCode = StoreAccess::checkStoreExists(path))
        return *exitCode;
    SecretBytes current;
    if (const auto exitCode = StoreAccess::readPassphrase(
            StoreAccess::existingPassphraseSource(cmd.value(PassphraseFileOption), path), current))
        return *exitCode;
    // Open first, so a wrong current passphrase is reported before the new one is asked for.
    Result<std::unique_ptr<Store>> opened = Store::open(path, current);
    if (!opened)
        return reportError(opened.error());
    std::unique_ptr<Store> store = opened.takeValue();

    PassphraseInput::Source source;
    source.file = cmd.value(QStringLiteral("new-passphrase-file"));
    source.fileOption = QStringLiteral("--new-passphrase-file");
    source.environmentName = QByteArrayLiteral("INBEELD_NEW_PASSPHRASE");
    source.prompt = tr("New passphrase for %1: ").arg(StoreAccess::displayPath(path));
    source.confirmPrompt = tr("Repeat the new passphrase: ");
    SecretBytes replacement;
    if (const auto exitCode = StoreAccess::readPassphrase(source, replacement))
        return *exitCode;
    if (const Result<void> rules = PassphraseInput::checkNew(replacement); !rules)
        return reportError(rules.error());
    if (replacement.equals(current))
        return reportFailure(tr("the new passphrase is the same as the current one"));

    if (const Result<void> changed = store->changePassphrase(current, replacement); !changed)
        return reportError(changed.error());
    printOut(tr("Changed the passphrase of %1.").arg(StoreAccess::displayPath(path)));
    return ExitSuccess;
}

int StoreCommands::backup(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("backup"),
                    QStringLiteral("backup --store PATH --output FILE [--passphrase-file FILE]"),
                    tr("Write an encrypted copy of a store to FILE. The copy opens with the passphrase the store "
                       "has now."));
    cmd.addStoreOption(tr("The store file."));
    cmd.addOption(QStringLiteral("output"), tr("Where to write the backup; the file must not exist yet."),
                  QStringLiteral("FILE"), true);
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources());
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;

    const QString path = StoreAccess::absolutePath(cmd.value(StoreOption));
    const QString output = StoreAccess::absolutePath(cmd.value(QStringLiteral("output")));
    if (output == path)
        return cmd.usageError(tr("--output must name another file than --store"));
    if (QFileInfo::exists(output))
        return reportFailure(tr("%1 already exists; choose another file name (backup never overwrites a file)")
                                 .arg(StoreAccess::displayPath(output)));
    std::unique_ptr<Store> store;
    if (const auto exitCode = StoreAccess::open(path, cmd.value(PassphraseFileOption), store))
        return *exitCode;
    if (const Result<void> written = store->backupTo(output); !written)
        return reportError(written.error());
    printOut(tr("Wrote a backup of %1 to %2.").arg(StoreAccess::displayPath(path), StoreAccess::displayPath(output)));
    return ExitSuccess;
}

int StoreCommands::restore(const QStringList& arguments)
{
    CommandLine cmd(QStringLiteral("restore"),
                    QStringLiteral("restore --store PATH --input FILE [--passphrase-file FILE]"),
                    tr("Replace a store with a backup, after proving that the passphrase opens the backup. The "
                       "replaced store is kept beside it with the extension .before-restore. The store must not "
                       "be open in another program."));
    cmd.addStoreOption(tr("The store file to replace (or to create, when it does not exist)."));
    cmd.addOption(QStringLiteral("input"), tr("The backup file to restore."), QStringLiteral("FILE"), true);
    cmd.addPassphraseFileOption();
    cmd.addSection(HelpText::passphraseSources() + QLatin1Char('\n')
                   + tr("  The passphrase is the one of the backup."));
    if (const auto exitCode = cmd.parse(arguments))
        return *exitCode;

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
