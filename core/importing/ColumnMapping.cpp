#include "core/importing/ColumnMapping.h"

#include "core/importing/HeaderRecognizer.h"

#include <QCryptographicHash>

namespace inbeeld {

ColumnMapping::ColumnMapping(QStringList headers)
    : m_headers(std::move(headers))
    , m_fields(m_headers.size(), ImportField::None)
{
}

QString ColumnMapping::columnLabel(int column) const
{
    const QString header = m_headers.value(column).simplified();
    return header.isEmpty() ? tr("column %1").arg(column + 1) : header;
}

ImportField ColumnMapping::field(int column) const
{
    return m_fields.value(column, ImportField::None);
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field != ImportField::None) {
        for (ImportField& f : m_fields) {
            if (f == field)
                f = ImportField::None;
        }
    }
    m_fields[column] = field;
}

int ColumnMapping::column(ImportField field) const
{
    if (field == ImportField::None)
        return -1;
    return int(m_fields.indexOf(field));
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> columns;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i] == ImportField::None && !m_headers[i].trimmed().isEmpty())
            columns.append(i);
    }
    return columns;
}

QList<ImportField> ColumnMapping::missingRequired(bool fixedCategory) const
{
    QList<ImportField> missing;
    if (!fixedCategory && !has(ImportField::Category))
        missing.append(ImportField::Category);
    const bool identifier = has(ImportField::Bsn) || has(ImportField::Onderwijsnummer);
    const bool name = has(ImportField::Surname) || has(ImportField::FullName);
    if (!identifier && !(name && has(ImportField::BirthDate)))
        missing.append(ImportField::Bsn);
    return missing;
}

QString ColumnMapping::missingRequiredMessage(bool fixedCategory) const
{
    const QList<ImportField> missing = missingRequired(fixedCategory);
    QStringList parts;
    if (missing.contains(ImportField::Category))
        parts << tr("no column holds the category (absoluut verzuim, langdurig verzuim or vrijstelling 5a); map the "
                    "column with the category, or choose one category for the whole file");
    if (missing.contains(ImportField::Bsn))
        parts << tr("no column holds the BSN or onderwijsnummer, and there is no name and date of birth to identify "
                    "children by; map the BSN column, or the name and date-of-birth columns");
    if (parts.isEmpty())
        return {};
    return tr("The columns of this file are not complete: %1.").arg(parts.join(QStringLiteral("; ")));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString key = HeaderRecognizer::normalise(m_headers[i]);
        if (key.isEmpty())
            continue;
        columns.insert(key, ImportFields::code(m_fields[i]));
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), 1);
    json.insert(QStringLiteral("columns"), columns);
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json, const QStringList& headers)
{
    ColumnMapping mapping(headers);
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (int i = 0; i < headers.size(); ++i) {
        const QString key = HeaderRecognizer::normalise(headers[i]);
        if (key.isEmpty() || !columns.contains(key))
            continue;
        if (const auto field = ImportFields::fromCode(columns.value(key).toString()))
            mapping.setField(i, *field);
    }
    return mapping;
}

QString ColumnMapping::headerSignature(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers) {
        const QString key = HeaderRecognizer::normalise(header);
        if (!key.isEmpty())
            normalised.append(key);
    }
    normalised.sort();
    normalised.removeDuplicates();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace inbeeld
