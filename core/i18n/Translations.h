#pragma once

#include <QString>

class QCoreApplication;

namespace inbeeld {

/// Installs the program's translation for a language ("nl" is the default; "en" is the source
/// language and needs none). Also loads Qt's own translation for standard dialogs when present.
class Translations
{
public:
    static void install(const QString& language);
    static QString defaultLanguage() { return QStringLiteral("nl"); }
};

} // namespace inbeeld
