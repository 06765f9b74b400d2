#pragma once

#include "core/storage/Snapshots.h"

#include <QCoreApplication>
#include <QString>

namespace inbeeld {

struct ImportPreview;

/// The words the import screens share for things core names by code: the side of a list, the
/// fields a list comparison reports as changed, and a one-line description of a file's format.
class ImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ImportTexts)

public:
    /// "Our own list" / "Partner's list".
    static QString sideName(SnapshotSide side);
    /// A field code of SnapshotDiff::comparedFields() as the user reads it ("Last known school").
    static QString changedFieldName(const QString& code);
    /// "CSV, Windows-1252, separated by ;, column names on line 3" and the like.
    static QString formatDescription(const ImportPreview& preview);
    /// A date as the lists write it: "3-9-2026"; empty for a null date.
    static QString date(const QDate& date);
};

} // namespace inbeeld
