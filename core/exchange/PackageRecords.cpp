#include "exchange/PackageRecords.h"

#include "domain/PersonName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inbeeld {

namespace {

const QString Format = QStringLiteral("inbeeld-package-records");

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void put(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

// The columns of one field, as written.
QJsonValue fieldValue(const CaseRecord& r, const QString& field)
{
    if (field == u"bsn") {
        QJsonObject o;
        put(o, QStringLiteral("bsn"), r.bsn);
        put(o, QStringLiteral("onderwijsnummer"), r.onderwijsnummer);
        return o;
    }
    if (field == u"naw") {
        QJsonObject o;
        put(o, QStringLiteral("first_names"), r.firstNames);
        put(o, QStringLiteral("prefix"), r.prefix);
        put(o, QStringLiteral("surname"), r.surname);
        put(o, QStringLiteral("street"), r.street);
        put(o, QStringLiteral("house_number"), r.houseNumber);
        put(o, QStringLiteral("postcode"), r.postcode);
        put(o, QStringLiteral("place"), r.place);
        return o;
    }
    if (field == u"birth_date")
        return isoDate(r.birthDate);
    if (field == u"last_school")
        return r.lastSchool;
    if (field == u"absence_start")
        return isoDate(r.absenceStart);
    if (field == u"absence_reason")
        return r.absenceReason;
    if (field == u"exemption_date")
        return isoDate(r.exemptionDate);
    if (field == u"exemption_duration")
        return r.exemptionDuration;
    if (field == u"involvement")
        return r.involvement;
    return QJsonValue::Undefined;
}

QDate dateOf(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

bool readField(CaseRecord& r, const QString& field, const QJsonValue& v)
{
    if (field == u"bsn" || field == u"naw") {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        const auto s = [&](const char16_t* key) { return o.value(QString::fromUtf16(key)).toString(); };
        if (field == u"bsn") {
            r.bsn = s(u"bsn");
            r.onderwijsnummer = s(u"onderwijsnummer");
            return true;
        }
        r.firstNames = s(u"first_names");
        r.prefix = s(u"prefix");
        r.surname = s(u"surname");
        r.street = s(u"street");
        r.houseNumber = s(u"house_number");
        r.postcode = s(u"postcode");
        r.place = s(u"place");
        if (!r.surname.isEmpty()) {
            if (auto name = PersonName::fromColumns(r.firstNames, r.prefix, r.surname))
                r.nameKey = name.value().matchKey();
        }
        return true;
    }
    if (!v.isString())
        return false;
    if (field == u"birth_date")
        r.birthDate = dateOf(v);
    else if (field == u"last_school")
        r.lastSchool = v.toString();
    else if (field == u"absence_start")
        r.absenceStart = dateOf(v);
    else if (field == u"absence_reason")
        r.absenceReason = v.toString();
    else if (field == u"exemption_date")
        r.exemptionDate = dateOf(v);
    else if (field == u"exemption_duration")
        r.exemptionDuration = v.toString();
    else if (field == u"involvement")
        r.involvement = v.toString();
    else
        return false;
    return true;
}

} // namespace

QMap<QString, qint64> PackageRecords::countsPerCategory(const QList<CaseRecord>& records)
{
    QMap<QString, qint64> counts;
    for (const CaseRecord& r : records)
        ++counts[r.category];
    return counts;
}

QByteArray PackageRecords::toJson(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fieldsByCategory)
{
    QJsonArray list;
    for (const CaseRecord& r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("category"), r.category);
        for (const QString& field : fieldsByCategory.value(r.category)) {
            const QJsonValue v = fieldValue(r, field);
            if (!v.isUndefined())
                o.insert(field, v);
        }
        list.append(o);
    }
    QJsonObject counts;
    const QMap<QString, qint64> perCategory = countsPerCategory(records);
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("format"), Format);
    root.insert(QStringLiteral("counts"), counts);
    root.insert(QStringLiteral("records"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<QList<CaseRecord>> PackageRecords::fromJson(const QByteArray& json, const Agreement& agreement,
                                                   const QMap<QString, QStringList>& manifestFields)
{
    const auto unreadable = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("The records in the package cannot be read. Ask the sender to make the package again."));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != Format || !root.value(QStringLiteral("records")).isArray())
        return unreadable();
    QList<CaseRecord> records;
    qint64 line = 0;
    for (const QJsonValue& value : root.value(QStringLiteral("records")).toArray()) {
        if (!value.isObject())
            return unreadable();
        const QJsonObject o = value.toObject();
        CaseRecord r;
        r.line = ++line;
        r.category = o.value(QStringLiteral("category")).toString();
        if (!agreement.category(r.category)) {
            return makeError(Error::Code::SharingNotAllowed,
                             tr("Record %1 of the package has the category '%2', which agreement %3 does not know. "
                                "Nothing was stored; ask the sender to check the package.")
                                 .arg(line)
                                 .arg(r.category.left(40), agreement.id()));
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == u"category")
                continue;
            if (!agreement.allows(r.category, it.key()) || !manifestFields.value(r.category).contains(it.key())) {
                return makeError(Error::Code::SharingNotAllowed,
                                 tr("The package holds the field '%1' for category '%2', which agreement %3 does not "
                                    "allow to be exchanged. Nothing was stored; tell the sender.")
                                     .arg(it.key().left(40), r.category, agreement.id()));
            }
            if (!readField(r, it.key(), it.value()))
                return unreadable();
        }
        records.append(r);
    }
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    const QMap<QString, qint64> actual = countsPerCategory(records);
    if (counts.size() != actual.size())
        return unreadable();
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (counts.value(it.key()).toInteger(-1) != it.value())
            return unreadable();
    }
    return records;
}

} // namespace inbeeld
