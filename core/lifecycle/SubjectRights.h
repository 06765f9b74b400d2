#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace inbeeld {

class Store;

/// A correction of a field of our own record about a child (GDPR art. 16), kept with the old value.
struct Rectification
{
    QString childKey;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QDateTime at; // UTC
    QString by;
};

/// The outcome of an erasure or objection request (GDPR art. 17/21), with its reasoning.
struct ErasureDecision
{
    bool granted = false;
    QString reasoning; // what was recorded
    qint64 recordsRemoved = 0;
};

/// The rights a data subject exercises against our part of the processing: rectification and
/// completion of our own records (used by comparisons and packages from then on), and erasure or
/// objection weighed against the public task. Received partner records are not ours to correct.
class SubjectRights
{
    Q_DECLARE_TR_FUNCTIONS(SubjectRights)

public:
    explicit SubjectRights(Store& store);

    /// The fields of our own records that can be corrected, by id.
    static const QStringList& rectifiableFields();
    /// Corrects a field in every record of ours about the child; returns the correction.
    Result<Rectification> rectify(const QString& childKey, const QString& field, const QString& value,
                                  const QString& reason, const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<QList<Rectification>> rectifications(const QString& childKey) const;

    /// Records an erasure (or objection) decision. Without `grant` it is refused under the public
    /// task (the reasoning records why); granted, the child is purged as retention would.
    Result<ErasureDecision> erase(const QString& childKey, const QString& reason, bool grant,
                                  const QString& kind = QStringLiteral("erasure"));
    /// Why erasure does not apply while the processing is needed for the public task.
    static QString publicTaskExplanation();

private:
    Store& m_store;
};

} // namespace inbeeld
