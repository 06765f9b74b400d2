#include "core/exchange/OwnCardCheck.h"

#include "core/audit/AuditLog.h"
#include "core/exchange/Fingerprint.h"
#include "core/exchange/Identity.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

OwnCardCheck::OwnCardCheck(Store& store)
    : m_store(store)
{
}

Result<QString> OwnCardCheck::notice(const Partner& partner) const
{
    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    if (!identity.value().rotation())
        return QString(); // never rotated: every partner pinned the card we have
    const QString ours = identity.value().fingerprint();
    const QDateTime rotatedAt = identity.value().createdAt();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT our_card FROM partners WHERE id = ?"));
    q.addBindValue(partner.id);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The partners could not be read: %1").arg(q.lastError().text()));
    const QString known = q.next() ? q.value(0).toString() : QString();
    if (Fingerprint::matches(known, ours) || (partner.pinnedAt.isValid() && partner.pinnedAt >= rotatedAt))
        return QString();
    return tr("You replaced your keys on %1. Unless %2 has read in your new identity card, they will refuse this "
              "package as coming from an unknown sender. Give them the new card (Partners tab, Export identity "
              "card) and confirm here once they have read it in.")
        .arg(QLocale().toString(rotatedAt.toLocalTime().date(), QLocale::ShortFormat), partner.organisation);
}

Result<void> OwnCardCheck::confirm(const Partner& partner)
{
    auto identity = Identity::load(m_store);
    if (!identity)
        return identity.error();
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE partners SET our_card = ? WHERE id = ?"));
    q.addBindValue(identity.value().fingerprint());
    q.addBindValue(partner.id);
    if (!q.exec())
        return makeError(Error::Code::Database, tr("The partners could not be stored: %1").arg(q.lastError().text()));
    auto audited = m_store.audit().append(QStringLiteral("partner.holds_our_card"),
                                          QStringLiteral("partner=%1 our_card=%2")
                                              .arg(Fingerprint::normalised(partner.fingerprint),
                                                   Fingerprint::normalised(identity.value().fingerprint())));
    if (!audited)
        return audited.error();
    return t.commit();
}

} // namespace inbeeld
