// AttemptController: the clock of a timed attempt, and how sure the learner is of an answer.

#include "attemptcontroller.h"
#include "session.h"

namespace hitready {

std::optional<qint64> AttemptController::remainingMs() const
{
    if (!m_session)
        return std::nullopt;
    if (m_session->isSubmitted())
        return m_session->remainingMs();
    return m_session->remainingMs(m_clock.elapsed());
}

void AttemptController::tick()
{
    if (!m_session || m_session->isSubmitted() || !m_session->timeLimitMs())
        return;
    m_timer->update();
    if (m_session->isTimeUp(m_clock.elapsed()) && submit())
        m_timer->markRanOut();
}

bool AttemptController::setConfidence(int confidence)
{
    if (!m_current->asksConfidence())
        return refuse(tr("This question does not ask how sure you are."));
    if (m_session->isSubmitted())
        return refuse(tr("This attempt is submitted; its answers can no longer change."));
    const View before = view();
    storeElapsed();
    const Status stored = m_session->setConfidence(currentItem()->id, confidence);
    setErrorText(stored
                     ? QString()
                     : tr("How sure you are could not be saved: %1").arg(stored.error().message));
    publish(before);
    tick();
    return stored.has_value();
}

} // namespace hitready
