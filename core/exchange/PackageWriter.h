#pragma once

#include "common/Result.h"
#include "exchange/PackageManifest.h"
#include "exchange/PartnerTrust.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace inbeeld {

class Store;

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
/// our newest own list, each with only the fields the agreement allows for its category, and the
/// standing decision that covers them (ShareGuard::requireQuarterly; without one nothing is
/// written). The file is written atomically, read back and opened as the sender before success is
/// reported; then the sequence and hash are recorded (PackageLedger) and the export audited.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    explicit PackageWriter(Store& store);

    Result<PackageSummary> writeQuarterly(const Partner& recipient, const QString& quarter, const QString& path,
                                          const QDateTime& now = QDateTime::currentDateTimeUtc());

    /// "2026Q3" for a date in July–September 2026.
    static QString quarterOf(const QDate& date);

private:
    Store& m_store;
};

} // namespace inbeeld
