// AttemptController: the clock of a timed attempt, and how sure the learner is of an answer.

#include "attemptcontroller.h"
#include "session.h"

namespace hitready {

void AttemptController::startTimekeeping()
{
    m_clock.start();
    m_elapsedSaver.start();
    if (isTimeLimited())
        m_ticker.start();
}

bool AttemptController::isTimeLimited() const
{
    return m_session && m_session->timeLimitMs().has_value();
}

qint64 AttemptController::remainingMs() const
{
    if (!m_session)
        return 0;
    if (m_session->isSubmitted())
        return m_session->remainingMs().value_or(0);
    return m_session->remainingMs(m_clock.elapsed()).value_or(0);
}

bool AttemptController::timeWarning() const
{
    return isTimeLimited() && !isSubmitted() && remainingMs() <= warningMs;
}

void AttemptController::tick()
{
    if (!isTimeLimited() || m_session->isSubmitted())
        return;
    emit remainingChanged();
    if (!m_warned && timeWarning()) {
        m_warned = true;
        emit timeWarningReached();
    }
    if (m_session->isTimeUp(m_clock.elapsed()) && submit()) {
        m_submittedForTime = true;
        emit submittedChanged();
        emit timeRanOut();
    }
}

bool AttemptController::asksConfidence() const
{
    const Item *item = current();
    return item && item->isScored() && m_session->quiz().confidence;
}

int AttemptController::confidence() const
{
    const Item *item = current();
    return item ? m_session->confidenceFor(item->id).value_or(0) : 0;
}

bool AttemptController::setConfidence(int confidence)
{
    if (!asksConfidence())
        return refuse(tr("This question does not ask how sure you are."));
    if (m_session->isSubmitted())
        return refuse(tr("This attempt is submitted; its answers can no longer change."));
    const View before = view();
    storeElapsed();
    const Status stored = m_session->setConfidence(current()->id, confidence);
    setErrorText(stored
                     ? QString()
                     : tr("How sure you are could not be saved: %1").arg(stored.error().message));
    publish(before);
    tick();
    return stored.has_value();
}

} // namespace hitready
