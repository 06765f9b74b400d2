#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace inbeeld {

/// Everything in the store that is about one child: the records in every list (ours and the
/// partners', matched by number, and by name and birth date where a side has no number), and every
/// key the child is known under (for notes, match decisions, closures, flags). Used by the purge,
/// the erasure and the access export, so all three see the same child.
struct ChildFootprint
{
    Q_DECLARE_TR_FUNCTIONS(ChildFootprint)

public:
    QList<qint64> recordIds;
    QSet<QString> keys; // CaseRecord::childKey forms: "bsn:…", "onr:…", "name:…|…"

    static Result<ChildFootprint> of(QSqlDatabase db, const QString& childKey);
    /// "?, ?, ?" for n values, for IN lists.
    static QString placeholders(qsizetype n);
};

} // namespace inbeeld
