#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace inbeeld {

/// The two kinds of party in the agreement: the regional attendance office (leerplicht) and a
/// school partnership (samenwerkingsverband passend onderwijs).
enum class Role { Rbl, Swv };

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    static QString code(Role role); // "rbl" / "swv" (stored, used on the CLI)
    static std::optional<Role> fromCode(const QString& code);
    static QString displayName(Role role); // translated
};

} // namespace inbeeld
