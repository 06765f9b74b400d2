#include "core/domain/Agreement.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace inbeeld {

namespace {

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

Result<Agreement> Agreement::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::InvalidProfile,
                         tr("The agreement profile is not valid JSON (at character %1: %2).")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    const auto invalid = [](const QString& what) {
        return makeError(Error::Code::InvalidProfile, tr("The agreement profile is incomplete: %1").arg(what));
    };
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return invalid(tr("unknown format version."));

    Agreement a;
    a.m_id = o.value(QStringLiteral("id")).toString();
    a.m_title = o.value(QStringLiteral("title")).toString();
    a.m_version = o.value(QStringLiteral("version")).toInt();
    if (a.m_id.isEmpty() || a.m_title.isEmpty() || a.m_version < 1)
        return invalid(tr("id, title and version are required."));

    for (const QJsonValue& v : o.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        AgreementParty party {p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("name")).toString(),
                              p.value(QStringLiteral("role")).toString()};
        if (party.id.isEmpty() || party.name.isEmpty()
            || (party.role != QLatin1String("rbl") && party.role != QLatin1String("swv")))
            return invalid(tr("every party needs an id, a name and the role rbl or swv."));
        a.m_parties << party;
    }
    if (a.m_parties.isEmpty())
        return invalid(tr("no parties."));

    QSet<QString> categoryCodes;
    for (const QJsonValue& v : o.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        AgreementCategory cat {c.value(QStringLiteral("code")).toString(), c.value(QStringLiteral("name")).toString(),
                               c.value(QStringLiteral("description")).toString(),
                               toStringList(c.value(QStringLiteral("known_by")))};
        if (cat.code.isEmpty() || cat.name.isEmpty() || categoryCodes.contains(cat.code))
            return invalid(tr("every category needs a unique code and a name."));
        categoryCodes.insert(cat.code);
        a.m_categories << cat;
    }
    if (a.m_categories.isEmpty())
        return invalid(tr("no categories."));

    QSet<QString> fieldIds;
    for (const QJsonValue& v : o.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        AgreementField field {f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("name")).toString(),
                              f.value(QStringLiteral("reason")).toString(),
                              toStringList(f.value(QStringLiteral("categories"))),
                              f.value(QStringLiteral("free_text")).toBool()};
        if (field.id.isEmpty() || field.name.isEmpty() || fieldIds.contains(field.id))
            return invalid(tr("every field needs a unique id and a name."));
        if (field.reason.trimmed().isEmpty())
            return invalid(tr("the field \"%1\" has no reason for exchanging it.").arg(field.id));
        for (const QString& code : std::as_const(field.categories)) {
            if (!categoryCodes.contains(code))
                return invalid(tr("the field \"%1\" names the unknown category \"%2\".").arg(field.id, code));
        }
        fieldIds.insert(field.id);
        a.m_fields << field;
    }
    if (a.m_fields.isEmpty())
        return invalid(tr("no fields."));

    for (const QJsonValue& v : o.value(QStringLiteral("legal_grounds")).toArray()) {
        const QJsonObject g = v.toObject();
        a.m_grounds << LegalGround {
            g.value(QStringLiteral("id")).toString(), g.value(QStringLiteral("name")).toString(),
            g.value(QStringLiteral("explanation")).toString(), g.value(QStringLiteral("article")).toString()};
    }
    a.m_defaultGround = o.value(QStringLiteral("default_ground")).toString();
    const bool groundKnown = std::any_of(a.m_grounds.cbegin(), a.m_grounds.cend(),
                                         [&](const LegalGround& g) { return g.id == a.m_defaultGround; });
    if (a.m_grounds.size() != 6 || !groundKnown)
        return invalid(tr("the six legal grounds of the GDPR and a default ground among them are required."));
    const QJsonObject articles = o.value(QStringLiteral("law_articles")).toObject();
    for (auto it = articles.begin(); it != articles.end(); ++it)
        a.m_lawArticles.insert(it.key(), toStringList(it.value()));

    for (const QJsonValue& v : o.value(QStringLiteral("purposes")).toArray()) {
        const QJsonObject p = v.toObject();
        a.m_purposes << Purpose {p.value(QStringLiteral("id")).toString(),
                                 p.value(QStringLiteral("description")).toString()};
    }
    if (a.m_purposes.isEmpty())
        return invalid(tr("no purposes."));

    const QJsonObject minimum = o.value(QStringLiteral("minimum_fields")).toObject();
    for (const AgreementCategory& cat : std::as_const(a.m_categories)) {
        const QStringList fields = toStringList(minimum.value(cat.code));
        if (fields.isEmpty())
            return invalid(tr("the category \"%1\" has no minimum fields.").arg(cat.code));
        for (const QString& id : fields) {
            if (!a.allows(cat.code, id))
                return invalid(
                    tr("the minimum field \"%1\" is not allowed for the category \"%2\".").arg(id, cat.code));
        }
        a.m_minimumFields.insert(cat.code, fields);
    }
    const QJsonObject quarterly = o.value(QStringLiteral("quarterly_exchange")).toObject();
    a.m_quarterlyPurpose = quarterly.value(QStringLiteral("purpose")).toString();
    a.m_quarterlySubsidiarity = quarterly.value(QStringLiteral("subsidiarity")).toString();
    if (!a.purpose(a.m_quarterlyPurpose) || a.m_quarterlySubsidiarity.trimmed().isEmpty())
        return invalid(tr("the quarterly exchange needs one of the purposes and its subsidiarity reasoning."));

    a.m_decisionValidityDays = o.value(QStringLiteral("decision_validity_days")).toInt(30);
    if (a.m_decisionValidityDays < 1)
        return invalid(tr("the validity of a sharing decision must be at least one day."));
    a.m_endReasons = toStringList(o.value(QStringLiteral("end_of_processing")));
    const QJsonObject retention = o.value(QStringLiteral("retention")).toObject();
    a.m_retentionNote = retention.value(QStringLiteral("note")).toString();
    for (const QJsonValue& v : retention.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        RetentionRule rule {r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("months")).toInt(-1),
                            r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("reason")).toString()};
        if (rule.id.isEmpty() || rule.months < 0 || rule.reason.trimmed().isEmpty())
            return invalid(tr("every retention rule needs an id, a number of months and its reason."));
        a.m_retentionRules << rule;
    }
    return a;
}

Result<Agreement> Agreement::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("The agreement profile %1 could not be read.").arg(path));
    return fromJson(f.readAll());
}

const AgreementCategory* Agreement::category(const QString& code) const
{
    for (const auto& c : m_categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const AgreementField* Agreement::field(const QString& id) const
{
    for (const auto& f : m_fields) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const Purpose* Agreement::purpose(const QString& id) const
{
    for (const auto& p : m_purposes) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const LegalGround* Agreement::legalGround(const QString& id) const
{
    for (const auto& g : m_grounds) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const AgreementParty* Agreement::party(const QString& id) const
{
    for (const auto& p : m_parties) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

namespace {

// "Samenwerkingsverband De Liemers" and "SWV de Liemers" both become "deliemers".
QString partyKey(const QString& name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
        else if (c.isSpace() || c.isPunct())
            folded.append(u' ');
    }
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    static const QStringList generic {QStringLiteral("samenwerkingsverband"), QStringLiteral("swv"),
                                      QStringLiteral("rbl"), QStringLiteral("po"), QStringLiteral("vo")};
    words.removeIf([](const QString& w) { return generic.contains(w); });
    return words.join(QString());
}

} // namespace

const AgreementParty* Agreement::partyFor(const QString& organisation, const QString& roleCode) const
{
    const QString key = partyKey(organisation);
    const AgreementParty* onlyOfRole = nullptr;
    int ofRole = 0;
    for (const auto& p : m_parties) {
        if (p.role != roleCode)
            continue;
        if (p.id == organisation || (!key.isEmpty() && partyKey(p.name) == key))
            return &p;
        ++ofRole;
        onlyOfRole = &p;
    }
    return ofRole == 1 ? onlyOfRole : nullptr;
}

QList<AgreementField> Agreement::fieldsFor(const QString& categoryCode) const
{
    QList<AgreementField> list;
    for (const auto& f : m_fields) {
        if (f.categories.contains(categoryCode))
            list << f;
    }
    return list;
}

bool Agreement::allows(const QString& categoryCode, const QString& fieldId) const
{
    const AgreementField* f = field(fieldId);
    return f && f->categories.contains(categoryCode);
}

QList<Agreement> AgreementCatalog::builtIn(QStringList* errors)
{
    QList<Agreement> list;
    QStringList files;
    QDirIterator it(QStringLiteral(":/agreements"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& file : std::as_const(files)) {
        auto loaded = Agreement::fromFile(file);
        if (loaded)
            list << loaded.value();
        else if (errors)
            *errors << file + QStringLiteral(": ") + loaded.message();
    }
    return list;
}

Result<Agreement> AgreementCatalog::builtIn(const QString& id)
{
    const QList<Agreement> all = builtIn();
    for (const Agreement& a : all) {
        if (a.id() == id)
            return a;
    }
    return makeError(Error::Code::InvalidProfile,
                     Agreement::tr("The agreement profile \"%1\" is not known to this version of InBeeld.").arg(id));
}

} // namespace inbeeld
