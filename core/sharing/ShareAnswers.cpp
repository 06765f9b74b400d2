#include "core/sharing/ShareAnswers.h"

#include <QJsonArray>
#include <QSet>

namespace inbeeld {

namespace {

QJsonObject mapJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QString ShareAnswersText::invalid(const QString& why)
{
    return tr("The answers are not in the expected form: %1").arg(why);
}

QJsonObject ShareAnswers::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("informed"), informed);
    if (!informedWho.isEmpty())
        o.insert(QStringLiteral("informed_who"), informedWho);
    if (!informedNote.isEmpty())
        o.insert(QStringLiteral("informed_note"), informedNote);
    if (!notInformedReason.isEmpty())
        o.insert(QStringLiteral("not_informed_reason"), notInformedReason);
    o.insert(QStringLiteral("ground"), ground);
    if (!interestLegitimate.isEmpty() || !interestNecessary.isEmpty() || !interestOutweighs.isEmpty()) {
        QJsonObject li;
        li.insert(QStringLiteral("legitimate"), interestLegitimate);
        li.insert(QStringLiteral("necessary"), interestNecessary);
        li.insert(QStringLiteral("outweighs"), interestOutweighs);
        o.insert(QStringLiteral("legitimate_interest"), li);
    }
    if (!purposeId.isEmpty())
        o.insert(QStringLiteral("purpose"), purposeId);
    if (!purposeText.isEmpty())
        o.insert(QStringLiteral("purpose_text"), purposeText);
    if (outsideAgreementAcknowledged)
        o.insert(QStringLiteral("outside_agreement_acknowledged"), true);
    o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    if (!justifications.isEmpty())
        o.insert(QStringLiteral("justifications"), mapJson(justifications));
    if (!texts.isEmpty())
        o.insert(QStringLiteral("texts"), mapJson(texts));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!alternative.isEmpty())
        o.insert(QStringLiteral("alternative"), alternative);
    if (!subsidiarityReason.isEmpty())
        o.insert(QStringLiteral("subsidiarity_reason"), subsidiarityReason);
    return o;
}

Result<ShareAnswers> ShareAnswers::fromJson(const QJsonObject& o)
{
    static const QSet<QString> known = {
        QStringLiteral("informed"),
        QStringLiteral("informed_who"),
        QStringLiteral("informed_note"),
        QStringLiteral("not_informed_reason"),
        QStringLiteral("ground"),
        QStringLiteral("legitimate_interest"),
        QStringLiteral("purpose"),
        QStringLiteral("purpose_text"),
        QStringLiteral("outside_agreement_acknowledged"),
        QStringLiteral("fields"),
        QStringLiteral("justifications"),
        QStringLiteral("texts"),
        QStringLiteral("note"),
        QStringLiteral("alternative"),
        QStringLiteral("subsidiarity_reason"),
    };
    const auto fail = [](const QString& why) {
        return Result<ShareAnswers>(makeError(Error::Code::InvalidInput, ShareAnswersText::invalid(why)));
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(ShareAnswersText::tr("unknown key \"%1\".").arg(it.key()));
    }
    const auto text = [&](const QJsonObject& from, const QString& key, QString& out) {
        const QJsonValue v = from.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        out = v.toString().trimmed();
        return true;
    };
    const auto textMap = [&](const QString& key, QMap<QString, QString>& out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return false;
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString())
                return false;
            out.insert(it.key(), it.value().toString().trimmed());
        }
        return true;
    };

    ShareAnswers a;
    const QJsonValue informed = o.value(QStringLiteral("informed"));
    if (!informed.isBool())
        return fail(ShareAnswersText::tr("\"informed\" must be true or false."));
    a.informed = informed.toBool();
    const QJsonValue acknowledged = o.value(QStringLiteral("outside_agreement_acknowledged"));
    if (!acknowledged.isUndefined() && !acknowledged.isBool())
        return fail(ShareAnswersText::tr("\"outside_agreement_acknowledged\" must be true or false."));
    a.outsideAgreementAcknowledged = acknowledged.toBool();

    const std::pair<const char*, QString*> texts[] = {
        {"informed_who", &a.informedWho},
        {"informed_note", &a.informedNote},
        {"not_informed_reason", &a.notInformedReason},
        {"ground", &a.ground},
        {"purpose", &a.purposeId},
        {"purpose_text", &a.purposeText},
        {"note", &a.note},
        {"alternative", &a.alternative},
        {"subsidiarity_reason", &a.subsidiarityReason},
    };
    for (const auto& [key, out] : texts) {
        if (!text(o, QString::fromLatin1(key), *out))
            return fail(ShareAnswersText::tr("\"%1\" must be a text.").arg(QString::fromLatin1(key)));
    }
    const QJsonValue li = o.value(QStringLiteral("legitimate_interest"));
    if (!li.isUndefined() && !li.isNull()) {
        const QJsonObject test = li.toObject();
        if (!li.isObject() || !text(test, QStringLiteral("legitimate"), a.interestLegitimate)
            || !text(test, QStringLiteral("necessary"), a.interestNecessary)
            || !text(test, QStringLiteral("outweighs"), a.interestOutweighs))
            return fail(ShareAnswersText::tr(
                "\"legitimate_interest\" must be an object with the texts \"legitimate\", \"necessary\" and "
                "\"outweighs\"."));
    }
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isNull()) {
        if (!fields.isArray())
            return fail(ShareAnswersText::tr("\"fields\" must be a list of field names."));
        for (const QJsonValue& f : fields.toArray()) {
            if (!f.isString())
                return fail(ShareAnswersText::tr("\"fields\" must be a list of field names."));
            if (!a.fields.contains(f.toString().trimmed()))
                a.fields << f.toString().trimmed();
        }
    }
    if (!textMap(QStringLiteral("justifications"), a.justifications))
        return fail(ShareAnswersText::tr("\"justifications\" must map field names to texts."));
    if (!textMap(QStringLiteral("texts"), a.texts))
        return fail(ShareAnswersText::tr("\"texts\" must map field names to texts."));
    return a;
}

} // namespace inbeeld
