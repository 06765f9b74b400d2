#include "core/domain/InspectieCounts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld {

namespace {

const QString Format = QStringLiteral("inbeeld-package-counts");

const QString Absoluut = QStringLiteral("absoluut");
const QString Langdurig = QStringLiteral("langdurig");
const QString Vrijstelling = QStringLiteral("vrijstelling_5a");
const QString LangdurigShort = QStringLiteral("langdurig_under_4_weeks");
const QString Langdurig4w3m = QStringLiteral("langdurig_4_weeks_to_3_months");
const QString LangdurigLong = QStringLiteral("langdurig_over_3_months");
const QString LangdurigUnknown = QStringLiteral("langdurig_start_unknown");

QJsonObject toObject(const QMap<QString, qint64>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool fromObject(const QJsonValue& value, QMap<QString, qint64>& map)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const qint64 n = it.value().toInteger(-1);
        if (!it.value().isDouble() || n < 0 || it.key().isEmpty() || it.key().size() > 64)
            return false;
        map.insert(it.key(), n);
    }
    return true;
}

} // namespace

const QStringList& InspectieCounts::subgroupCodes()
{
    static const QStringList codes {Absoluut,       Langdurig4w3m,    LangdurigLong,
                                    LangdurigShort, LangdurigUnknown, Vrijstelling};
    return codes;
}

QString InspectieCounts::subgroupName(const QString& code)
{
    if (code == Absoluut)
        return tr("Absolute absence");
    if (code == Langdurig4w3m)
        return tr("Long-term absence, 4 weeks to 3 months");
    if (code == LangdurigLong)
        return tr("Long-term absence, more than 3 months");
    if (code == LangdurigShort)
        return tr("Long-term absence, less than 4 weeks on the reference date");
    if (code == LangdurigUnknown)
        return tr("Long-term absence, start date unknown");
    if (code == Vrijstelling)
        return tr("Exemption article 5 under a");
    return code;
}

QString InspectieCounts::subgroupOf(const CaseRecord& record, const QDate& peildatum)
{
    if (record.category != Langdurig)
        return record.category;
    const QDate start = record.absenceStart;
    if (!start.isValid() || !peildatum.isValid() || start > peildatum)
        return LangdurigUnknown;
    if (peildatum < start.addDays(28))
        return LangdurigShort;
    if (peildatum <= start.addMonths(3))
        return Langdurig4w3m;
    return LangdurigLong;
}

InspectieCounts InspectieCounts::of(const QList<CaseRecord>& records, const QDate& peildatum)
{
    InspectieCounts counts;
    counts.peildatum = peildatum;
    for (const CaseRecord& r : records) {
        ++counts.categories[r.category];
        ++counts.subgroups[subgroupOf(r, peildatum)];
    }
    return counts;
}

QByteArray InspectieCounts::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("peildatum"), peildatum.toString(Qt::ISODate));
    root.insert(QStringLiteral("categories"), toObject(categories));
    root.insert(QStringLiteral("inspectie"), toObject(subgroups));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<InspectieCounts> InspectieCounts::fromJson(const QByteArray& json)
{
    const auto unreadable = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("The counts in the package cannot be read. Ask the sender to make the package again."));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable();
    const QJsonObject root = doc.object();
    InspectieCounts counts;
    counts.peildatum = QDate::fromString(root.value(QStringLiteral("peildatum")).toString(), Qt::ISODate);
    if (root.value(QStringLiteral("format")).toString() != Format || !counts.peildatum.isValid()
        || !fromObject(root.value(QStringLiteral("categories")), counts.categories)
        || !fromObject(root.value(QStringLiteral("inspectie")), counts.subgroups))
        return unreadable();
    return counts;
}

} // namespace inbeeld
