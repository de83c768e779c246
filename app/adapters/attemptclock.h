#pragma once
// The time an attempt runs on screen: a monotonic millisecond clock that tests replace with a
// fake one (time limits, auto-submit). Used like QElapsedTimer.

#include <QElapsedTimer>
#include <QtGlobal>
#include <functional>

namespace hitready {

class AttemptClock
{
public:
    using Source = std::function<qint64()>; // monotonic milliseconds

    AttemptClock() { m_steady.start(); }
    // Null: the steady system clock.
    void setSource(Source source)
    {
        m_source = std::move(source);
        m_mark = now();
    }
    void start()
    {
        m_mark = now();
        m_running = true;
    }
    void invalidate() { m_running = false; }
    bool isValid() const { return m_running; }
    qint64 elapsed() const { return m_running ? now() - m_mark : 0; }
    // The time since start() or the last restart(), and start again from now.
    qint64 restart()
    {
        const qint64 t = now();
        const qint64 ms = t - m_mark;
        m_mark = t;
        return ms;
    }

private:
    qint64 now() const { return m_source ? m_source() : m_steady.elapsed(); }

    QElapsedTimer m_steady;
    Source m_source;
    qint64 m_mark = 0;
    bool m_running = false;
};

} // namespace hitready
