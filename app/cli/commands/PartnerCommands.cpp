#include "app/cli/commands/PartnerCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/PartnerTrust.h"
#include "core/storage/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld::cli {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QString PartnerCommands::helpText()
{
    return tr("Usage: %1 partner <command> [options]\n"
              "Partner organisations whose keys are pinned in the store. Packages are only accepted from, and\n"
              "only made for, pinned partners.\n"
              "\n"
              "Commands:\n"
              "  add FILE   Pin a partner's identity card after comparing its fingerprint out of band\n"
              "  list       List the pinned partners\n"
              "\n"
              "Run '%1 partner <command> --help' for the options of a command.")
               .arg(programName())
        + QStringLiteral("\n\n") + HelpText::exitCodes();
}

PartnerAddCommand::PartnerAddCommand()
    : StoreCommand({QStringLiteral("partner add"),
                    QStringLiteral("partner add FILE --fingerprint FP --store PATH [--confirmed-by NAME] "
                                   "[--confirmed-how phone|in-person] [--passphrase-file FILE]"),
                    tr("Pin a partner's identity card after comparing its fingerprint"),
                    tr("Pin a partner organisation's identity card. First compare the fingerprint with your contact "
                       "at the partner, by phone on a number you already know or in person, never through the "
                       "channel the card came by; then give it with --fingerprint exactly as they read it out. A "
                       "card with new keys for a partner you already pinned is refused unless the pinned key signed "
                       "the new keys.")})
{
}

void PartnerAddCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("FILE"), tr("The partner's identity card (JSON)."));
    cmd.addOption(QStringLiteral("fingerprint"),
                  tr("The fingerprint as confirmed with the partner (8 groups of 4 characters; spaces and case do "
                     "not matter)."),
                  QStringLiteral("FP"), true);
    cmd.addOption(QStringLiteral("confirmed-by"), tr("Who compared the fingerprint (default: the current OS account)."),
                  QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("confirmed-how"), tr("How the fingerprint was compared: phone or in-person."),
                  QStringLiteral("HOW"));
}

std::optional<int> PartnerAddCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the FILE with the partner's identity card"));

    m_confirmation.fingerprint = cmd.value(QStringLiteral("fingerprint"));
    m_confirmation.confirmedBy = cmd.isSet(QStringLiteral("confirmed-by")) ? cmd.value(QStringLiteral("confirmed-by"))
                                                                           : AuditLog::currentActor();
    if (cmd.isSet(QStringLiteral("confirmed-how"))) {
        const QString how = cmd.value(QStringLiteral("confirmed-how")).trimmed().toLower();
        const auto method = ConfirmationMethods::fromCode(how);
        if (!method || *method == ConfirmationMethod::NotStated)
            return cmd.usageError(tr("unknown --confirmed-how '%1': use phone or in-person").arg(how));
        m_confirmation.how = *method;
    }
    if (m_confirmation.confirmedBy.trimmed().isEmpty())
        return cmd.usageError(tr("--confirmed-by needs a name"));

    const QString file = StoreAccess::absolutePath(cmd.positional());
    auto card = IdentityCard::readFile(file);
    if (!card)
        return reportError(card.error());
    m_card = card.takeValue();
    return std::nullopt;
}

int PartnerAddCommand::executeWithStore(Store& store, CommandLine& /*cmd*/)
{
    PartnerTrust trust(store);
    auto added = trust.add(*m_card, m_confirmation);
    if (!added)
        return reportError(added.error());
    const Partner& p = added.value();
    printOut(p.viaRotation ? tr("Partner keys replaced: %1 (%2) signed its new keys with the pinned key.")
                                 .arg(p.organisation, RoleText::displayName(p.role))
                           : tr("Partner added: %1 (%2).").arg(p.organisation, RoleText::displayName(p.role)));
    printOut(tr("Fingerprint: %1").arg(p.fingerprint));
    printOut(tr("Confirmed by %1, %2.").arg(p.confirmedBy, ConfirmationMethods::displayName(p.confirmedHow)));
    return ExitSuccess;
}

PartnerListCommand::PartnerListCommand()
    : StoreCommand({QStringLiteral("partner list"),
                    QStringLiteral("partner list --store PATH [--json] [--passphrase-file FILE]"),
                    tr("List the pinned partners"),
                    tr("List the pinned partners, one per line, tab-separated: id, organisation, role, fingerprint, "
                       "confirmed by, how, pinned at (UTC), and 'rotated' when the keys replaced earlier ones.")})
{
}

void PartnerListCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addOption(QStringLiteral("json"), tr("Print a JSON array instead of text."));
}

int PartnerListCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    const auto partners = PartnerTrust(store).partners();
    if (!partners)
        return reportError(partners.error());

    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Partner& p : partners.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), p.id);
            o.insert(QStringLiteral("organisation"), p.organisation);
            o.insert(QStringLiteral("role"), RoleText::code(p.role));
            o.insert(QStringLiteral("agreement"), p.agreementId);
            o.insert(QStringLiteral("fingerprint"), p.fingerprint);
            o.insert(QStringLiteral("signing_key"), QString::fromLatin1(p.signingKey.toBase64()));
            o.insert(QStringLiteral("encryption_key"), QString::fromLatin1(p.encryptionKey.toBase64()));
            o.insert(QStringLiteral("confirmed_by"), p.confirmedBy);
            o.insert(QStringLiteral("confirmed_how"), ConfirmationMethods::code(p.confirmedHow));
            o.insert(QStringLiteral("pinned_at"), isoUtc(p.pinnedAt));
            o.insert(QStringLiteral("via_rotation"), p.viaRotation);
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (partners.value().isEmpty()) {
        printErr(tr("No partners yet. Add one with '%1 partner add FILE --fingerprint FP'.").arg(programName()));
        return ExitSuccess;
    }
    for (const Partner& p : partners.value()) {
        QStringList fields = {QString::number(p.id), p.organisation, RoleText::code(p.role),
                              p.fingerprint,         p.confirmedBy,  ConfirmationMethods::code(p.confirmedHow),
                              isoUtc(p.pinnedAt)};
        if (p.viaRotation)
            fields << QStringLiteral("rotated");
        printOut(fields.join(QLatin1Char('\t')));
    }
    return ExitSuccess;
}

} // namespace inbeeld::cli
