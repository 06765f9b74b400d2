#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;

/// A flag on a child: a legal hold (a pending request, complaint or breach investigation stops
/// purging) or a restriction of processing (GDPR art. 18: stored, but never matched into new work,
/// shared or exported).
struct ChildFlag
{
    enum class Kind { Hold, Restriction };
    QString childKey;
    Kind kind = Kind::Hold;
    QString reason;
    QDateTime since; // UTC
    QString setBy;
};

/// Sets and lifts legal holds and restrictions (table child_flags). Audited with an opaque number
/// and the kind, never the child's number or name; the reason stays in the store.
class ChildFlags
{
    Q_DECLARE_TR_FUNCTIONS(ChildFlags)

public:
    explicit ChildFlags(Store& store);

    Result<void> set(const QString& childKey, ChildFlag::Kind kind, const QString& reason,
                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    Result<void> lift(const QString& childKey, ChildFlag::Kind kind);
    Result<std::optional<ChildFlag>> get(const QString& childKey, ChildFlag::Kind kind) const;
    Result<QList<ChildFlag>> all(ChildFlag::Kind kind) const;

    static QString kindCode(ChildFlag::Kind kind); // "hold", "restriction"

private:
    Store& m_store;
};

} // namespace inbeeld
