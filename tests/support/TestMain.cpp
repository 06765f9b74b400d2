#include "tests/support/TestMain.h"

#include "core/setup/StoreSetup.h"

#include <QDir>
#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

namespace inbeeld::testing {

namespace {
std::unique_ptr<QTemporaryDir>& homeDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}
} // namespace

void prepareTestEnvironment()
{
    homeDir() = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/inbeeld-test-XXXXXX"));
    const QByteArray home = homeDir()->path().toUtf8();
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests assert on English source texts unless they switch the language themselves.
    qputenv("INBEELD_LANGUAGE", "en");
    // As the program's mains do: stores opened in tests get what setup gives them.
    StoreSetup::installOpenSteps();
    // Destroyed at exit, removing the folder with everything the test wrote.
    std::atexit([] { homeDir().reset(); });
}

QString testHome()
{
    return homeDir() ? homeDir()->path() : QString();
}

} // namespace inbeeld::testing
