#pragma once

#include "core/common/Result.h"
#include "core/domain/Role.h"
#include "core/exchange/IdentityCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace inbeeld {

class Store;

/// How the fingerprint of a partner's card was confirmed outside the file itself.
enum class ConfirmationMethod { Phone, InPerson, NotStated };

class ConfirmationMethods
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationMethods)

public:
    static QString code(ConfirmationMethod method); // "phone", "in-person", "not-stated"
    static std::optional<ConfirmationMethod> fromCode(const QString& code);
    static QString displayName(ConfirmationMethod method); // translated
};

/// A partner organisation whose keys are pinned in our store.
struct Partner
{
    qint64 id = 0;
    QString organisation;
    Role role = Role::Rbl;
    QString agreementId;
    QByteArray signingKey;
    QByteArray encryptionKey;
    QString fingerprint;
    QDateTime cardCreatedAt;
    QString confirmedBy;
    ConfirmationMethod confirmedHow = ConfirmationMethod::NotStated;
    bool viaRotation = false; // accepted because the previously pinned key signed the new keys
    QDateTime pinnedAt;
    QString pinnedBy; // OS account
    qint64 replaces = 0; // the partner row whose keys these replaced (0: none)
    QString contactName; // the contact person at the partner (kept across key rotations)
    QString contactMail; // where packages are mailed
    QString contactPhone;
};

/// A partner's contact as the user edits it.
struct PartnerContact
{
    QString name;
    QString mail;
    QString phone;
};

/// What the user confirmed when adding a partner: the fingerprint as they compared it out of band,
/// and who did so and how.
struct PartnerConfirmation
{
    QString fingerprint;
    QString confirmedBy;
    ConfirmationMethod how = ConfirmationMethod::NotStated;
};

/// The trust store: partners' identity cards pinned after an out-of-band fingerprint check.
///
/// A card whose organisation (same name and role) is already pinned with other keys is a key
/// change. It is accepted only when the card carries a KeyRotation signed by the pinned signing
/// key; otherwise it is refused with Error::Code::KeyChanged and the refusal is audited, because
/// it may be someone impersonating the partner. Every change is audited (no personal data).
class PartnerTrust
{
    Q_DECLARE_TR_FUNCTIONS(PartnerTrust)

public:
    explicit PartnerTrust(Store& store);

    Result<Partner> add(const IdentityCard& card, const PartnerConfirmation& confirmation);
    /// The partners whose keys are current (replaced keys are history), by organisation name.
    Result<QList<Partner>> partners() const;
    /// The current partner with this Ed25519 signing key.
    Result<std::optional<Partner>> findBySigningKey(const QByteArray& signingKey) const;
    /// The current partners whose organisation name contains text (without case); an exact name
    /// wins over partial matches.
    Result<QList<Partner>> matching(const QString& text) const;
    /// The fingerprints a partner has had (current first, then the keys it replaced): the package
    /// ledger keeps one sequence per partner across key rotations.
    Result<QStringList> fingerprintsOf(const Partner& partner) const;
    /// Sets the contact (a mail address must look like one: name@domain, no spaces). Audited.
    Result<Partner> setContact(const Partner& partner, const PartnerContact& contact);
    /// Removes a partner: no more packages to or from it (refused as from an unknown sender);
    /// its history (rows, ledger, audit) stays. Audited as "partner.removed".
    Result<void> remove(const Partner& partner);
    /// True when text is a plain mail address (one @, a dot in the domain, no spaces or controls).
    static bool isMailAddress(const QString& text);

private:
    /// Refuses a card whose keys are already pinned: for the same partner (nothing would change) or
    /// for another organisation (one organisation's keys cannot belong to another).
    Result<void> checkKeysNotPinned(const IdentityCard& card) const;
    Result<std::optional<Partner>> findCurrent(const QString& where, const QVariantList& values) const;
    Store& m_store;
};

} // namespace inbeeld
