#include "session.h"

#include "attemptorder.h"
#include "storage.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
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

// An attempt stored before orders existed has none: it shows every item in file order.
QStringList orderOf(const AttemptRecord &record, const Quiz &quiz)
{
    if (!record.itemOrder.isEmpty())
        return record.itemOrder;
    QStringList order;
    for (const Item &item : quiz.items)
        order.append(item.id);
    return order;
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
    const QStringList order = hitready::itemOrder(quiz, seed);
    const std::optional<qint64> id = storage.startAttempt(profileId, quiz, mode, seed, order);
    if (!id)
        return failed<AttemptSession>(error, storage.lastError());
    AttemptSession session(storage, quiz, *id);
    session.m_mode = mode;
    session.m_seed = seed;
    session.setOrder(order);
    return session;
}

std::optional<AttemptSession> AttemptSession::resume(Storage &storage, qint64 attemptId,
                                                     QString *error, const Quiz *quizFile)
{
    const std::optional<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return failed<AttemptSession>(error, storage.lastError());
    std::optional<Quiz> quiz = storage.snapshot(record->quizHash);
    bool repaired = false;
    if (!quiz) {
        const QString damage = storage.lastError();
        if (!quizFile || contentHash(*quizFile) != record->quizHash)
            return failed<AttemptSession>(
                error, QStringLiteral("%1. The attempt is kept as it is; it can continue with the "
                                      "quiz file of that same version.")
                           .arg(damage));
        if (!storage.repairSnapshot(*quizFile))
            return failed<AttemptSession>(error, storage.lastError());
        qCWarning(lcSession).noquote() << damage << "- restored from the quiz file";
        quiz = *quizFile;
        repaired = true;
    }
    AttemptSession session(storage, std::move(*quiz), attemptId);
    session.m_repairedSnapshot = repaired;
    const QStringList order = orderOf(*record, session.m_quiz);
    for (const QString &id : order)
        if (!session.item(id))
            return failed<AttemptSession>(
                error, QStringLiteral("attempt %1 shows item '%2', which its quiz does not have")
                           .arg(attemptId)
                           .arg(id));
    session.setOrder(order);
    const std::optional<Responses> responses = storage.responses(attemptId, session.m_quiz);
    const std::optional<QSet<QString>> flags = storage.flags(attemptId);
    const std::optional<Confidences> confidences = storage.confidences(attemptId);
    if (!responses || !flags || !confidences)
        return failed<AttemptSession>(error, storage.lastError());
    session.m_mode = record->mode;
    session.m_seed = record->seed;
    session.m_elapsedMs = record->elapsedMs;
    session.m_submitted = record->isFinished();
    for (auto it = responses->cbegin(); it != responses->cend(); ++it)
        if (session.item(it.key()))
            session.m_answers.insert(it.key(), it.value());
    for (const QString &id : *flags)
        if (session.item(id))
            session.m_flags.insert(id);
    for (auto it = confidences->cbegin(); it != confidences->cend(); ++it)
        if (session.item(it.key()) && isConfidence(it.value()))
            session.m_confidences.insert(it.key(), it.value());
    const int last = std::max(0, session.itemCount() - 1);
    session.m_position = std::clamp(record->position, 0, last);
    if (session.m_position != record->position)
        qCWarning(lcSession) << "attempt" << attemptId << "was at position" << record->position
                             << "of" << session.itemCount() << "items; resumed at"
                             << session.m_position;
    if (!session.m_submitted && session.isTimeUp()) {
        if (!session.submit())
            return failed<AttemptSession>(error, session.error());
        session.m_submittedOnResume = true;
        qCInfo(lcSession) << "attempt" << attemptId << "was out of time; submitted on resume";
    }
    return session;
}

void AttemptSession::setOrder(const QStringList &order)
{
    m_order = order;
    QHash<QString, qsizetype> inAttempt;
    inAttempt.reserve(order.size());
    for (const QString &id : order)
        inAttempt.insert(id, m_itemIndex.value(id));
    m_itemIndex = std::move(inAttempt);
}

std::optional<qint64> AttemptSession::timeLimitMs() const
{
    if (!m_quiz.timeLimitMinutes)
        return std::nullopt;
    return qint64(std::llround(*m_quiz.timeLimitMinutes * 60'000));
}

std::optional<qint64> AttemptSession::remainingMs(qint64 pendingMs) const
{
    const std::optional<qint64> limit = timeLimitMs();
    if (!limit)
        return std::nullopt;
    const qint64 used = m_elapsedMs + std::max<qint64>(0, pendingMs);
    return used >= *limit ? 0 : *limit - used;
}

std::optional<int> AttemptSession::confidenceFor(const QString &itemId) const
{
    const auto it = m_confidences.constFind(itemId);
    return it == m_confidences.cend() ? std::nullopt : std::optional(*it);
}

Report AttemptSession::report() const
{
    return score(m_quiz, m_answers, m_order, m_confidences);
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

const Item *AttemptSession::changeable(const QString &itemId)
{
    if (refuseIfSubmitted())
        return nullptr;
    const Item *target = item(itemId);
    if (!target) {
        fail(m_quiz.item(itemId)
                 ? QStringLiteral("item '%1' is not part of this attempt (not drawn)").arg(itemId)
                 : QStringLiteral("no item '%1' in quiz '%2'").arg(itemId, m_quiz.id));
        return nullptr;
    }
    if (isTimeUp()) {
        fail(QStringLiteral("the time limit of %1 minutes is up: no more answers are taken; "
                            "submit the attempt")
                 .arg(*m_quiz.timeLimitMinutes));
        return nullptr;
    }
    return target;
}

bool AttemptSession::answer(const QString &itemId, const Answer &answer)
{
    const Item *target = changeable(itemId);
    if (!target)
        return false;
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

bool AttemptSession::setConfidence(const QString &itemId, int confidence)
{
    const Item *target = changeable(itemId);
    if (!target)
        return false;
    if (!m_quiz.confidence)
        return fail(QStringLiteral("quiz '%1' does not ask for confidence").arg(m_quiz.id));
    if (!target->isScored())
        return fail(
            QStringLiteral("item '%1' is a self-rating: it takes no confidence").arg(itemId));
    if (confidence != 0 && !isConfidence(confidence))
        return fail(QStringLiteral("confidence %1 is not 1 (low), 2 (medium), 3 (high) or 0 (none)")
                        .arg(confidence));
    const std::optional<int> level = confidence ? std::optional(confidence) : std::nullopt;
    if (!m_storage->saveConfidence(m_attemptId, itemId, level))
        return fail(m_storage->lastError());
    if (level)
        m_confidences.insert(itemId, *level);
    else
        m_confidences.remove(itemId);
    return true;
}

bool AttemptSession::setFlagged(const QString &itemId, bool flagged)
{
    if (refuseIfSubmitted())
        return false;
    if (!item(itemId))
        return fail(
            QStringLiteral("no item '%1' in this attempt of quiz '%2'").arg(itemId, m_quiz.id));
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
    m_submittedReport = report();
    return m_submittedReport;
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
    std::optional<Report> report = reportForAttempt(storage, *record, *quiz, error);
    if (report && quizOut)
        *quizOut = *quiz;
    return report;
}

std::optional<Report> reportForAttempt(Storage &storage, const AttemptRecord &record,
                                       const Quiz &quiz, QString *error)
{
    const std::optional<Responses> responses = storage.responses(record.id, quiz);
    const std::optional<Confidences> confidences = storage.confidences(record.id);
    if (!responses || !confidences)
        return failed<Report>(error, storage.lastError());
    return score(quiz, *responses, orderOf(record, quiz), *confidences);
}

QStringList shownItemOrder(const AttemptRecord &record, const Quiz &quiz)
{
    return orderOf(record, quiz);
}

} // namespace hitready
