#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/importing/ColumnMapping.h"
#include "core/importing/ImportOptions.h"
#include "core/importing/ImportReport.h"
#include "core/importing/TableReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace inbeeld {

class Transaction;

class Store;

/// Where the mapping of an import came from.
enum class MappingOrigin {
    Given, // ImportOptions::mapping (the wizard's mapping page)
    Profile, // a saved profile: named in the options, or saved for the same header set
    Recognized, // HeaderRecognizer
};

/// The first look at a file, for the wizard's preview and mapping pages.
struct ImportPreview
{
    QString fileName;
    qint64 fileSize = 0;
    QString format; // "CSV" or "XLSX"
    QString encoding; // CSV
    QString delimiter; // CSV: ";", ",", "tab"
    QString sheetName; // XLSX: the sheet read
    QStringList sheetNames; // XLSX: all sheets
    qint64 headerLine = 0; // the line (CSV) or row (XLSX) of the header
    QStringList headers;
    QList<TableRow> titleRows; // non-blank rows above the header
    QList<TableRow> rows; // the first ImportOptions::previewRows data rows
    ColumnMapping mapping;
    MappingOrigin mappingOrigin = MappingOrigin::Recognized;
    QString profileName; // when mappingOrigin is Profile
    QList<ImportField> missingRequired; // see ColumnMapping::missingRequired
    QString missingMessage; // empty when the mapping is complete
    QDate peildatum; // from the options, the title rows, or today
    bool peildatumFromFile = false;
};

/// Imports a CSV or XLSX list into a new snapshot of the store: reads it streaming, maps the
/// columns, validates every row (RowValidator), and stores the snapshot, the accepted records
/// and the report in ONE transaction, committed at the end. A cancel (the progress callback
/// returns false), a read error or a database error rolls everything back: the store is then as
/// it was before. The audit log gets "import.completed" (counts, side, source, file name; never
/// personal data) or "import.cancelled".
///
/// For the wizard: preview() → let the user adjust ImportPreview::mapping → run() with
/// options.dryRun for the validation report → run() to import, with progress and cancel.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// Uses the agreement of the store's organisation.
    explicit Importer(Store& store);
    Importer(Store& store, Agreement agreement);

    Result<ImportPreview> preview(const QString& path, const ImportOptions& options = {}) const;
    /// Imports (or with dryRun, only checks) the file. The report is returned also when no row
    /// could be imported (then nothing is stored and report.stored() is false). Errors: the file
    /// cannot be read, the mapping is incomplete, the options are invalid, a database error, or
    /// Error::Code::Cancelled. phaseChanged, when given, hears of each phase as it starts
    /// (ImportPhase::Reading first, then ImportPhase::Committing before the final commit).
    Result<ImportReport> run(const QString& path, const ImportOptions& options, const ImportProgress& progress = {},
                             const ImportPhaseChanged& phaseChanged = {});

    /// A "Peildatum: 30-9-2026" (in one cell or two) in the rows above the header.
    static std::optional<QDate> peildatumFromTitleRows(const QList<TableRow>& rows);

private:
    struct Opened
    {
        std::unique_ptr<TableReader> reader;
        QString format;
        QString encoding;
        QString delimiter;
        QString sheetName;
        QStringList sheetNames;
    };
    struct ResolvedMapping
    {
        ColumnMapping mapping;
        MappingOrigin origin = MappingOrigin::Recognized;
        QString profileName;
    };

    Result<Opened> open(const QString& path, const ImportOptions& options) const;
    Result<ResolvedMapping> resolveMapping(const QStringList& headers, const ImportOptions& options) const;
    Result<QString> resolveFixedCategory(const QString& text) const;
    Result<QString> resolveSource(const ImportOptions& options) const;
    /// The report's account of the file, before any row is read.
    static ImportReport startReport(const QString& path, const ImportOptions& options, const QString& source,
                                    const Opened& opened, const ResolvedMapping& resolved, const QDate& today);
    Result<ImportReport> rollBack(Transaction& transaction, const Error& error, const QString& auditAction,
                                  const QString& detail);

    Store& m_store;
    std::optional<Agreement> m_agreement;
    Error m_agreementError;
};

} // namespace inbeeld
