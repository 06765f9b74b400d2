#pragma once

#include <QObject>
#include <QTimer>

namespace inbeeld {

/// Notices when nobody has used the program for a while. Watches keyboard and mouse input of
/// the whole application (an event filter on the application object) and restarts its timer
/// on each; emits idle() when the timer runs out. Counts only while active (a store is open).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// Milliseconds without input before idle(); 0 switches the watcher off.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_timeoutMs; }
    static int minutesToMilliseconds(int minutes);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// True while the countdown runs (active and a timeout set).
    bool isCounting() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void timedOut();

    QTimer m_timer;
    int m_timeoutMs = 0;
    bool m_active = false;
};

} // namespace inbeeld
