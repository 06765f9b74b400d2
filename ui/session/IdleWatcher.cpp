#include "ui/session/IdleWatcher.h"

#include "ui/common/BusyCursor.h"

#include <QCoreApplication>
#include <QEvent>
#include <limits>

namespace inbeeld {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::timedOut);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

int IdleWatcher::minutesToMilliseconds(int minutes)
{
    constexpr int maxMinutes = std::numeric_limits<int>::max() / 60000;
    return minutes <= 0 ? 0 : qMin(minutes, maxMinutes) * 60000;
}

void IdleWatcher::setIdleTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    restart();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    restart();
}

void IdleWatcher::restart()
{
    if (m_active && m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::timedOut()
{
    // Work in progress (a key being derived, a backup being written) is not idleness: wait for it.
    if (BusyCursor::active()) {
        restart();
        return;
    }
    emit idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_timer.start(m_timeoutMs);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inbeeld
