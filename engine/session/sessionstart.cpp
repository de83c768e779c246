// Starting a quiz: continue the profile's unfinished attempt of it, or begin a new one.

#include "session.h"
#include "storage.h"

namespace hitready {

Result<AttemptSession> AttemptSession::startOrResume(Storage &storage, const Quiz &quiz,
                                                     qint64 profileId, QuizMode mode, quint64 seed,
                                                     bool *resumed)
{
    if (resumed)
        *resumed = false;
    const Result<QList<AttemptRecord>> open = storage.unfinishedAttempts(profileId, quiz.id);
    if (!open)
        return open.error();
    if (open->isEmpty())
        return start(storage, quiz, profileId, mode, seed);
    // Newest first: a database written before the one-unfinished rule may hold more.
    // The quiz file repairs the attempt's stored quiz if that is damaged and of this version.
    Result<AttemptSession> session = resume(storage, open->first().id, &quiz);
    if (session && resumed)
        *resumed = true;
    return session;
}

} // namespace hitready
