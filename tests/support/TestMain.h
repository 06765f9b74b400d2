#pragma once

#include <QTest>

namespace inbeeld::testing {

/// True in builds with AddressSanitizer (INBEELD_SANITIZE, INBEELD_FUZZ): its shadow memory makes
/// address-space limits and resident-set figures meaningless, so tests of memory bounds only check
/// the behaviour there; the normal build checks the figures.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool Sanitized = true;
#else
inline constexpr bool Sanitized = false;
#endif
#else
inline constexpr bool Sanitized = false;
#endif

/// Points HOME and the XDG directories at a fresh temporary folder (removed at exit), sets the
/// application names so QSettings lands there, and selects the offscreen platform.
/// Call before constructing the application object.
void prepareTestEnvironment();
/// The temporary HOME created by prepareTestEnvironment().
QString testHome();

} // namespace inbeeld::testing

#define INBEELD_TEST_MAIN_IMPL(TestObject, AppType)                                                                    \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        inbeeld::testing::prepareTestEnvironment();                                                                    \
        AppType app(argc, argv);                                                                                       \
        app.setOrganizationName(QStringLiteral("InBeeld"));                                                            \
        app.setApplicationName(QStringLiteral("InBeeld"));                                                             \
        TestObject tc;                                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

/// For tests of core classes (no GUI).
#define INBEELD_TEST_MAIN(TestObject) INBEELD_TEST_MAIN_IMPL(TestObject, QCoreApplication)
/// For tests that need widgets; include <QApplication> first.
#define INBEELD_GUI_TEST_MAIN(TestObject) INBEELD_TEST_MAIN_IMPL(TestObject, QApplication)
