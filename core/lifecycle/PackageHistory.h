#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace inbeeld {

class Store;

/// One package sent or received, as the ledger recorded it, with the partner's name.
struct PackageEvent
{
    bool sent = true;
    QString packageId;
    QString kind; // "quarterly" or "case"
    QString partner; // organisation name (the fingerprint when unknown)
    QString partnerFingerprint;
    QDateTime at; // UTC
    qint64 records = 0;
    qint64 snapshotId = 0; // the list it carried (sent) or became (received); 0 when not known
    QString childKey; // sent case packages
    QJsonObject fields; // sent: category -> field ids
    QByteArray sha256;
};

/// Reads the package ledger for the access export and the breach report.
class PackageHistory
{
    Q_DECLARE_TR_FUNCTIONS(PackageHistory)

public:
    /// Every package, oldest first.
    static Result<QList<PackageEvent>> all(Store& store);
    /// "file" (written to a file the user sends on); the program does not know the channel after that.
    static QString channel() { return QStringLiteral("file"); }
};

} // namespace inbeeld
