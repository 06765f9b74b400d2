#include "core/sharing/ShareDecision.h"

#include <QJsonArray>

namespace inbeeld {

QStringList ShareDecision::missingFields(const QStringList& requested, const QString& forCategory) const
{
    const QStringList covered = kind == Kind::Standing ? fieldsByCategory.value(forCategory) : answers.fields;
    QStringList missing;
    for (const QString& f : requested) {
        if (!covered.contains(f) && !missing.contains(f))
            missing << f;
    }
    return missing;
}

QString ShareDecision::kindCode(Kind kind)
{
    return kind == Kind::Standing ? QStringLiteral("standing") : QStringLiteral("individual");
}

QString ShareDecision::outcomeCode(Outcome outcome)
{
    return outcome == Outcome::Share ? QStringLiteral("share") : QStringLiteral("alternative");
}

QString ShareDecision::stateText(const QDateTime& now) const
{
    if (outcome == Outcome::Alternative)
        return tr("not shared (less intrusive way chosen)");
    if (isWithdrawn())
        return tr("withdrawn");
    if (isExpired(now))
        return tr("expired");
    return tr("in force");
}

QJsonObject ShareDecision::bodyJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("answers"), answers.toJson());
    o.insert(QStringLiteral("law_articles"), QJsonArray::fromStringList(lawArticles));
    if (!fieldsByCategory.isEmpty()) {
        QJsonObject per;
        for (auto it = fieldsByCategory.cbegin(); it != fieldsByCategory.cend(); ++it)
            per.insert(it.key(), QJsonArray::fromStringList(it.value()));
        o.insert(QStringLiteral("fields_by_category"), per);
    }
    if (!areaRule.isEmpty())
        o.insert(QStringLiteral("area_rule"), areaRule);
    return o;
}

Result<void> ShareDecision::readBodyJson(const QJsonObject& body)
{
    auto read = ShareAnswers::fromJson(body.value(QStringLiteral("answers")).toObject());
    if (!read)
        return read.error();
    answers = read.takeValue();
    lawArticles.clear();
    for (const QJsonValue& v : body.value(QStringLiteral("law_articles")).toArray())
        lawArticles << v.toString();
    areaRule = body.value(QStringLiteral("area_rule")).toString();
    fieldsByCategory.clear();
    const QJsonObject per = body.value(QStringLiteral("fields_by_category")).toObject();
    for (auto it = per.begin(); it != per.end(); ++it) {
        QStringList fields;
        for (const QJsonValue& v : it.value().toArray())
            fields << v.toString();
        fieldsByCategory.insert(it.key(), fields);
    }
    return {};
}

} // namespace inbeeld
