// What the attempt on screen shows: the read-only half of AttemptController.

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

const Item *AttemptController::current() const
{
    return m_session ? m_session->currentItem() : nullptr;
}

Answer AttemptController::currentAnswer() const
{
    const Item *item = current();
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

QString AttemptController::itemType() const
{
    const Item *item = current();
    return item ? itemTypeName(item->type) : QString();
}

QString AttemptController::prompt() const
{
    const Item *item = current();
    return item ? m_session->quiz().text(item->prompt) : QString();
}

QString AttemptController::domainTitle() const
{
    const Item *item = current();
    const Domain *domain = item ? m_session->quiz().domain(item->domain) : nullptr;
    return domain ? m_session->quiz().text(domain->title) : QString();
}

QStringList AttemptController::anchors() const
{
    QStringList texts;
    if (const Item *item = current())
        for (const Text &anchor : item->anchors)
            texts.append(m_session->quiz().text(anchor));
    return texts;
}

bool AttemptController::isAnswered() const
{
    return !currentAnswer().isEmpty();
}

int AttemptController::rating() const
{
    const Answer answer = currentAnswer();
    return std::holds_alternative<int>(answer.value) ? std::get<int>(answer.value) : 0;
}

bool AttemptController::feedbackVisibleFor(const Item &item) const
{
    if (!practiceMode() || !item.isScored() || m_session->answerFor(item.id).isEmpty())
        return false;
    // One click answers single, true/false and likert items; the others are built up over
    // several steps and show feedback once checked (or left).
    const bool oneStep = item.type == ItemType::Single || item.type == ItemType::TrueFalse ||
                         item.type == ItemType::Likert;
    return oneStep || m_revealed.contains(item.id);
}

bool AttemptController::feedbackVisible() const
{
    const Item *item = current();
    return item && feedbackVisibleFor(*item);
}

bool AttemptController::isCorrect() const
{
    const Item *item = current();
    return item && feedbackVisibleFor(*item) &&
           itemPoints(*item, currentAnswer()) >= item->points - 1e-9;
}

QString AttemptController::explanation() const
{
    const Item *item = current();
    return item && feedbackVisibleFor(*item) ? m_session->quiz().text(item->explanation)
                                             : QString();
}

bool AttemptController::isFlagged() const
{
    const Item *item = current();
    return item && m_session->isFlagged(item->id);
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
