#pragma once

#include "common/Result.h"
#include "exchange/PackageManifest.h"
#include "exchange/PartnerTrust.h"
#include "reporting/InspectieCounts.h"
#include "sharing/ShareDecision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace inbeeld {

class Store;
struct CaseRecord;

/// What to send: to which pinned partner, which kind of package, and for a case package which
/// child (by BSN).
struct PackageRequest
{
    Partner recipient;
    PackageKind kind = PackageKind::Quarterly;
    QString quarter; // "2026Q3"; empty: the quarter of the moment of writing
    QString child; // case packages: the child's BSN
};

/// What a package would hold, shown before it is written (no personal data): the list it comes
/// from, records and fields per category, and the decisions that cover them.
struct PackagePlan
{
    PackageRequest request;
    QString quarter; // as it will be written
    qint64 snapshotId = 0; // our list the records come from
    QMap<QString, qint64> counts; // records per category
    QMap<QString, QStringList> fields; // category -> field ids sent for it
    QList<ShareDecision> decisions; // the decisions that cover the records
    InspectieCounts inspectie; // quarterly packages: counts per Inspectie subgroup
};

/// What a written package holds (no personal data): for the summary shown and printed.
struct PackageSummary
{
    PackageManifest manifest;
    QMap<QString, qint64> counts; // records per category
    QList<qint64> decisionIds; // the decisions that cover the records
    QByteArray packageSha256; // of the package file
    QString path;
};

/// Writes exchange packages (README "Exchange packages"). A quarterly package holds the records of
/// our newest own list, each with only the fields the agreement allows for its category, the
/// counts per Inspectie subgroup, and the standing decision that covers them
/// (ShareGuard::requireQuarterly). A case package holds one child of our newest list with the
/// fields of the individual decision in force for that child and recipient (ShareGuard::require),
/// free texts in the decision's wording. Without a covering decision nothing is written.
/// The file is written atomically, read back and opened as the sender before success is
/// reported; then the sequence and hash are recorded (PackageLedger) and the export audited.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    explicit PackageWriter(Store& store);

    /// What write() would send now, or why it cannot (the same refusals as write()).
    Result<PackagePlan> plan(const PackageRequest& request, const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<PackageSummary> write(const PackageRequest& request, const QString& path,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<PackageSummary> writeQuarterly(const Partner& recipient, const QString& quarter, const QString& path,
                                          const QDateTime& now = QDateTime::currentDateTimeUtc());

    /// "2026Q3" for a date in July–September 2026.
    static QString quarterOf(const QDate& date);
    /// A file name for a package: "2026Q3-SWV-De-Liemers.inbeeld", "2026Q3-casus-…" for a case.
    static QString suggestedFileName(const PackagePlan& plan);

private:
    struct Prepared;
    Result<Prepared> prepare(const PackageRequest& request, const QDateTime& now);
    Result<Prepared> prepareQuarterly(Prepared prepared);
    Result<Prepared> prepareCase(Prepared prepared, const QDateTime& now);

    Store& m_store;
};

} // namespace inbeeld
