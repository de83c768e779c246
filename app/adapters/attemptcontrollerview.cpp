// What the attempt on screen shows as a whole: the read-only half of AttemptController.

#include "attemptcontroller.h"

#include "session.h"

namespace hitready {

namespace {

constexpr int shortPromptLength = 90;

QString shortened(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= shortPromptLength ? flat
                                            : flat.left(shortPromptLength - 1) + QChar(0x2026);
}

} // namespace

// --- reading ---------------------------------------------------------------------------------

const Item *AttemptController::currentItem() const
{
    return m_session ? m_session->currentItem() : nullptr;
}

Answer AttemptController::currentAnswer() const
{
    const Item *item = currentItem();
    return item ? m_session->answerFor(item->id) : Answer{};
}

qint64 AttemptController::attemptId() const
{
    return m_session ? m_session->attemptId() : 0;
}

QString AttemptController::quizTitle() const
{
    return m_session ? m_session->quiz().text(m_session->quiz().title) : QString();
}

int AttemptController::count() const
{
    return m_session ? m_shape.items : 0;
}

bool AttemptController::practiceMode() const
{
    return m_session && m_session->mode() == QuizMode::Practice;
}

int AttemptController::position() const
{
    return m_session ? m_session->position() : 0;
}

int AttemptController::answeredCount() const
{
    return m_session ? m_session->answeredCount() : 0;
}

int AttemptController::flaggedCount() const
{
    return m_session ? int(m_session->flagged().size()) : 0;
}

QVariantList AttemptController::reviewList() const
{
    QVariantList list;
    if (!m_session)
        return list;
    const QStringList &order = m_session->itemOrder();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const bool answered = !m_session->answerFor(order.at(i)).isEmpty();
        const bool flagged = m_session->isFlagged(order.at(i));
        if (answered && !flagged)
            continue;
        const Item *item = m_session->quiz().item(order.at(i));
        list.append(
            QVariantMap{{QStringLiteral("number"), int(i) + 1},
                        {QStringLiteral("itemId"), order.at(i)},
                        {QStringLiteral("prompt"), shortened(m_session->quiz().text(item->prompt))},
                        {QStringLiteral("answered"), answered},
                        {QStringLiteral("flagged"), flagged}});
    }
    return list;
}

qint64 AttemptController::elapsedMs() const
{
    if (!m_session)
        return 0;
    return m_session->elapsedMs() + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

bool AttemptController::isSubmitted() const
{
    return m_session && m_session->isSubmitted();
}

} // namespace hitready
