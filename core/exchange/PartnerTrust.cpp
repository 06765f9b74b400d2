#include "core/exchange/PartnerTrust.h"

#include "core/audit/AuditLog.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

const QString PartnerColumns = QStringLiteral(
    "id, organisation, role, agreement_id, signing_public, encryption_public, fingerprint, card_created_at, "
    "confirmed_by, confirmed_how, via_rotation, pinned_at, pinned_by, "
    "(SELECT p2.id FROM partners p2 WHERE p2.replaced_by = partners.id), contact_name, contact_mail, contact_phone");

Partner partnerFrom(const QSqlQuery& q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.organisation = q.value(1).toString();
    p.role = RoleText::fromCode(q.value(2).toString()).value_or(Role::Rbl);
    p.agreementId = q.value(3).toString();
    p.signingKey = q.value(4).toByteArray();
    p.encryptionKey = q.value(5).toByteArray();
    p.fingerprint = q.value(6).toString();
    p.cardCreatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    p.confirmedBy = q.value(8).toString();
    p.confirmedHow = ConfirmationMethods::fromCode(q.value(9).toString()).value_or(ConfirmationMethod::NotStated);
    p.viaRotation = q.value(10).toBool();
    p.pinnedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    p.pinnedBy = q.value(12).toString();
    p.replaces = q.value(13).toLongLong();
    p.contactName = q.value(14).toString();
    p.contactMail = q.value(15).toString();
    p.contactPhone = q.value(16).toString();
    return p;
}

/// Organisation names compare without case and extra spaces.
QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

QString localDate(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

Error databaseError(const QSqlQuery& q)
{
    return makeError(Error::Code::Database,
                     PartnerTrust::tr("The partner list could not be read or changed: %1").arg(q.lastError().text()));
}

} // namespace

QString ConfirmationMethods::code(ConfirmationMethod method)
{
    switch (method) {
    case ConfirmationMethod::Phone:
        return QStringLiteral("phone");
    case ConfirmationMethod::InPerson:
        return QStringLiteral("in-person");
    case ConfirmationMethod::NotStated:
        break;
    }
    return QStringLiteral("not-stated");
}

std::optional<ConfirmationMethod> ConfirmationMethods::fromCode(const QString& code)
{
    for (const ConfirmationMethod m :
         {ConfirmationMethod::Phone, ConfirmationMethod::InPerson, ConfirmationMethod::NotStated}) {
        if (code == ConfirmationMethods::code(m))
            return m;
    }
    return std::nullopt;
}

QString ConfirmationMethods::displayName(ConfirmationMethod method)
{
    switch (method) {
    case ConfirmationMethod::Phone:
        return tr("by phone");
    case ConfirmationMethod::InPerson:
        return tr("in person");
    case ConfirmationMethod::NotStated:
        break;
    }
    return tr("not stated");
}

PartnerTrust::PartnerTrust(Store& store)
    : m_store(store)
{
}

Result<std::optional<Partner>> PartnerTrust::findCurrent(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM partners WHERE replaced_at IS NULL AND %2").arg(PartnerColumns, where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return std::optional<Partner>();
    return std::optional<Partner>(partnerFrom(q));
}

Result<std::optional<Partner>> PartnerTrust::findBySigningKey(const QByteArray& signingKey) const
{
    return findCurrent(QStringLiteral("signing_public = ?"), {signingKey});
}

Result<QList<Partner>> PartnerTrust::partners() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM partners WHERE replaced_at IS NULL ORDER BY organisation COLLATE "
                               "NOCASE, id")
                    .arg(PartnerColumns)))
        return databaseError(q);
    QList<Partner> list;
    while (q.next())
        list << partnerFrom(q);
    return list;
}

Result<void> PartnerTrust::checkKeysNotPinned(const IdentityCard& card) const
{
    for (const QByteArray& key : {card.signingKey, card.encryptionKey}) {
        auto holder = findCurrent(QStringLiteral("(signing_public = ? OR encryption_public = ?)"), {key, key});
        if (!holder)
            return holder.error();
        if (!holder.value())
            continue;
        const Partner& p = *holder.value();
        if (nameKey(p.organisation) == nameKey(card.organisation) && p.signingKey == card.signingKey
            && p.encryptionKey == card.encryptionKey) {
            return makeError(Error::Code::InvalidInput,
                             tr("%1 is already a partner with exactly these keys (pinned on %2, confirmed by %3 %4). "
                                "Nothing was changed.")
                                 .arg(p.organisation, localDate(p.pinnedAt), p.confirmedBy,
                                      ConfirmationMethods::displayName(p.confirmedHow)));
        }
        return makeError(Error::Code::KeyChanged,
                         tr("This card names %1, but its keys are already pinned for the partner %2. One "
                            "organisation's keys cannot belong to another. Do not add this card; contact %2 and %1 "
                            "by phone.")
                             .arg(card.organisation, p.organisation));
    }
    return {};
}

Result<Partner> PartnerTrust::add(const IdentityCard& card, const PartnerConfirmation& confirmation)
{
    const QString fingerprint = card.fingerprint();
    if (!card.hasValidSignature()) {
        return makeError(Error::Code::Damaged,
                         tr("The identity card of %1 was changed after it was made. Ask the partner for a new card.")
                             .arg(card.organisation));
    }
    if (!Fingerprint::matches(confirmation.fingerprint, fingerprint)) {
        return makeError(Error::Code::InvalidInput,
                         tr("The fingerprint you confirmed does not match this card. The card of %1 has fingerprint "
                            "%2. Compare all 8 groups again with your contact at %1 (by phone or in person, not "
                            "through the channel the card came by). If they really differ, do not add this partner: "
                            "the card may not come from %1.")
                             .arg(card.organisation, fingerprint));
    }
    if (confirmation.confirmedBy.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Enter who confirmed the fingerprint."));

    auto own = Identity::load(m_store);
    if (!own)
        return own.error();
    if (own.value().signingPublicKey() == card.signingKey || own.value().encryptionPublicKey() == card.encryptionKey) {
        return makeError(Error::Code::InvalidInput,
                         tr("This is your own organisation's identity card. Add the card your partner sent you."));
    }
    const QString ourAgreement = m_store.organisation().agreementId;
    if (!ourAgreement.isEmpty() && !card.agreementId.isEmpty() && card.agreementId != ourAgreement) {
        return makeError(Error::Code::InvalidInput,
                         tr("The card of %1 belongs to agreement '%2', but this store works under agreement '%3'. "
                            "Only partners in the same agreement can be added.")
                             .arg(card.organisation, card.agreementId, ourAgreement));
    }

    if (auto free = checkKeysNotPinned(card); !free)
        return free.error();

    // The same organisation with other keys: a key change.
    std::optional<Partner> previous;
    {
        auto all = partners();
        if (!all)
            return all.error();
        for (const Partner& p : all.value()) {
            if (nameKey(p.organisation) == nameKey(card.organisation) && p.role == card.role)
                previous = p;
        }
    }
    QSqlDatabase db = m_store.database();
    if (previous) {
        const bool signedByPinned = card.rotation && card.rotation->previousSigningKey == previous->signingKey
            && card.rotation->verify(card.signingKey, card.encryptionKey);
        if (!signedByPinned) {
            (void)m_store.audit().append(QStringLiteral("partner.key_change_refused"),
                                         QStringLiteral("partner %1 (%2): card with fingerprint %3 not signed by the "
                                                        "pinned key %4")
                                             .arg(previous->id)
                                             .arg(previous->organisation, fingerprint, previous->fingerprint));
            return makeError(Error::Code::KeyChanged,
                             tr("WARNING: this card for %1 has different keys from the ones pinned on %2 (fingerprint "
                                "%3), and the new keys are not signed by the pinned key. Someone may be impersonating "
                                "%1. The card was refused and nothing was changed. Call your contact at %1 on a number "
                                "you already know; if they really replaced their keys without the old ones, remove "
                                "the partner first and add them again after comparing the new fingerprint.")
                                 .arg(previous->organisation, localDate(previous->pinnedAt), previous->fingerprint));
        }
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction transaction(db);
    if (!transaction.isActive())
        return makeError(Error::Code::Database, tr("The store is busy; the partner was not added."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO partners (organisation, role, agreement_id, signing_public, "
                             "encryption_public, fingerprint, card_created_at, confirmed_by, confirmed_how, "
                             "via_rotation, pinned_at, pinned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(card.organisation);
    q.addBindValue(RoleText::code(card.role));
    q.addBindValue(card.agreementId);
    q.addBindValue(card.signingKey);
    q.addBindValue(card.encryptionKey);
    q.addBindValue(fingerprint);
    q.addBindValue(card.createdAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(confirmation.confirmedBy.simplified());
    q.addBindValue(ConfirmationMethods::code(confirmation.how));
    q.addBindValue(previous ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(AuditLog::currentActor());
    bool ok = q.exec();
    QString failure = q.lastError().text();
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (ok && previous) {
        QSqlQuery contact(db);
        contact.prepare(QStringLiteral("UPDATE partners SET contact_name = ?, contact_mail = ?, contact_phone = ? "
                                       "WHERE id = ?"));
        contact.addBindValue(previous->contactName);
        contact.addBindValue(previous->contactMail);
        contact.addBindValue(previous->contactPhone);
        contact.addBindValue(id);
        ok = contact.exec();
        failure = contact.lastError().text();
    }
    if (ok && previous) {
        QSqlQuery replace(db);
        replace.prepare(QStringLiteral("UPDATE partners SET replaced_at = ?, replaced_by = ? WHERE id = ?"));
        replace.addBindValue(now);
        replace.addBindValue(id);
        replace.addBindValue(previous->id);
        ok = replace.exec();
        failure = replace.lastError().text();
    }
    Result<void> logged = ok
        ? Result<void>()
        : Result<void>(makeError(Error::Code::Database, tr("The partner could not be added: %1").arg(failure)));
    if (logged) {
        logged = previous
            ? m_store.audit().append(QStringLiteral("partner.keys_rotated"),
                                     QStringLiteral("partner %1 replaces %2 (%3): fingerprint %4 -> %5, signed by the "
                                                    "pinned key; confirmed %6")
                                         .arg(id)
                                         .arg(previous->id)
                                         .arg(card.organisation, previous->fingerprint, fingerprint,
                                              ConfirmationMethods::code(confirmation.how)))
            : m_store.audit().append(QStringLiteral("partner.pinned"),
                                     QStringLiteral("partner %1 (%2, %3): fingerprint %4; confirmed %5")
                                         .arg(id)
                                         .arg(card.organisation, RoleText::code(card.role), fingerprint,
                                              ConfirmationMethods::code(confirmation.how)));
    }
    if (!logged)
        return logged.error();
    if (!transaction.commit())
        return makeError(Error::Code::Database, tr("The partner could not be added: %1").arg(transaction.reason()));
    auto added = findCurrent(QStringLiteral("id = ?"), {id});
    if (!added)
        return added.error();
    if (!added.value())
        return makeError(Error::Code::Database, tr("The partner was added but could not be read back."));
    return *added.value();
}

Result<QList<Partner>> PartnerTrust::matching(const QString& text) const
{
    auto all = partners();
    if (!all)
        return all.error();
    QList<Partner> exact, partial;
    const QString key = nameKey(text);
    for (const Partner& p : all.value()) {
        if (nameKey(p.organisation) == key)
            exact << p;
        else if (!key.isEmpty() && nameKey(p.organisation).contains(key))
            partial << p;
    }
    return exact.isEmpty() ? partial : exact;
}

Result<QStringList> PartnerTrust::fingerprintsOf(const Partner& partner) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("WITH RECURSIVE chain(id, fingerprint, depth) AS ("
                             " SELECT id, fingerprint, 0 FROM partners WHERE id = ?"
                             " UNION ALL SELECT p.id, p.fingerprint, c.depth + 1 FROM partners p"
                             " JOIN chain c ON p.replaced_by = c.id)"
                             " SELECT fingerprint FROM chain ORDER BY depth"));
    q.addBindValue(partner.id);
    if (!q.exec())
        return databaseError(q);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    if (list.isEmpty())
        list << partner.fingerprint;
    return list;
}

bool PartnerTrust::isMailAddress(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+$"));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return pattern.match(text).hasMatch();
}

Result<Partner> PartnerTrust::setContact(const Partner& partner, const PartnerContact& contact)
{
    const PartnerContact c {contact.name.simplified(), contact.mail.trimmed(), contact.phone.simplified()};
    if (!c.mail.isEmpty() && !isMailAddress(c.mail)) {
        return makeError(Error::Code::InvalidInput,
                         tr("'%1' is not a mail address (like naam@voorbeeld.nl).").arg(c.mail));
    }
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE partners SET contact_name = ?, contact_mail = ?, contact_phone = ? "
                             "WHERE id = ? AND replaced_at IS NULL"));
    q.addBindValue(c.name);
    q.addBindValue(c.mail);
    q.addBindValue(c.phone);
    q.addBindValue(partner.id);
    if (!q.exec())
        return databaseError(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::InvalidInput, tr("%1 is no longer a partner.").arg(partner.organisation));
    q.finish();
    QStringList changed;
    if (c.name != partner.contactName)
        changed << QStringLiteral("name");
    if (c.mail != partner.contactMail)
        changed << QStringLiteral("mail");
    if (c.phone != partner.contactPhone)
        changed << QStringLiteral("phone");
    auto audited = m_store.audit().append(
        QStringLiteral("partner.contact_changed"),
        QStringLiteral("partner %1 (%2): %3")
            .arg(partner.id)
            .arg(partner.organisation, changed.isEmpty() ? QStringLiteral("nothing") : changed.join(u',')));
    if (!audited)
        return audited.error();
    if (auto committed = t.commit(); !committed)
        return committed.error();
    auto updated = findCurrent(QStringLiteral("id = ?"), {partner.id});
    if (!updated)
        return updated.error();
    if (!updated.value())
        return makeError(Error::Code::Database, tr("The partner could not be read back."));
    return *updated.value();
}

Result<void> PartnerTrust::remove(const Partner& partner)
{
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_store.database());
    // Removed rows leave the current partners like replaced ones (without a successor), so the same
    // card can be pinned again after a new fingerprint check.
    q.prepare(
        QStringLiteral("UPDATE partners SET removed_at = ?, replaced_at = ? WHERE id = ? AND replaced_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(partner.id);
    if (!q.exec())
        return databaseError(q);
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::InvalidInput, tr("%1 is no longer a partner.").arg(partner.organisation));
    q.finish();
    auto audited
        = m_store.audit().append(QStringLiteral("partner.removed"),
                                 QStringLiteral("partner %1 (%2, %3): fingerprint %4; history kept")
                                     .arg(partner.id)
                                     .arg(partner.organisation, RoleText::code(partner.role), partner.fingerprint));
    if (!audited)
        return audited.error();
    return t.commit();
}

} // namespace inbeeld
