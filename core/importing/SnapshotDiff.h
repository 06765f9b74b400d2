#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace inbeeld {

/// One child that differs between two lists of the same source.
struct SnapshotDiffItem
{
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Added;
    QString childKey; // CaseRecord::childKey of the newer record (of the older one when removed)
    std::optional<CaseRecord> before; // the record in the older list
    std::optional<CaseRecord> after; // the record in the newer list
    /// Changed: the fields that differ, as codes ("category", "last_school", "absence_start", ...).
    QStringList changedFields;
};

/// What changed between two lists (snapshots) of the same side and source: children added,
/// removed, and recorded differently (another category, school, start date, ...). Children are
/// matched by BSN or onderwijsnummer, else by name and date of birth; a child that gained or
/// lost a number between the lists is still matched by name and date of birth.
struct SnapshotDiff
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)

public:
    SnapshotInfo current;
    std::optional<SnapshotInfo> previous; // none: the first list of this source (everything is added)
    QList<SnapshotDiffItem> items; // added, removed, changed, each in file order
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;

    /// The fields compared, as codes, in display order.
    static const QStringList& comparedFields();
    /// The value of a compared field in a record, as text ("" when empty).
    static QString fieldValue(const CaseRecord& record, const QString& field);

    /// Compares a snapshot with the previous snapshot of the same side and source.
    static Result<SnapshotDiff> compareWithPrevious(Store& store, qint64 snapshotId);
    /// Compares two sets of records (before → after).
    static SnapshotDiff compare(const QList<CaseRecord>& before, const QList<CaseRecord>& after);

    /// "12 added, 3 removed, 4 changed, 180 unchanged since list 5 of 30-6-2026."
    QString summary() const;
};

} // namespace inbeeld
