#pragma once

#include "core/common/Result.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace inbeeld {

struct ChildNote
{
    QString childKey; // CaseRecord::childKey (Comparison::noteKey)
    QString text;
    QDateTime updatedAt; // UTC
    QString updatedBy;
};

/// A case worker's notes about a child in the comparison (table child_notes), keyed by
/// the child, so they stay with the child in comparisons of newer lists. Saving is audited with
/// the caller's opaque reference (snapshot/record ids), never the note or the child's key.
class ChildNotes
{
    Q_DECLARE_TR_FUNCTIONS(ChildNotes)

public:
    /// All notes by child key (for the view: a few hundred at most).
    static Result<QHash<QString, ChildNote>> all(Store& store);
    static Result<ChildNote> get(Store& store, const QString& childKey); // empty text when none
    /// Saves the note; empty text removes it.
    static Result<void> save(Store& store, const QString& childKey, const QString& text, const QString& auditReference);
};

} // namespace inbeeld
