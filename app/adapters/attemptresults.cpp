#include "attemptresults.h"

#include "resultsummary.h"
#include "session.h"
#include "uilogging.h"

namespace hitready {

AttemptResults::AttemptResults(QObject *parent) : QObject(parent) {}

bool AttemptResults::load(qint64 attemptId, AttemptController *submitter)
{
    QString error;
    std::shared_ptr<const FinishedAttempt> attempt;
    const AttemptSession *session = submitter ? submitter->session() : nullptr;
    if (!m_storage) {
        error = tr("No learner database is open.");
    } else {
        Result<std::shared_ptr<const FinishedAttempt>> read =
            session && session->attemptId() == attemptId && session->isSubmitted()
                ? finishedAttempt(*m_storage, *session)
                : loadFinishedAttempt(*m_storage, attemptId);
        if (read)
            attempt = std::move(*read);
        else
            error = read.error().message;
    }
    if (!attempt)
        qCWarning(lcUi) << "results of attempt" << attemptId << error;
    m_error = error;
    setAttempt(std::move(attempt));
    return isLoaded();
}

void AttemptResults::setAttempt(std::shared_ptr<const FinishedAttempt> attempt)
{
    m_attempt = std::move(attempt);
    if (m_attempt)
        m_error.clear();
    emit changed();
}

void AttemptResults::setDatabase(LearnerDatabase *database)
{
    switchDatabase(this, m_database, database);
}

} // namespace hitready
