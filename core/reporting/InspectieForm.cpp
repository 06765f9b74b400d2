#include "core/reporting/InspectieForm.h"

#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace inbeeld {

namespace {

const QString FormKey = QStringLiteral("form_columns");

} // namespace

const QStringList& InspectieForm::fieldIds()
{
    static const QStringList ids {QStringLiteral("id"),         QStringLiteral("category"), QStringLiteral("subgroup"),
                                  QStringLiteral("start"),      QStringLiteral("end"),      QStringLiteral("status"),
                                  QStringLiteral("end_reason"), QStringLiteral("source")};
    return ids;
}

QString InspectieForm::fieldDescription(const QString& field)
{
    if (field == u"id")
        return tr("Pseudonymous number of the child (the same all school year)");
    if (field == u"category")
        return tr("Category");
    if (field == u"subgroup")
        return tr("Subgroup on the reference date");
    if (field == u"start")
        return tr("Start date");
    if (field == u"end")
        return tr("End date");
    if (field == u"status")
        return tr("Status (active or ended)");
    if (field == u"end_reason")
        return tr("Reason of the end");
    if (field == u"source")
        return tr("Source");
    return field;
}

QList<FormColumn> InspectieForm::defaults()
{
    // The Dutch names a consultant expects on the form; the user renames them to the form's own.
    return {{QStringLiteral("id"), QStringLiteral("Leerling-ID")},
            {QStringLiteral("category"), QStringLiteral("Categorie")},
            {QStringLiteral("subgroup"), QStringLiteral("Subgroep op peildatum")},
            {QStringLiteral("start"), QStringLiteral("Startdatum")},
            {QStringLiteral("end"), QStringLiteral("Einddatum")},
            {QStringLiteral("status"), QStringLiteral("Status")},
            {QStringLiteral("end_reason"), QStringLiteral("Reden einde")},
            {QStringLiteral("source"), QStringLiteral("Bron")}};
}

QList<FormColumn> InspectieForm::load(Store& store)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM inspectie_settings WHERE key = ?"));
    q.addBindValue(FormKey);
    if (!q.exec() || !q.next())
        return defaults();
    QList<FormColumn> columns;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const FormColumn column {o.value(QStringLiteral("field")).toString(),
                                 o.value(QStringLiteral("header")).toString()};
        if (!fieldIds().contains(column.field) || column.header.isEmpty())
            return defaults();
        columns << column;
    }
    return columns.isEmpty() ? defaults() : columns;
}

Result<void> InspectieForm::save(Store& store, const QList<FormColumn>& columns)
{
    QSet<QString> seen;
    QJsonArray array;
    for (const FormColumn& c : columns) {
        if (!fieldIds().contains(c.field) || seen.contains(c.field))
            return makeError(Error::Code::InvalidInput, tr("Each field can appear in one column only."));
        if (c.header.trimmed().isEmpty())
            return makeError(Error::Code::InvalidInput, tr("Every column needs a name."));
        seen.insert(c.field);
        array.append(QJsonObject {{QStringLiteral("field"), c.field}, {QStringLiteral("header"), c.header.trimmed()}});
    }
    if (columns.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("The form needs at least one column."));
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO inspectie_settings (key, value) VALUES (?, ?)"));
    q.addBindValue(FormKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The column names could not be stored: %1").arg(q.lastError().text()));
    return store.audit().append(QStringLiteral("inspectie.form_changed"),
                                QStringLiteral("columns=%1").arg(columns.size()));
}

bool InspectieForm::isDate(const QString& field)
{
    return field == u"start" || field == u"end";
}

QString InspectieForm::text(const RegistrationRow& row, const QString& field)
{
    if (field == u"id")
        return row.id;
    if (field == u"category")
        return InspectieRegistration::categoryName(row.category);
    if (field == u"subgroup")
        return InspectieRegistration::subgroupName(row.subgroup);
    if (field == u"start")
        return row.start.toString(QStringLiteral("dd-MM-yyyy"));
    if (field == u"end")
        return row.end.toString(QStringLiteral("dd-MM-yyyy"));
    if (field == u"status")
        return row.active() ? tr("active") : tr("ended");
    if (field == u"end_reason")
        return InspectieRegistration::endReasonName(row.endReason);
    if (field == u"source")
        return InspectieRegistration::sourceName(row.source);
    return {};
}

} // namespace inbeeld
