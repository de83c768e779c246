#include "session.h"

#include "attemptorder.h"
#include "logging.h"
#include "storage.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hitready {

namespace {

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

Result<AttemptSession> AttemptSession::start(Storage &storage, const Quiz &quiz, qint64 profileId,
                                             QuizMode mode, quint64 seed)
{
    const QStringList order = hitready::itemOrder(quiz, seed);
    const Result<qint64> id = storage.startAttempt(profileId, quiz, mode, seed, order);
    if (!id)
        return id.error();
    AttemptSession session(storage, quiz, *id);
    session.m_mode = mode;
    session.m_seed = seed;
    session.setOrder(order);
    return session;
}

Result<AttemptSession> AttemptSession::resume(Storage &storage, qint64 attemptId,
                                              const Quiz *quizFile)
{
    const Result<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return record.error();
    Result<Quiz> quiz = storage.snapshot(record->quizHash);
    bool repaired = false;
    if (!quiz) {
        const Error damage = quiz.error();
        if (!quizFile || contentHash(*quizFile) != record->quizHash)
            return Error(damage.kind,
                         QStringLiteral("%1. The attempt is kept as it is; it can continue with "
                                        "the quiz file of that same version.")
                             .arg(damage.message));
        if (const Status restored = storage.repairSnapshot(*quizFile); !restored)
            return restored.error();
        qCWarning(lcSession).noquote() << damage.message << "- restored from the quiz file";
        quiz = *quizFile;
        repaired = true;
    }
    AttemptSession session(storage, std::move(*quiz), attemptId);
    session.m_repairedSnapshot = repaired;
    const QStringList order = orderOf(*record, session.m_quiz);
    for (const QString &id : order)
        if (!session.item(id))
            return Error(ErrorKind::Damaged,
                         QStringLiteral("attempt %1 shows item '%2', which its quiz does not have")
                             .arg(attemptId)
                             .arg(id));
    session.setOrder(order);
    const Result<Responses> responses = storage.responses(attemptId, session.m_quiz);
    if (!responses)
        return responses.error();
    const Result<QSet<QString>> flags = storage.flags(attemptId);
    if (!flags)
        return flags.error();
    const Result<Confidences> confidences = storage.confidences(attemptId);
    if (!confidences)
        return confidences.error();
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
        if (const Result<Report> submitted = session.submit(); !submitted)
            return submitted.error();
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

std::optional<Error> AttemptSession::submittedRefusal() const
{
    if (!m_submitted)
        return std::nullopt;
    return Error(
        ErrorKind::Refused,
        QStringLiteral("attempt %1 is submitted; it takes no more changes").arg(m_attemptId));
}

Result<const Item *> AttemptSession::changeable(const QString &itemId) const
{
    if (const auto refused = submittedRefusal())
        return *refused;
    const Item *target = item(itemId);
    if (!target)
        return Error(
            m_quiz.item(itemId) ? ErrorKind::Refused : ErrorKind::NotFound,
            m_quiz.item(itemId)
                ? QStringLiteral("item '%1' is not part of this attempt (not drawn)").arg(itemId)
                : QStringLiteral("no item '%1' in quiz '%2'").arg(itemId, m_quiz.id));
    if (isTimeUp())
        return Error(ErrorKind::Refused,
                     QStringLiteral("the time limit of %1 minutes is up: no more answers are "
                                    "taken; submit the attempt")
                         .arg(*m_quiz.timeLimitMinutes));
    return target;
}

Status AttemptSession::answer(const QString &itemId, const Answer &answer)
{
    const Result<const Item *> target = changeable(itemId);
    if (!target)
        return target.error();
    if (const QString problem = answerProblem(**target, answer); !problem.isEmpty())
        return Error(ErrorKind::Refused,
                     QStringLiteral("answer to '%1' does not fit: %2").arg(itemId, problem));
    // Hold exactly what a resume will read back.
    const QString encoded = encodeAnswer(answer);
    bool ok = false;
    const Answer stored = decodeAnswer(**target, encoded, &ok);
    if (!ok || (!encoded.isEmpty() && stored != answer))
        return Error(ErrorKind::Refused,
                     QStringLiteral("answer to '%1' cannot be stored as given").arg(itemId));
    if (Status saved = m_storage->saveResponse(m_attemptId, itemId, stored); !saved)
        return saved;
    if (stored.isEmpty())
        m_answers.remove(itemId);
    else
        m_answers.insert(itemId, stored);
    return {};
}

Status AttemptSession::setConfidence(const QString &itemId, int confidence)
{
    const Result<const Item *> target = changeable(itemId);
    if (!target)
        return target.error();
    if (!m_quiz.confidence)
        return Error(ErrorKind::Refused,
                     QStringLiteral("quiz '%1' does not ask for confidence").arg(m_quiz.id));
    if (!(*target)->isScored())
        return Error(
            ErrorKind::Refused,
            QStringLiteral("item '%1' is a self-rating: it takes no confidence").arg(itemId));
    if (confidence != 0 && !isConfidence(confidence))
        return Error(
            ErrorKind::Refused,
            QStringLiteral("confidence %1 is not 1 (low), 2 (medium), 3 (high) or 0 (none)")
                .arg(confidence));
    const std::optional<int> level = confidence ? std::optional(confidence) : std::nullopt;
    if (Status saved = m_storage->saveConfidence(m_attemptId, itemId, level); !saved)
        return saved;
    if (level)
        m_confidences.insert(itemId, *level);
    else
        m_confidences.remove(itemId);
    return {};
}

Status AttemptSession::setFlagged(const QString &itemId, bool flagged)
{
    if (const auto refused = submittedRefusal())
        return *refused;
    if (!item(itemId))
        return Error(
            ErrorKind::NotFound,
            QStringLiteral("no item '%1' in this attempt of quiz '%2'").arg(itemId, m_quiz.id));
    if (Status saved = m_storage->setFlag(m_attemptId, itemId, flagged); !saved)
        return saved;
    if (flagged)
        m_flags.insert(itemId);
    else
        m_flags.remove(itemId);
    return {};
}

Status AttemptSession::moveTo(int position)
{
    if (const auto refused = submittedRefusal())
        return *refused;
    if (position < 0 || position >= std::max(1, itemCount()))
        return Error(ErrorKind::Refused, QStringLiteral("position %1 is outside 0..%2")
                                             .arg(position)
                                             .arg(std::max(0, itemCount() - 1)));
    if (Status saved = m_storage->savePosition(m_attemptId, position, m_elapsedMs); !saved)
        return saved;
    m_position = position;
    return {};
}

Status AttemptSession::addElapsed(qint64 ms)
{
    if (const auto refused = submittedRefusal())
        return *refused;
    if (ms < 0 || ms > std::numeric_limits<qint64>::max() - m_elapsedMs)
        return Error(ErrorKind::Refused,
                     QStringLiteral("cannot add %1 ms to the elapsed time").arg(ms));
    if (Status saved = m_storage->savePosition(m_attemptId, m_position, m_elapsedMs + ms); !saved)
        return saved;
    m_elapsedMs += ms;
    return {};
}

Result<Report> AttemptSession::submit()
{
    if (const auto refused = submittedRefusal())
        return *refused;
    if (const Status finished =
            m_storage->finishAttempt(m_attemptId, QDateTime::currentDateTimeUtc());
        !finished)
        return finished.error();
    m_submitted = true;
    m_submittedReport = report();
    return *m_submittedReport;
}

Result<Report> reportForAttempt(Storage &storage, qint64 attemptId, Quiz *quizOut)
{
    const Result<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return record.error();
    Result<Quiz> quiz = storage.snapshot(record->quizHash);
    if (!quiz)
        return quiz.error();
    Result<Report> report = reportForAttempt(storage, *record, *quiz);
    if (report && quizOut)
        *quizOut = std::move(*quiz);
    return report;
}

Result<Report> reportForAttempt(Storage &storage, const AttemptRecord &record, const Quiz &quiz)
{
    const Result<Responses> responses = storage.responses(record.id, quiz);
    if (!responses)
        return responses.error();
    const Result<Confidences> confidences = storage.confidences(record.id);
    if (!confidences)
        return confidences.error();
    return score(quiz, *responses, orderOf(record, quiz), *confidences);
}

QStringList shownItemOrder(const AttemptRecord &record, const Quiz &quiz)
{
    return orderOf(record, quiz);
}

} // namespace hitready
