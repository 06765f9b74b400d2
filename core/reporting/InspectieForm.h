#pragma once

#include "core/common/Result.h"
#include "core/reporting/InspectieRegistration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inbeeld {

class Store;

/// One column of the Inspectie's spreadsheet form: which registration field, under which header.
struct FormColumn
{
    QString field; // one of InspectieForm::fieldIds()
    QString header; // as the form names it
    bool operator==(const FormColumn&) const = default;
};

/// The column mapping onto the Inspectie's own form, as data. The real form is not published (it
/// comes with the Inspectie's request), so the user adjusts the column names and order once; the
/// choice is kept in the store and used for every XLSX and CSV from then on.
class InspectieForm
{
    Q_DECLARE_TR_FUNCTIONS(InspectieForm)

public:
    /// id, category, subgroup, start, end, status, end_reason, source.
    static const QStringList& fieldIds();
    /// What a field holds, for the mapping editor (translated).
    static QString fieldDescription(const QString& field);
    /// The default columns with Dutch headers.
    static QList<FormColumn> defaults();
    /// The user's mapping, or the defaults.
    static QList<FormColumn> load(Store& store);
    /// Refused when a field is unknown or doubled or a header is empty.
    static Result<void> save(Store& store, const QList<FormColumn>& columns);
    /// A row's value for a field as the form shows it (dates excluded: the writers format those).
    static QString text(const RegistrationRow& row, const QString& field);
    static bool isDate(const QString& field);
};

} // namespace inbeeld
