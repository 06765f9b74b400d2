#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/reporting/InspectieForm.h"
#include "core/reporting/InspectieRegistration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inbeeld {

/// Writes one quarter's registration in the formats the Inspectie and the organisation need:
/// XLSX on the Inspectie's form (rows and counts, real Excel dates), CSV (Dutch Excel: semicolons,
/// UTF-8 with BOM), JSON for scripts, and a PDF summary for the organisation's own files with the
/// quarter against the school year's earlier quarters. Only what the registration holds goes out:
/// pseudonymous ids, codes and dates; never a BSN, name, address or free text.
class InspectieExport
{
    Q_DECLARE_TR_FUNCTIONS(InspectieExport)

public:
    enum class Format { Xlsx, Csv, Json, Pdf };
    static std::optional<Format> formatFromName(const QString& name); // "xlsx", "csv", "json", "pdf"

    /// earlier: the school year's quarters before this one (for the trend), oldest first.
    InspectieExport(QuarterRegistration quarter, QList<QuarterRegistration> earlier, QList<FormColumn> columns,
                    QString organisation);

    Result<void> write(Format format, const QString& path) const;
    Result<void> writeXlsx(const QString& path) const;
    QByteArray csv() const;
    QByteArray json() const;
    Document summary() const;

private:
    QuarterRegistration m_quarter;
    QList<QuarterRegistration> m_earlier;
    QList<FormColumn> m_columns;
    QString m_organisation;
};

} // namespace inbeeld
