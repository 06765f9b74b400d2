#include "app/cli/commands/IdentityCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/exchange/AgeKeys.h"
#include "core/exchange/Identity.h"
#include "core/exchange/Minisign.h"
#include "core/storage/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace inbeeld::cli {

namespace {

const QString ConfirmSecretOption = QStringLiteral("i-understand-this-exports-a-secret-key");

std::optional<int> refuseExisting(const QString& path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    return reportFailure(IdentityCommands::tr("there is already a file at %1; choose another name (an existing "
                                              "file is never overwritten)")
                             .arg(StoreAccess::displayPath(path)));
}

/// Writes a public file atomically (never replacing an existing one).
std::optional<int> writePublicFile(const QString& path, const QByteArray& contents)
{
    if (const auto exitCode = refuseExisting(path))
        return exitCode;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.commit()) {
        return reportFailure(
            IdentityCommands::tr("%1 could not be written: %2").arg(StoreAccess::displayPath(path), out.errorString()));
    }
    return std::nullopt;
}

} // namespace

QString IdentityCommands::helpText()
{
    return tr("Usage: %1 identity <command> [options]\n"
              "The organisation's identity: an Ed25519 signing key and an X25519 encryption key, kept in the\n"
              "encrypted store. Partners pin its public keys from the identity card after comparing the\n"
              "fingerprint by phone or in person.\n"
              "\n"
              "Commands:\n"
              "  show            Show the organisation, fingerprint and public keys\n"
              "  export FILE     Write the identity card (JSON) to hand to partners\n"
              "  export-public   Write the public keys in minisign's (--minisign FILE) or age's (--age FILE)\n"
              "                  own format, to check packages by hand with those tools\n"
              "  export-secret   Write the age secret key (--age FILE), for independent verification only\n"
              "  rotate          Replace the keys; the old ones sign the new identity card (--out FILE)\n"
              "\n"
              "Run '%1 identity <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

IdentityShowCommand::IdentityShowCommand()
    : StoreCommand({QStringLiteral("identity show"),
                    QStringLiteral("identity show --store PATH [--json] [--passphrase-file FILE]"),
                    tr("Show the organisation's fingerprint and public keys"),
                    tr("Show the organisation's identity: fingerprint, signing key (also as minisign key) and "
                       "encryption key (as age recipient).")})
{
}

void IdentityShowCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("json"), tr("Print a JSON object instead of text."));
}

int IdentityShowCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto identity = Identity::load(store);
    if (!identity)
        return reportError(identity.error());
    const Identity& id = identity.value();
    const OrganisationInfo org = store.organisation();
    const MinisignPublicKey minisign = id.minisignKey();
    const QString minisignLine = QString::fromLatin1(Minisign::publicKeyFile(minisign).split('\n').value(1));
    const QString signingKey = QString::fromLatin1(id.signingPublicKey().toBase64());
    const QString created = id.createdAt().toUTC().toString(Qt::ISODate);

    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("organisation"), org.name);
        o.insert(QStringLiteral("role"), RoleText::code(org.role));
        o.insert(QStringLiteral("agreement"), org.agreementId);
        o.insert(QStringLiteral("fingerprint"), id.fingerprint());
        o.insert(QStringLiteral("signing_key"), signingKey);
        o.insert(QStringLiteral("encryption_key"), QString::fromLatin1(id.encryptionPublicKey().toBase64()));
        o.insert(QStringLiteral("minisign_key_id"), minisign.keyIdText());
        o.insert(QStringLiteral("minisign_public_key"), minisignLine);
        o.insert(QStringLiteral("age_recipient"), id.ageRecipient());
        o.insert(QStringLiteral("keys_created"), created);
        o.insert(QStringLiteral("rotated"), id.rotation().has_value());
        printJson(o);
        return ExitSuccess;
    }
    printTable({
        {tr("Organisation:"), org.name},
        {tr("Role:"), RoleText::code(org.role) + QStringLiteral(": ") + RoleText::displayName(org.role)},
        {tr("Agreement:"), org.agreementId},
        {tr("Fingerprint:"), id.fingerprint()},
        {tr("Signing key (Ed25519):"), signingKey},
        {tr("minisign public key:"), tr("%1 (key id %2)").arg(minisignLine, minisign.keyIdText())},
        {tr("age recipient (X25519):"), id.ageRecipient()},
        {tr("Keys created:"), created},
    });
    return ExitSuccess;
}

IdentityExportCommand::IdentityExportCommand()
    : StoreCommand({QStringLiteral("identity export"),
                    QStringLiteral("identity export FILE --store PATH [--passphrase-file FILE]"),
                    tr("Write the identity card (JSON) to hand to partners"),
                    tr("Write the organisation's identity card to FILE (JSON): name, role, agreement, both public "
                       "keys and the fingerprint, signed with the signing key. Hand it to your partner; they add "
                       "it after comparing the fingerprint with you by phone or in person.")})
{
}

void IdentityExportCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("FILE"), tr("Where to write the card (an existing file is never replaced)."));
}

std::optional<int> IdentityExportCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the FILE to write the card to"));
    m_file = StoreAccess::absolutePath(cmd.positional());
    if (const auto exitCode = refuseExisting(m_file))
        return *exitCode;
    return std::nullopt;
}

int IdentityExportCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    auto identity = Identity::load(store);
    if (!identity)
        return reportError(identity.error());
    const IdentityCard card = identity.value().card(store.organisation());
    if (const auto written = card.writeFile(m_file); !written)
        return reportError(written.error());
    (void)store.audit().append(
        QStringLiteral("identity.card_exported"),
        QStringLiteral("fingerprint %1 to %2").arg(card.fingerprint(), QFileInfo(m_file).fileName()));
    printOut(tr("Identity card written to %1.").arg(StoreAccess::displayPath(m_file)));
    printOut(tr("Fingerprint: %1").arg(card.fingerprint()));
    printOut(tr("Give the card to your partner and read the fingerprint to them by phone or in person; they "
                "must compare it before adding you."));
    return ExitSuccess;
}

IdentityExportPublicCommand::IdentityExportPublicCommand()
    : StoreCommand({QStringLiteral("identity export-public"),
                    QStringLiteral("identity export-public (--minisign FILE | --age FILE) --store PATH "
                                   "[--passphrase-file FILE]"),
                    tr("Write the public keys in minisign's or age's own format"),
                    tr("Write the organisation's public keys in the formats of the standard tools: the signing key "
                       "as a minisign public key file (for 'minisign -V -p FILE'), the encryption key as an age "
                       "recipients file (for 'age -R FILE'). Both options may be given together.")})
{
}

void IdentityExportPublicCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("minisign"), tr("Write the minisign public key file here."), QStringLiteral("FILE"));
    cmd.addOption(QStringLiteral("age"), tr("Write the age recipient (age1…) here."), QStringLiteral("FILE"));
}

std::optional<int> IdentityExportPublicCommand::prepare(CommandLine& cmd)
{
    m_minisign = cmd.isSet(QStringLiteral("minisign"));
    m_age = cmd.isSet(QStringLiteral("age"));
    if (!m_minisign && !m_age)
        return cmd.usageError(tr("choose what to write: --minisign FILE and/or --age FILE"));
    m_minisignFile = m_minisign ? StoreAccess::absolutePath(cmd.value(QStringLiteral("minisign"))) : QString();
    m_ageFile = m_age ? StoreAccess::absolutePath(cmd.value(QStringLiteral("age"))) : QString();
    for (const QString& file : {m_minisignFile, m_ageFile}) {
        if (!file.isEmpty()) {
            if (const auto exitCode = refuseExisting(file))
                return *exitCode;
        }
    }
    return std::nullopt;
}

int IdentityExportPublicCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    auto identity = Identity::load(store);
    if (!identity)
        return reportError(identity.error());
    const Identity& id = identity.value();
    if (m_minisign) {
        MinisignPublicKey key = id.minisignKey();
        QByteArray contents = Minisign::publicKeyFile(key);
        // minisign shows the first line as "untrusted comment"; name the organisation there.
        contents.replace("minisign public key ",
                         "minisign public key of " + store.organisation().name.toUtf8().replace('\n', ' ') + ", ");
        if (const auto exitCode = writePublicFile(m_minisignFile, contents))
            return *exitCode;
        printOut(tr("minisign public key written to %1 (key id %2).")
                     .arg(StoreAccess::displayPath(m_minisignFile), key.keyIdText()));
    }
    if (m_age) {
        const QByteArray contents = "# " + store.organisation().name.toUtf8().replace('\n', ' ') + ", fingerprint "
            + id.fingerprint().toLatin1() + '\n' + id.ageRecipient().toLatin1() + '\n';
        if (const auto exitCode = writePublicFile(m_ageFile, contents))
            return *exitCode;
        printOut(tr("age recipient written to %1: %2").arg(StoreAccess::displayPath(m_ageFile), id.ageRecipient()));
    }
    return ExitSuccess;
}

IdentityExportSecretCommand::IdentityExportSecretCommand()
    : StoreCommand({QStringLiteral("identity export-secret"),
                    QStringLiteral("identity export-secret --age FILE --%1 --store PATH [--passphrase-file FILE]")
                        .arg(ConfirmSecretOption),
                    tr("Write the age secret key, for independent verification only"),
                    tr("Write the organisation's age SECRET key (AGE-SECRET-KEY-1…) to FILE, readable only by you "
                       "(mode 0600), so that packages can be decrypted independently with 'age -d -i FILE'. Anyone "
                       "with this file can read every package sent to your organisation: use it only for "
                       "verification, keep it off shared drives and delete it afterwards.")})
{
}

void IdentityExportSecretCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("age"), tr("Write the age identity file here."), QStringLiteral("FILE"));
    cmd.addOption(ConfirmSecretOption, tr("Required: confirms that you want a secret key in a file."));
}

std::optional<int> IdentityExportSecretCommand::prepare(CommandLine& cmd)
{
    if (!cmd.isSet(QStringLiteral("age")))
        return cmd.usageError(tr("missing --age FILE (the only secret key format that can be exported)"));
    if (!cmd.isSet(ConfirmSecretOption)) {
        return cmd.usageError(tr("this writes the organisation's secret decryption key to a file; add --%1 if that "
                                 "is what you want")
                                  .arg(ConfirmSecretOption));
    }
    m_file = StoreAccess::absolutePath(cmd.value(QStringLiteral("age")));
    if (const auto exitCode = refuseExisting(m_file))
        return *exitCode;
    return std::nullopt;
}

int IdentityExportSecretCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    auto identity = Identity::load(store);
    if (!identity)
        return reportError(identity.error());

    const SecretBytes contents
        = AgeKeys::identityFile(identity.value().encryptionSecretKey(), identity.value().createdAt());
    // Created new with owner-only permissions from the first byte: never readable by others.
    QFile out(m_file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return reportFailure(
            tr("%1 could not be created: %2").arg(StoreAccess::displayPath(m_file), out.errorString()));
    }
    const bool written = out.write(contents.chars(), qint64(contents.size())) == qint64(contents.size()) && out.flush();
    out.close();
    if (!written) {
        QFile::remove(m_file);
        return reportFailure(
            tr("%1 could not be written: %2").arg(StoreAccess::displayPath(m_file), out.errorString()));
    }
    (void)store.audit().append(QStringLiteral("identity.secret_exported"),
                               QStringLiteral("age secret key of fingerprint %1 written to %2")
                                   .arg(identity.value().fingerprint(), QFileInfo(m_file).fileName()));
    printErr(tr("WARNING: %1 now holds the organisation's secret decryption key. Anyone who can read it can read "
                "every package sent to you. Use it only to verify packages with 'age -d -i', keep it off shared "
                "drives and mail, and delete it when done.")
                 .arg(StoreAccess::displayPath(m_file)));
    printOut(tr("age secret key written to %1 (readable only by you).").arg(StoreAccess::displayPath(m_file)));
    return ExitSuccess;
}

IdentityRotateCommand::IdentityRotateCommand()
    : StoreCommand({QStringLiteral("identity rotate"),
                    QStringLiteral("identity rotate --out FILE --yes --store PATH [--passphrase-file FILE]"),
                    tr("Replace the keys; the old ones sign the new identity card"),
                    tr("Replace the organisation's keys with new ones. The old signing key signs the new keys, so "
                       "partners accept the new identity card (written to --out) without a new fingerprint check; "
                       "the old keys are kept to open older packages, and the package numbering per partner goes "
                       "on. Send the new card to every partner.")})
{
}

void IdentityRotateCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("out"), tr("Where to write the new identity card."), QStringLiteral("FILE"), true);
    cmd.addOption(QStringLiteral("yes"), tr("Confirm the rotation."));
}

std::optional<int> IdentityRotateCommand::prepare(CommandLine& cmd)
{
    if (!cmd.isSet(QStringLiteral("yes")))
        return cmd.usageError(tr("replacing the keys needs --yes"));
    return std::nullopt;
}

int IdentityRotateCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    auto rotated = Identity::rotate(store);
    if (!rotated)
        return reportError(rotated.error());
    const IdentityCard card = rotated.value().card(store.organisation());
    if (const auto written = card.writeFile(StoreAccess::absolutePath(cmd.value(QStringLiteral("out")))); !written)
        return reportError(written.error());
    printOut(tr("New keys made and signed by the old ones. New fingerprint: %1").arg(rotated.value().fingerprint()));
    printOut(tr("New identity card: %1. Send it to every partner.").arg(cmd.value(QStringLiteral("out"))));
    return ExitSuccess;
}

} // namespace inbeeld::cli
