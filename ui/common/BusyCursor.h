#pragma once

#include <QApplication>
#include <QCursor>

namespace inbeeld {

/// Shows the wait cursor while it lives: for the second or so that deriving a key (Argon2id)
/// takes. It first lets pending paint events through (no user input), so a "please wait" text
/// set just before is on screen while the work runs.
class BusyCursor
{
public:
    BusyCursor()
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;

    /// True while any BusyCursor is alive (the idle lock waits for the work to finish).
    static bool active() { return QApplication::overrideCursor() != nullptr; }
};

} // namespace inbeeld
