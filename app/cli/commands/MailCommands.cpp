#include "app/cli/commands/MailCommands.h"

#include "app/cli/PassphraseInput.h"
#include "app/cli/StoreAccess.h"
#include "app/cli/commands/PartnerCommands.h"
#include "core/exchange/PackageDispatch.h"
#include "core/exchange/PartnerTrust.h"
#include "core/mail/SmtpSender.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/Store.h"

namespace inbeeld::cli {

namespace {

const QString PasswordFileOption = QStringLiteral("password-file");

void addPasswordOption(CommandLine& cmd)
{
    cmd.addOption(PasswordFileOption,
                  MailCommands::tr("Read the mail password from the first line of this file (else from "
                                   "INBEELD_SMTP_PASSWORD, the keychain, or a prompt). Never on the command line."),
                  QStringLiteral("FILE"));
}

// The SMTP password: --password-file, INBEELD_SMTP_PASSWORD, the keychain, else a prompt.
Result<SecretBytes> password(const CommandLine& cmd, Store& store, const MailSettings& settings)
{
    if (!cmd.isSet(PasswordFileOption) && qEnvironmentVariableIsEmpty("INBEELD_SMTP_PASSWORD")) {
        auto remembered = KeychainSecretStore().read(MailSettingsStore(store).keychainAccount(settings));
        if (remembered)
            return remembered;
    }
    PassphraseInput::Source source;
    source.file = cmd.value(PasswordFileOption);
    source.fileOption = QStringLiteral("--") + PasswordFileOption;
    source.environmentName = "INBEELD_SMTP_PASSWORD";
    source.prompt = MailCommands::tr("Password for %1 at %2: ").arg(settings.username, settings.server);
    return PassphraseInput::read(source);
}

// The stored mail server, or the exit code after saying there is none.
std::optional<int> loadSettings(Store& store, std::optional<MailSettings>& settings)
{
    auto loaded = MailSettingsStore(store).load();
    if (!loaded)
        return reportError(loaded.error());
    if (!loaded.value())
        return reportFailure(
            MailCommands::tr("No mail server is set up yet. Run '%1 mail setup' first.").arg(programName()));
    settings = loaded.value();
    return std::nullopt;
}

} // namespace

QString MailCommands::helpText()
{
    return tr("Usage: %1 mail <command> [options]\n"
              "The organisation's mail server, for sending packages with '%1 package send'.\n"
              "\n"
              "Commands:\n"
              "  setup   Set the server, port, security (starttls or tls), user and sender address\n"
              "  test    Connect, secure the connection and log in, without sending anything\n"
              "\n"
              "Run '%1 mail <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

MailSetupCommand::MailSetupCommand()
    : StoreCommand({QStringLiteral("mail setup"),
                    QStringLiteral("mail setup --store PATH --server HOST --port N --security starttls|tls --user NAME "
                                   "--from ADDRESS [--ca-file FILE] [--password-file FILE] [--passphrase-file FILE]"),
                    tr("Set up the mail server for sending packages"),
                    tr("Set the mail server packages are sent through. The connection is always encrypted: starttls "
                       "(port 587) or tls (port 465); sending without encryption is not possible. The server's "
                       "certificate is checked against the system's certificate authorities, or the CA file given. "
                       "A password given by file or INBEELD_SMTP_PASSWORD is kept in the system keychain; without a "
                       "keychain it is asked each time.")})
{
}

void MailSetupCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("server"), tr("The mail server's name."), QStringLiteral("HOST"), true);
    cmd.addOption(QStringLiteral("port"), tr("The port: 587 for starttls, 465 for tls."), QStringLiteral("N"), true);
    cmd.addOption(QStringLiteral("security"), tr("starttls or tls."), QStringLiteral("SECURITY"), true);
    cmd.addOption(QStringLiteral("user"), tr("The user name on the mail server."), QStringLiteral("NAME"), true);
    cmd.addOption(QStringLiteral("from"), tr("The sender address of the mails."), QStringLiteral("ADDRESS"), true);
    cmd.addOption(QStringLiteral("ca-file"), tr("A CA certificate file (PEM) to check the server's certificate with."),
                  QStringLiteral("FILE"));
    addPasswordOption(cmd);
}

std::optional<int> MailSetupCommand::prepare(CommandLine& cmd)
{
    MailSettings& s = m_settings;
    s.server = cmd.value(QStringLiteral("server")).trimmed();
    bool ok = false;
    s.port = cmd.value(QStringLiteral("port")).toInt(&ok);
    if (!ok)
        return cmd.usageError(tr("--port must be a number"));
    const auto security = MailSettings::securityFromCode(cmd.value(QStringLiteral("security")).trimmed().toLower());
    if (!security)
        return cmd.usageError(tr("--security must be starttls or tls (sending without encryption is not offered)"));
    s.security = *security;
    s.username = cmd.value(QStringLiteral("user"));
    s.sender = cmd.value(QStringLiteral("from"));
    if (cmd.isSet(QStringLiteral("ca-file")))
        s.caFile = StoreAccess::absolutePath(cmd.value(QStringLiteral("ca-file")));
    return std::nullopt;
}

int MailSetupCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const MailSettings& s = m_settings;
    if (auto saved = MailSettingsStore(store).save(s); !saved)
        return reportError(saved.error());
    printOut(tr("Mail server set: %1:%2 (%3), user %4, sender %5.")
                 .arg(s.server)
                 .arg(s.port)
                 .arg(MailSettings::securityCode(s.security), s.username, s.sender));
    if (cmd.isSet(PasswordFileOption) || !qEnvironmentVariableIsEmpty("INBEELD_SMTP_PASSWORD")) {
        auto secret = password(cmd, store, s);
        if (!secret)
            return reportError(secret.error());
        auto kept = KeychainSecretStore().write(MailSettingsStore(store).keychainAccount(s), secret.value());
        printOut(kept ? tr("The password is kept in the system keychain.")
                      : tr("There is no system keychain here: the password will be asked each time."));
    }
    return ExitSuccess;
}

MailTestCommand::MailTestCommand()
    : StoreCommand({QStringLiteral("mail test"),
                    QStringLiteral("mail test --store PATH [--password-file FILE] [--passphrase-file FILE]"),
                    tr("Test the mail server's connection and login, sending nothing"),
                    tr("Connect to the mail server, secure the connection, check its certificate and log in; "
                       "nothing is sent.")})
{
}

void MailTestCommand::defineStoreOptions(CommandLine& cmd)
{
    addPasswordOption(cmd);
}

int MailTestCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    std::optional<MailSettings> settings;
    if (const auto exitCode = loadSettings(store, settings))
        return *exitCode;
    auto secret = password(cmd, store, *settings);
    if (!secret)
        return reportError(secret.error());
    SmtpSender sender(*settings, secret.takeValue());
    if (auto tested = sender.test(); !tested)
        return reportError(tested.error());
    printOut(tr("The mail server %1 accepted the secured connection and the login. Nothing was sent.")
                 .arg(settings->server));
    return ExitSuccess;
}

PackageSendCommand::PackageSendCommand()
    : StoreCommand({QStringLiteral("package send"),
                    QStringLiteral("package send FILE --to PARTNER --store PATH [--password-file FILE] "
                                   "[--passphrase-file FILE]"),
                    tr("Mail a package to its partner over an encrypted connection"),
                    tr("Mail a package this store wrote to the partner's mail address (see 'partner edit --mail'), "
                       "through the mail server of 'mail setup'. The package is attached as it is; the mail names "
                       "the package number, quarter, sender and fingerprint, and nothing personal. The file stays "
                       "where it is whatever happens.")})
{
}

void PackageSendCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("FILE"), tr("The package file."));
    cmd.addOption(QStringLiteral("to"), tr("The partner: its organisation name or fingerprint."),
                  QStringLiteral("PARTNER"), true);
    addPasswordOption(cmd);
}

std::optional<int> PackageSendCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the package FILE to send"));
    return std::nullopt;
}

int PackageSendCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    Partner partner;
    if (const auto exitCode = PartnerCommands::resolve(store, cmd.value(QStringLiteral("to")), partner))
        return *exitCode;
    std::optional<MailSettings> settings;
    if (const auto exitCode = loadSettings(store, settings))
        return *exitCode;
    auto secret = password(cmd, store, *settings);
    if (!secret)
        return reportError(secret.error());
    SmtpSender sender(*settings, secret.takeValue());
    auto receipt = PackageDispatch(store).mail(StoreAccess::absolutePath(cmd.positional()), partner, sender);
    if (!receipt)
        return reportError(receipt.error());
    printOut(tr("Package mailed to %1 <%2>.").arg(partner.organisation, partner.contactMail));
    printOut(tr("Message id: %1").arg(receipt.value().messageId));
    printOut(tr("Server: %1").arg(receipt.value().serverReply));
    return ExitSuccess;
}

} // namespace inbeeld::cli
