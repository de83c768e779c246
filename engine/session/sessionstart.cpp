// Starting a quiz: continue the profile's unfinished attempt of it, or begin a new one.

#include "session.h"
#include "storage.h"

namespace hitready {

std::optional<AttemptSession> AttemptSession::startOrResume(Storage &storage, const Quiz &quiz,
                                                            qint64 profileId, QuizMode mode,
                                                            quint64 seed, bool *resumed,
                                                            QString *error)
{
    if (resumed)
        *resumed = false;
    const std::optional<QList<AttemptRecord>> open = storage.unfinishedAttempts(profileId, quiz.id);
    if (!open) {
        if (error)
            *error = storage.lastError();
        return std::nullopt;
    }
    if (open->isEmpty())
        return start(storage, quiz, profileId, mode, seed, error);
    // Newest first: a database written before the one-unfinished rule may hold more.
    // The quiz file repairs the attempt's stored quiz if that is damaged and of this version.
    std::optional<AttemptSession> session = resume(storage, open->first().id, error, &quiz);
    if (session && resumed)
        *resumed = true;
    return session;
}

} // namespace hitready
