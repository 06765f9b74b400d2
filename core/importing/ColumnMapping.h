#pragma once

#include "core/importing/ImportField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace inbeeld {

/// Which column of a source list holds which field: one entry per header cell, None for
/// columns that are not imported. A field is held by at most one column.
///
/// Saved as a profile it is keyed by the normalised header texts, not by position, so a
/// profile still applies when a later export has its columns in another order.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    /// All columns unmapped.
    explicit ColumnMapping(QStringList headers);

    const QStringList& headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }
    /// The header as written, or "column N" for an unnamed column (for messages).
    QString columnLabel(int column) const;

    ImportField field(int column) const;
    /// Maps column to field; another column that held field loses it. None unmaps the column.
    void setField(int column, ImportField field);
    /// The column holding field, or -1.
    int column(ImportField field) const;
    bool has(ImportField field) const { return column(field) >= 0; }
    /// Columns with a header text that are not mapped to anything.
    QList<int> unmappedColumns() const;

    /// What must be mapped before an import can run: the category (unless the whole file has a
    /// fixed category), and a BSN/onderwijsnummer column or else a name and a date-of-birth
    /// column. Empty when complete. The fields listed are the ones to add: Category, and Bsn
    /// (standing for "an identifier, or name and date of birth").
    QList<ImportField> missingRequired(bool fixedCategory) const;
    /// A translated sentence saying what is missing and what to do; empty when complete.
    QString missingRequiredMessage(bool fixedCategory) const;

    /// {"format": 1, "columns": {"<normalised header>": "<field code>", ...}}
    QJsonObject toJson() const;
    /// Applies a saved mapping to a file's headers by normalised header text; headers the saved
    /// mapping does not know stay unmapped.
    static ColumnMapping fromJson(const QJsonObject& json, const QStringList& headers);

    /// SHA-256 (hex) over the sorted, normalised, non-empty header texts: the same set of columns
    /// gives the same signature, whatever their order, case or punctuation.
    static QString headerSignature(const QStringList& headers);

    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;

private:
    QStringList m_headers;
    QList<ImportField> m_fields;
};

} // namespace inbeeld
