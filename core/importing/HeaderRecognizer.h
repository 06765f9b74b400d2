#pragma once

#include "core/importing/ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace inbeeld {

/// What HeaderRecognizer made of a header row.
struct HeaderRecognition
{
    ColumnMapping mapping;
    /// Columns with a header text that matched no field (they will not be imported).
    QList<int> unmapped;
    /// See ColumnMapping::missingRequired.
    QList<ImportField> missingRequired;

    bool isComplete() const { return missingRequired.isEmpty(); }
};

/// Maps the column names that Dutch leerplicht, DUO-derived and school lists use onto import
/// fields, ignoring case, spaces, punctuation and diacritics ("Geb. datum" = "geboortedatum").
/// Known names are matched exactly first; then a few word-part rules catch variants such as
/// "Startdatum verzuim leerling". Columns about a parent or contact person ("BSN ouder",
/// "Adres verzorger", "E-mailadres") are never taken for the child. When two columns fit the same
/// field, the better name wins (Voornamen over Roepnaam) and the other is left unmapped.
class HeaderRecognizer
{
public:
    /// Lower case, diacritics folded, only letters and digits: "Geb. datum" → "gebdatum".
    static QString normalise(const QString& header);
    /// The field one header stands for on its own, or nothing.
    static std::optional<ImportField> recogniseHeader(const QString& header);
    /// The mapping for a whole header row. A lone "Naam" column (no first-names column) is read
    /// as a full name. fixedCategory: the whole file has one category, so no column is needed.
    static HeaderRecognition recognise(const QStringList& headers, bool fixedCategory = false);
};

} // namespace inbeeld
