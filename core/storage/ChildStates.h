#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace inbeeld {

/// Which children are closed (processing ended), restricted (GDPR art. 18) or on legal hold, read
/// in one go by child key. The lifecycle (core/lifecycle) writes these; the exporters below it
/// (ShareGuard, PackageWriter) read them here to leave such children out.
class ChildStates
{
    Q_DECLARE_TR_FUNCTIONS(ChildStates)

public:
    static Result<ChildStates> load(QSqlDatabase db);

    bool isClosed(const QString& childKey) const { return m_closed.contains(childKey); }
    bool isRestricted(const QString& childKey) const { return m_restricted.contains(childKey); }
    bool isHeld(const QString& childKey) const { return m_held.contains(childKey); }
    const QSet<QString>& closed() const { return m_closed; }
    const QSet<QString>& restricted() const { return m_restricted; }
    const QSet<QString>& held() const { return m_held; }

private:
    QSet<QString> m_closed;
    QSet<QString> m_restricted;
    QSet<QString> m_held;
};

} // namespace inbeeld
