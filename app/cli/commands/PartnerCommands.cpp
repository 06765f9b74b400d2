#include "app/cli/commands/PartnerCommands.h"

#include "app/cli/StoreAccess.h"
#include "core/audit/AuditLog.h"
#include "core/exchange/Fingerprint.h"
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
              "  edit NAME  Set the partner's contact: mail address, name and phone\n"
              "  remove NAME  Remove a partner: no more packages to or from it (history kept)\n"
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
        printJson(array);
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

std::optional<int> PartnerCommands::resolve(Store& store, const QString& text, Partner& partner)
{
    PartnerTrust trust(store);
    auto all = trust.partners();
    if (!all)
        return reportError(all.error());
    for (const Partner& p : all.value()) {
        if (Fingerprint::matches(text, p.fingerprint)) {
            partner = p;
            return std::nullopt;
        }
    }
    auto found = trust.matching(text);
    if (!found)
        return reportError(found.error());
    if (found.value().size() == 1) {
        partner = found.value().first();
        return std::nullopt;
    }
    if (found.value().isEmpty()) {
        return reportFailure(tr("'%1' is not a pinned partner. See '%2 partner list' for the partners, or add one "
                                "with '%2 partner add'.")
                                 .arg(text, programName()));
    }
    QStringList names;
    for (const Partner& p : found.value())
        names << QStringLiteral("  %1 (%2)").arg(p.organisation, p.fingerprint);
    return reportFailure(
        tr("'%1' matches several partners; give the full name or the fingerprint:\n%2").arg(text, names.join(u'\n')));
}

PartnerEditCommand::PartnerEditCommand()
    : StoreCommand({QStringLiteral("partner edit"),
                    QStringLiteral("partner edit NAME --store PATH [--mail ADDRESS] [--contact NAME] [--phone NUMBER] "
                                   "[--passphrase-file FILE]"),
                    tr("Set a partner's contact (mail address, name, phone)"),
                    tr("Set a partner's contact: the mail address packages are sent to, the contact person and the "
                       "phone number. Options left out keep their value.")})
{
}

void PartnerEditCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The partner: its organisation name or fingerprint."));
    cmd.addOption(QStringLiteral("mail"), tr("The mail address packages are sent to."), QStringLiteral("ADDRESS"));
    cmd.addOption(QStringLiteral("contact"), tr("The contact person."), QStringLiteral("NAME"));
    cmd.addOption(QStringLiteral("phone"), tr("The contact's phone number."), QStringLiteral("NUMBER"));
}

std::optional<int> PartnerEditCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the partner's NAME"));
    return std::nullopt;
}

int PartnerEditCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    Partner partner;
    if (const auto exitCode = PartnerCommands::resolve(store, cmd.positional(), partner))
        return *exitCode;
    PartnerContact contact {partner.contactName, partner.contactMail, partner.contactPhone};
    if (cmd.isSet(QStringLiteral("mail")))
        contact.mail = cmd.value(QStringLiteral("mail"));
    if (cmd.isSet(QStringLiteral("contact")))
        contact.name = cmd.value(QStringLiteral("contact"));
    if (cmd.isSet(QStringLiteral("phone")))
        contact.phone = cmd.value(QStringLiteral("phone"));
    auto updated = PartnerTrust(store).setContact(partner, contact);
    if (!updated)
        return reportError(updated.error());
    printOut(tr("Contact of %1: %2, %3, %4")
                 .arg(updated.value().organisation, updated.value().contactName, updated.value().contactMail,
                      updated.value().contactPhone));
    return ExitSuccess;
}

PartnerRemoveCommand::PartnerRemoveCommand()
    : StoreCommand({QStringLiteral("partner remove"),
                    QStringLiteral("partner remove NAME --yes --store PATH [--passphrase-file FILE]"),
                    tr("Remove a partner (no more packages; history kept)"),
                    tr("Remove a partner: no packages are made for it any more, and its packages are refused as "
                       "from an unknown sender. Its history (packages sent and opened, the audit log) is kept. To "
                       "work with the partner again, add its card after a new fingerprint check.")})
{
}

void PartnerRemoveCommand::defineStoreOptions(CommandLine& cmd)
{
    cmd.addPositional(QStringLiteral("NAME"), tr("The partner: its organisation name or fingerprint."));
    cmd.addOption(QStringLiteral("yes"), tr("Confirm the removal."));
}

std::optional<int> PartnerRemoveCommand::prepare(CommandLine& cmd)
{
    if (cmd.positional().isEmpty())
        return cmd.usageError(tr("missing the partner's NAME"));
    if (!cmd.isSet(QStringLiteral("yes")))
        return cmd.usageError(tr("removing a partner needs --yes"));
    return std::nullopt;
}

int PartnerRemoveCommand::executeWithStore(Store& store, CommandLine& cmd)
{
    Partner partner;
    if (const auto exitCode = PartnerCommands::resolve(store, cmd.positional(), partner))
        return *exitCode;
    if (auto removed = PartnerTrust(store).remove(partner); !removed)
        return reportError(removed.error());
    printOut(tr("Partner removed: %1 (%2). Its history is kept.").arg(partner.organisation, partner.fingerprint));
    return ExitSuccess;
}

} // namespace inbeeld::cli
