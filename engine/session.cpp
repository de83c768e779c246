#include "session.h"

#include "storage.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

namespace hitready {

namespace {

Q_LOGGING_CATEGORY(lcSession, "hitready.session")

template <class T> std::optional<T> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

AttemptSession::AttemptSession(Storage &storage, Quiz quiz, qint64 attemptId)
    : m_storage(&storage), m_quiz(std::move(quiz)), m_attemptId(attemptId)
{
    m_itemIndex.reserve(m_quiz.items.size());
    for (qsizetype i = 0; i < m_quiz.items.size(); ++i)
        m_itemIndex.insert(m_quiz.items.at(i).id, i);
}

std::optional<AttemptSession> AttemptSession::start(Storage &storage, const Quiz &quiz,
                                                    qint64 profileId, QuizMode mode, quint64 seed,
                                                    QString *error)
{
    // An empty order is stored as "the quiz's own order", which the snapshot never changes.
    const std::optional<qint64> id = storage.startAttempt(profileId, quiz, mode, seed, {});
    if (!id)
        return failed<AttemptSession>(error, storage.lastError());
    AttemptSession session(storage, quiz, *id);
    session.m_mode = mode;
    session.m_seed = seed;
    for (const Item &item : quiz.items)
        session.m_order.append(item.id);
    return session;
}

std::optional<AttemptSession> AttemptSession::resume(Storage &storage, qint64 attemptId,
                                                     QString *error)
{
    const std::optional<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return failed<AttemptSession>(error, storage.lastError());
    std::optional<Quiz> quiz = storage.snapshot(record->quizHash);
    if (!quiz)
        return failed<AttemptSession>(error, storage.lastError());
    AttemptSession session(storage, std::move(*quiz), attemptId);
    const std::optional<Responses> responses = storage.responses(attemptId, session.m_quiz);
    const std::optional<QSet<QString>> flags = storage.flags(attemptId);
    if (!responses || !flags)
        return failed<AttemptSession>(error, storage.lastError());
    session.m_mode = record->mode;
    session.m_seed = record->seed;
    session.m_elapsedMs = record->elapsedMs;
    session.m_submitted = record->isFinished();
    session.m_answers = *responses;
    for (const QString &id : *flags)
        if (session.item(id))
            session.m_flags.insert(id);
    if (record->itemOrder.isEmpty()) {
        for (const Item &item : session.m_quiz.items)
            session.m_order.append(item.id);
    } else {
        for (const QString &id : record->itemOrder)
            if (!session.item(id))
                return failed<AttemptSession>(
                    error,
                    QStringLiteral("attempt %1 shows item '%2', which its quiz does not have")
                        .arg(attemptId)
                        .arg(id));
        session.m_order = record->itemOrder;
    }
    const int last = std::max(0, session.itemCount() - 1);
    session.m_position = std::clamp(record->position, 0, last);
    if (session.m_position != record->position)
        qCWarning(lcSession) << "attempt" << attemptId << "was at position" << record->position
                             << "of" << session.itemCount() << "items; resumed at"
                             << session.m_position;
    return session;
}

const Item *AttemptSession::item(const QString &itemId) const
{
    const auto it = m_itemIndex.constFind(itemId);
    return it == m_itemIndex.cend() ? nullptr : &m_quiz.items.at(*it);
}

const Item *AttemptSession::currentItem() const
{
    return m_order.isEmpty() ? nullptr : item(m_order.at(m_position));
}

bool AttemptSession::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AttemptSession::refuseIfSubmitted()
{
    if (m_submitted)
        fail(QStringLiteral("attempt %1 is submitted; it takes no more changes").arg(m_attemptId));
    return m_submitted;
}

bool AttemptSession::answer(const QString &itemId, const Answer &answer)
{
    if (refuseIfSubmitted())
        return false;
    const Item *target = item(itemId);
    if (!target)
        return fail(QStringLiteral("no item '%1' in quiz '%2'").arg(itemId, m_quiz.id));
    if (const QString problem = answerProblem(*target, answer); !problem.isEmpty())
        return fail(QStringLiteral("answer to '%1' does not fit: %2").arg(itemId, problem));
    // Hold exactly what a resume will read back.
    const QString encoded = encodeAnswer(answer);
    bool ok = false;
    const Answer stored = decodeAnswer(*target, encoded, &ok);
    if (!ok || (!encoded.isEmpty() && stored != answer))
        return fail(QStringLiteral("answer to '%1' cannot be stored as given").arg(itemId));
    if (!m_storage->saveResponse(m_attemptId, itemId, stored))
        return fail(m_storage->lastError());
    if (stored.isEmpty())
        m_answers.remove(itemId);
    else
        m_answers.insert(itemId, stored);
    return true;
}

bool AttemptSession::setFlagged(const QString &itemId, bool flagged)
{
    if (refuseIfSubmitted())
        return false;
    if (!item(itemId))
        return fail(QStringLiteral("no item '%1' in quiz '%2'").arg(itemId, m_quiz.id));
    if (!m_storage->setFlag(m_attemptId, itemId, flagged))
        return fail(m_storage->lastError());
    if (flagged)
        m_flags.insert(itemId);
    else
        m_flags.remove(itemId);
    return true;
}

bool AttemptSession::moveTo(int position)
{
    if (refuseIfSubmitted())
        return false;
    if (position < 0 || position >= std::max(1, itemCount()))
        return fail(QStringLiteral("position %1 is outside 0..%2")
                        .arg(position)
                        .arg(std::max(0, itemCount() - 1)));
    if (!m_storage->savePosition(m_attemptId, position, m_elapsedMs))
        return fail(m_storage->lastError());
    m_position = position;
    return true;
}

bool AttemptSession::addElapsed(qint64 ms)
{
    if (refuseIfSubmitted())
        return false;
    if (ms < 0 || ms > std::numeric_limits<qint64>::max() - m_elapsedMs)
        return fail(QStringLiteral("cannot add %1 ms to the elapsed time").arg(ms));
    if (!m_storage->savePosition(m_attemptId, m_position, m_elapsedMs + ms))
        return fail(m_storage->lastError());
    m_elapsedMs += ms;
    return true;
}

std::optional<Report> AttemptSession::submit()
{
    if (refuseIfSubmitted())
        return std::nullopt;
    if (!m_storage->finishAttempt(m_attemptId, QDateTime::currentDateTimeUtc())) {
        fail(m_storage->lastError());
        return std::nullopt;
    }
    m_submitted = true;
    return score(m_quiz, m_answers);
}

std::optional<Report> reportForAttempt(Storage &storage, qint64 attemptId, Quiz *quizOut,
                                       QString *error)
{
    const std::optional<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return failed<Report>(error, storage.lastError());
    const std::optional<Quiz> quiz = storage.snapshot(record->quizHash);
    if (!quiz)
        return failed<Report>(error, storage.lastError());
    const std::optional<Responses> responses = storage.responses(attemptId, *quiz);
    if (!responses)
        return failed<Report>(error, storage.lastError());
    if (quizOut)
        *quizOut = *quiz;
    return score(*quiz, *responses);
}

} // namespace hitready
