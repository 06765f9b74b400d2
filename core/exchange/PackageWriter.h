#pragma once

#include "core/common/Result.h"
#include "core/domain/InspectieCounts.h"
#include "core/exchange/PackageManifest.h"
#include "core/exchange/PartnerTrust.h"
#include "core/sharing/ShareDecision.h"

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
    /// Quarterly packages: children the area rule cannot assign (CaseRecord::childKey) that the
    /// user assigns to this recipient; every other unassignable child stays home.
    QStringList assigned;
};

/// Quarterly packages, per category: how many children go to the recipient under the area rule,
/// and how many stay home, per reason.
struct AreaTally
{
    qint64 sent = 0;
    QMap<QString, qint64> staysHome; // reason (translated, no personal data) -> children
};

/// A child of our list that the area rule cannot assign to any party (shown as "niet toe te
/// wijzen"): it goes to nobody unless the user assigns it to the recipient. Holds the child's name
/// for the preview on the sender's own screen; it never goes into a package or a log.
struct UnassignedChild
{
    qint64 line = 0;
    QString childKey;
    QString name;
    QString category;
    QString reason;
    bool assigned = false; // in PackageRequest::assigned: goes to this recipient
};

/// A free text left out of a quarterly package because it reads as special or criminal-law
/// personal data (the agreement forbids sending those): where it is in our list, and why.
struct WithheldText
{
    qint64 line = 0; // line or row in our list's source file
    QString field; // "absence_reason" or "involvement"
    QStringList words; // what triggered it
};

/// What a package would hold, shown before it is written: the list it comes from, records and
/// fields per category, the decisions that cover them, and (quarterly) what the area rule keeps
/// home. Only `unassigned` names children, for the sender's own preview.
struct PackagePlan
{
    PackageRequest request;
    QString quarter; // as it will be written
    qint64 snapshotId = 0; // our list the records come from
    QMap<QString, qint64> counts; // records per category
    QMap<QString, QStringList> fields; // category -> field ids sent for it
    QList<ShareDecision> decisions; // the decisions that cover the records
    InspectieCounts inspectie; // quarterly packages: counts per Inspectie subgroup
    QList<WithheldText> withheld; // quarterly packages: free texts left out (fix them at the source)
    QMap<QString, AreaTally> area; // quarterly packages: per category, sent and kept home by the area rule
    QList<UnassignedChild> unassigned; // quarterly packages: children no party could be named for
    QString areaRule; // the rule in words (from the agreement profile)
    qint64 leftOutClosed = 0; // quarterly packages: records of closed children (counted for the Inspectie)
    qint64 leftOutRestricted = 0; // quarterly packages: records of restricted children
};

/// What a written package holds (no personal data): for the summary shown and printed.
struct PackageSummary
{
    PackageManifest manifest;
    QMap<QString, qint64> counts; // records per category
    QList<qint64> decisionIds; // the decisions that cover the records
    QByteArray packageSha256; // of the package file
    QString path;
    QList<WithheldText> withheld; // free texts left out (see PackagePlan)
};

/// Writes exchange packages (docs/package-format.md). A quarterly package holds the records of
/// our newest own list the recipient is responsible for (AreaAssignment), each with only the fields the agreement
/// allows for its category, the counts per Inspectie subgroup, and the standing decision that covers them
/// (ShareGuard::requireQuarterly); a free text that reads as special or criminal-law personal data
/// is left out of it and named in the plan. A case package holds one child of our newest list with the
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
    /// A file name for a package: "2026Q3-SWV-De-Liemers.inbeeldpakket", "2026Q3-casus-…" for a case.
    static QString suggestedFileName(const PackagePlan& plan);

private:
    struct Prepared;
    Result<Prepared> prepare(const PackageRequest& request, const QDateTime& now);
    Result<Prepared> prepareQuarterly(Prepared prepared);
    Result<void> applyArea(Prepared& prepared, const QDate& peildatum);
    Result<Prepared> prepareCase(Prepared prepared, const QDateTime& now);

    Store& m_store;
};

} // namespace inbeeld
