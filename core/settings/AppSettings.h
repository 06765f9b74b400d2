#pragma once

#include <QString>
#include <QStringList>

namespace inbeeld {

/// Per-user program settings (QSettings): UI language, idle lock time, known stores and the
/// last one used. Holds no keys and no personal data.
class AppSettings
{
public:
    static constexpr int DefaultIdleLockMinutes = 10;
    static constexpr qint64 DefaultMaxPackageMiB = 256;

    static QString language(); // "nl" (default) or "en"
    static void setLanguage(const QString& language);
    static int idleLockMinutes(); // 0 = never
    static void setIdleLockMinutes(int minutes);
    /// The largest package file the program reads, in MiB (default 256): a larger file is refused
    /// before it is read. Key "exchange/maxPackageMiB".
    static qint64 maxPackageMiB();
    static void setMaxPackageMiB(qint64 mebibytes);

    static QStringList knownStores(); // absolute paths, most recent first
    static void addKnownStore(const QString& path); // moves it to the front
    static void removeKnownStore(const QString& path);
    static QString lastStore(); // empty if none

    /// Where new stores go by default: <AppDataLocation>/stores.
    static QString defaultStoreDirectory();
    /// A file name for an organisation name: lowercase, dashes, ".inbeeld".
    static QString suggestedStoreFileName(const QString& organisationName);
};

} // namespace inbeeld
