#include "attemptresults.h"

#include "resultsummary.h"
#include "session.h"

namespace hitready {

AttemptResults::AttemptResults(QObject *parent) : QObject(parent) {}

bool AttemptResults::load(qint64 attemptId, AttemptController *submitter)
{
    QString error;
    std::shared_ptr<const FinishedAttempt> attempt;
    const AttemptSession *session = submitter ? submitter->session() : nullptr;
    if (!m_storage)
        error = tr("No learner database is open.");
    else if (session && session->attemptId() == attemptId && session->isSubmitted())
        attempt = finishedAttempt(*m_storage, *session, &error);
    else
        attempt = loadFinishedAttempt(*m_storage, attemptId, &error);
    if (!attempt)
        qCWarning(lcResultsUi) << "results of attempt" << attemptId << error;
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
