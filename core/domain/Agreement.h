#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

/// One field of the agreement's exchange table (convenant, Bijlage 1) with the reason it may
/// be exchanged, and for which categories.
struct AgreementField
{
    QString id; // e.g. "bsn", "naw", "birth_date", "last_school", "absence_start", ...
    QString name; // Dutch display name from the profile
    QString reason; // Dutch reason from the profile
    QStringList categories; // category codes for which the field may be exchanged
    bool freeText = false; // holds free text, checked for special categories before sharing
};

struct AgreementCategory
{
    QString code; // "absoluut", "langdurig", "vrijstelling_5a"
    QString name; // Dutch display name
    QString description; // Dutch definition
    QStringList knownBy; // role codes that normally know this category ("rbl", "swv")
};

struct AgreementParty
{
    QString id;
    QString name;
    QString role; // "rbl" or "swv"
};

struct LegalGround
{
    QString id; // "public_task", "consent", ...
    QString name;
    QString explanation;
    QString article; // e.g. "AVG art. 6 lid 1 sub e"
};

/// How long the store keeps a kind of data (a retention rule of the profile), with its reason.
struct RetentionRule
{
    QString id; // "closed_child", "superseded_list", "rejected_rows", "decisions"
    int months = 0;
    QString name; // Dutch display name
    QString reason; // Dutch reason shown to the user
};

struct Purpose
{
    QString id;
    QString description;
};

/// A data-sharing agreement (convenant) loaded from a JSON profile in resources/agreements.
/// It is data, not code: later capabilities (import, compare, sharing, exchange) read the fields
/// per category and their reasons from here.
class Agreement
{
    Q_DECLARE_TR_FUNCTIONS(Agreement)

public:
    static Result<Agreement> fromJson(const QByteArray& json);
    static Result<Agreement> fromFile(const QString& path);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    int version() const { return m_version; }
    QList<AgreementParty> parties() const { return m_parties; }
    QList<AgreementCategory> categories() const { return m_categories; }
    QList<AgreementField> fields() const { return m_fields; }
    QList<LegalGround> legalGrounds() const { return m_grounds; }
    QString defaultGround() const { return m_defaultGround; }
    QStringList lawArticles(const QString& roleCode) const { return m_lawArticles.value(roleCode); }
    QList<Purpose> purposes() const { return m_purposes; }
    const Purpose* purpose(const QString& id) const;
    const LegalGround* legalGround(const QString& id) const;
    const AgreementParty* party(const QString& id) const;
    /// The party a partner organisation is, by its name on its identity card and its role
    /// ("rbl"/"swv"): the party id itself, or the party's name compared without case, diacritics,
    /// punctuation and the words "samenwerkingsverband"/"SWV"/"RBL"; failing that, the only party
    /// of that role. nullptr when none or several fit.
    const AgreementParty* partyFor(const QString& organisation, const QString& roleCode) const;
    /// The fields shared about a child of a category unless the case worker deselects them; a
    /// field beyond these needs a justification. Always a subset of fieldsFor(categoryCode).
    QStringList minimumFields(const QString& categoryCode) const { return m_minimumFields.value(categoryCode); }
    /// The purpose (id) and the subsidiarity reasoning of the quarterly exchange of the lists.
    QString quarterlyPurpose() const { return m_quarterlyPurpose; }
    QString quarterlySubsidiarity() const { return m_quarterlySubsidiarity; }
    int decisionValidityDays() const { return m_decisionValidityDays; }
    QStringList endOfProcessingReasons() const { return m_endReasons; }
    /// The default retention rules (an organisation may change the months, see core/lifecycle).
    QList<RetentionRule> retentionRules() const { return m_retentionRules; }
    /// What the profile says about the defaults (to be confirmed by the privacy officers).
    QString retentionNote() const { return m_retentionNote; }

    const AgreementCategory* category(const QString& code) const;
    const AgreementField* field(const QString& id) const;
    /// The fields the agreement allows for a category, in profile order.
    QList<AgreementField> fieldsFor(const QString& categoryCode) const;
    bool allows(const QString& categoryCode, const QString& fieldId) const;

private:
    QString m_id;
    QString m_title;
    int m_version = 0;
    QList<AgreementParty> m_parties;
    QList<AgreementCategory> m_categories;
    QList<AgreementField> m_fields;
    QList<LegalGround> m_grounds;
    QString m_defaultGround;
    QHash<QString, QStringList> m_lawArticles;
    QList<Purpose> m_purposes;
    QHash<QString, QStringList> m_minimumFields;
    QString m_quarterlyPurpose;
    QString m_quarterlySubsidiarity;
    int m_decisionValidityDays = 30;
    QStringList m_endReasons;
    QList<RetentionRule> m_retentionRules;
    QString m_retentionNote;
};

/// The agreement profiles shipped with the program (compiled in from resources/agreements).
class AgreementCatalog
{
public:
    /// All valid built-in profiles; an invalid profile is a programming error reported in errors.
    static QList<Agreement> builtIn(QStringList* errors = nullptr);
    static Result<Agreement> builtIn(const QString& id);
};

} // namespace inbeeld
