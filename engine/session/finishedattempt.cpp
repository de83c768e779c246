#include "finishedattempt.h"

#include "session.h"

namespace hitready {

namespace {

std::shared_ptr<const FinishedAttempt> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

QString notSubmitted(qint64 attemptId)
{
    return QStringLiteral("attempt %1 is not submitted yet; its results show once it is")
        .arg(attemptId);
}

} // namespace

QList<int> FinishedAttempt::selfRatings() const
{
    QList<int> ratings;
    for (const Item &item : quiz.items) {
        if (item.type != ItemType::Likert)
            continue;
        const auto it = responses.constFind(item.id);
        if (it != responses.cend())
            if (const int *rating = std::get_if<int>(&it->value))
                ratings.append(*rating);
    }
    return ratings;
}

std::shared_ptr<const FinishedAttempt> loadFinishedAttempt(const Storage &storage, qint64 attemptId,
                                                           QString *error)
{
    auto attempt = std::make_shared<FinishedAttempt>();
    const std::optional<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return failed(error, storage.lastError());
    if (!record->isFinished())
        return failed(error, notSubmitted(attemptId));
    std::optional<Quiz> quiz = storage.snapshot(record->quizHash);
    if (!quiz)
        return failed(error, storage.lastError());
    const std::optional<Responses> responses = storage.responses(attemptId, *quiz);
    const std::optional<QSet<QString>> flags = storage.flags(attemptId);
    const std::optional<Confidences> confidences = storage.confidences(attemptId);
    const std::optional<Profile> profile = storage.profile(record->profileId);
    if (!responses || !flags || !confidences || !profile)
        return failed(error, storage.lastError());
    attempt->record = *record;
    attempt->quiz = std::move(*quiz);
    attempt->responses = *responses;
    attempt->flags = *flags;
    attempt->confidences = *confidences;
    attempt->profileName = profile->name;
    attempt->report = score(attempt->quiz, attempt->responses,
                            shownItemOrder(attempt->record, attempt->quiz), attempt->confidences);
    attempt->plan = recommend(attempt->quiz, attempt->report);
    return attempt;
}

std::shared_ptr<const FinishedAttempt>
finishedAttempt(const Storage &storage, const AttemptSession &session, QString *error)
{
    if (!session.isSubmitted())
        return failed(error, notSubmitted(session.attemptId()));
    const std::optional<AttemptRecord> record = storage.attempt(session.attemptId());
    if (!record)
        return failed(error, storage.lastError());
    const std::optional<Profile> profile = storage.profile(record->profileId);
    if (!profile)
        return failed(error, storage.lastError());
    auto attempt = std::make_shared<FinishedAttempt>();
    attempt->record = *record;
    attempt->quiz = session.quiz();
    attempt->responses = session.responses();
    attempt->flags = session.flagged();
    attempt->confidences = session.confidences();
    attempt->profileName = profile->name;
    // A session opened on an attempt submitted earlier has no report of its own submit.
    attempt->report = session.submittedReport() ? *session.submittedReport() : session.report();
    attempt->plan = recommend(attempt->quiz, attempt->report);
    return attempt;
}

} // namespace hitready
