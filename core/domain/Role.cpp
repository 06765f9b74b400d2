#include "core/domain/Role.h"

namespace inbeeld {

QString RoleText::code(Role role)
{
    return role == Role::Rbl ? QStringLiteral("rbl") : QStringLiteral("swv");
}

std::optional<Role> RoleText::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("rbl"))
        return Role::Rbl;
    if (c == QLatin1String("swv"))
        return Role::Swv;
    return std::nullopt;
}

QString RoleText::displayName(Role role)
{
    return role == Role::Rbl ? tr("Attendance office (RBL, leerplicht)") : tr("School partnership (SWV)");
}

} // namespace inbeeld
