#include "finishedattempt.h"

#include "session.h"

namespace hitready {

namespace {

Error notSubmitted(qint64 attemptId)
{
    return Error(ErrorKind::Refused,
                 QStringLiteral("attempt %1 is not submitted yet; its results show once it is")
                     .arg(attemptId));
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

Result<std::shared_ptr<const FinishedAttempt>> loadFinishedAttempt(const Storage &storage,
                                                                   qint64 attemptId)
{
    auto attempt = std::make_shared<FinishedAttempt>();
    const Result<AttemptRecord> record = storage.attempt(attemptId);
    if (!record)
        return record.error();
    if (!record->isFinished())
        return notSubmitted(attemptId);
    Result<Quiz> quiz = storage.snapshot(record->quizHash);
    if (!quiz)
        return quiz.error();
    const Result<Responses> responses = storage.responses(attemptId, *quiz);
    if (!responses)
        return responses.error();
    const Result<QSet<QString>> flags = storage.flags(attemptId);
    if (!flags)
        return flags.error();
    const Result<Confidences> confidences = storage.confidences(attemptId);
    if (!confidences)
        return confidences.error();
    const Result<Profile> profile = storage.profile(record->profileId);
    if (!profile)
        return profile.error();
    attempt->record = *record;
    attempt->quiz = std::move(*quiz);
    attempt->responses = *responses;
    attempt->flags = *flags;
    attempt->confidences = *confidences;
    attempt->profileName = profile->name;
    attempt->report = score(attempt->quiz, attempt->responses,
                            shownItemOrder(attempt->record, attempt->quiz), attempt->confidences);
    attempt->plan = recommend(attempt->quiz, attempt->report);
    return std::shared_ptr<const FinishedAttempt>(std::move(attempt));
}

Result<std::shared_ptr<const FinishedAttempt>> finishedAttempt(const Storage &storage,
                                                               const AttemptSession &session)
{
    if (!session.isSubmitted())
        return notSubmitted(session.attemptId());
    const Result<AttemptRecord> record = storage.attempt(session.attemptId());
    if (!record)
        return record.error();
    const Result<Profile> profile = storage.profile(record->profileId);
    if (!profile)
        return profile.error();
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
    return std::shared_ptr<const FinishedAttempt>(std::move(attempt));
}

} // namespace hitready
