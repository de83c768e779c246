#include "attempttimer.h"

namespace hitready {

AttemptTimer::AttemptTimer(Remaining remaining, QObject *parent)
    : QObject(parent), m_remaining(std::move(remaining))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AttemptTimer::due);
}

void AttemptTimer::begin(bool ranOut, bool running)
{
    m_running = running;
    m_warned = false;
    if (running && isLimited())
        m_ticker.start();
    else
        m_ticker.stop();
    const bool ranOutChange = ranOut != m_ranOut;
    m_ranOut = ranOut;
    emit limitChanged();
    emit remainingChanged();
    if (ranOutChange)
        emit ranOutChanged();
}

void AttemptTimer::stop()
{
    m_running = false;
    m_ticker.stop();
    emit remainingChanged();
}

void AttemptTimer::update()
{
    if (!m_running || !isLimited())
        return;
    emit remainingChanged();
    if (!m_warned && warning()) {
        m_warned = true;
        emit timeWarningReached();
    }
}

void AttemptTimer::markRanOut()
{
    m_ranOut = true;
    emit ranOutChanged();
    emit timeRanOut();
}

QString AttemptTimer::remainingText() const
{
    const qint64 seconds = (remainingMs() + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool AttemptTimer::warning() const
{
    return m_running && isLimited() && remainingMs() <= warningMs;
}

} // namespace hitready
