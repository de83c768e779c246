#include "practicefeedback.h"

#include "session.h"

namespace hitready {

PracticeFeedback::PracticeFeedback(QObject *parent) : QObject(parent) {}

void PracticeFeedback::setSession(const AttemptSession *session)
{
    m_session = session;
    m_revealed.clear();
    if (m_session && !m_session->isSubmitted())
        for (auto it = m_session->responses().cbegin(); it != m_session->responses().cend(); ++it)
            m_revealed.insert(it.key());
    emit changed();
}

bool PracticeFeedback::isPractice() const
{
    return m_session && m_session->mode() == QuizMode::Practice;
}

bool PracticeFeedback::isVisibleFor(const Item &item) const
{
    if (!isPractice() || !item.isScored() || m_session->answerFor(item.id).isEmpty())
        return false;
    return !isAnsweredInSteps(item.type) || m_revealed.contains(item.id);
}

bool PracticeFeedback::confirmCurrent()
{
    const Item *item = m_session ? m_session->currentItem() : nullptr;
    if (!item || !isPractice() || m_session->answerFor(item->id).isEmpty())
        return false;
    m_revealed.insert(item->id);
    return true;
}

bool PracticeFeedback::isVisible() const
{
    const Item *item = m_session ? m_session->currentItem() : nullptr;
    return item && isVisibleFor(*item);
}

PracticeFeedback::Verdict PracticeFeedback::verdict() const
{
    const Item *item = m_session ? m_session->currentItem() : nullptr;
    if (!item || !isVisibleFor(*item))
        return Verdict::NotCorrect;
    return Verdict(judge(*item, m_session->answerFor(item->id)));
}

void PracticeFeedback::setReading(const Reading &reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    emit changed();
}

ShownText PracticeFeedback::shownExplanation() const
{
    const Item *item = m_session ? m_session->currentItem() : nullptr;
    return item && isVisibleFor(*item)
               ? show(item->explanation, m_reading, m_session->quiz().language)
               : ShownText{};
}

bool PracticeFeedback::isCheckable() const
{
    const Item *item = m_session ? m_session->currentItem() : nullptr;
    return item && isPractice() && item->isScored() && isAnsweredInSteps(item->type) &&
           !m_session->answerFor(item->id).isEmpty() && !isVisibleFor(*item);
}

} // namespace hitready
