#include "classsender.h"

#include "classcopy.h"
#include "uilogging.h"

#include <algorithm>

namespace hitready {

namespace {

constexpr int longestRetryMs = 60'000;

// On the sending thread: everything a ClassCopy opens is closed before this returns.
ClassSender::Outcome sendOnce(const QString &server, const QString &localPath, bool send)
{
    ClassSender::Outcome outcome;
    outcome.contacted = send;
    Result<std::unique_ptr<ClassCopy>> copy = ClassCopy::open(server, localPath);
    if (!copy) {
        outcome.error = copy.errorMessage();
        return outcome;
    }
    if (send) {
        const Result<SyncReport> sent = (*copy)->send();
        outcome.reached = sent.has_value();
        if (!sent)
            outcome.error = sent.errorMessage();
    }
    const Result<PendingChanges> pending = (*copy)->pending();
    if (pending)
        outcome.pending = *pending;
    else if (outcome.error.isEmpty())
        outcome.error = pending.errorMessage();
    return outcome;
}

} // namespace

ClassSender::ClassSender(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ClassSender::sendNow);
}

ClassSender::~ClassSender()
{
    m_pool.waitForDone();
}

void ClassSender::setServer(const QString &server, const QString &localPath)
{
    ++m_generation;
    m_server = server;
    m_localPath = localPath;
    m_retry.stop();
    m_delay = 0;
    m_again = false;
    if (!m_server.isEmpty())
        sendNow();
}

void ClassSender::changed()
{
    if (m_server.isEmpty())
        return;
    if (m_sending)
        m_again = true;
    else
        start(!offline());
}

void ClassSender::sendNow()
{
    if (m_server.isEmpty())
        return;
    m_retry.stop();
    if (m_sending)
        m_again = true;
    else
        start(true);
}

void ClassSender::start(bool send)
{
    m_sending = true;
    m_again = false;
    emit sendingChanged();
    const quint64 generation = m_generation;
    m_pool.start([this, server = m_server, localPath = m_localPath, generation, send] {
        const Outcome outcome = sendOnce(server, localPath, send);
        // Queued to this object's thread; dropped if this object is gone (the pool is waited
        // for in the destructor, so `this` is alive while the call is posted).
        QMetaObject::invokeMethod(
            this, [this, outcome, generation] { done(outcome, generation); }, Qt::QueuedConnection);
    });
}

void ClassSender::done(const Outcome &outcome, quint64 generation)
{
    m_sending = false;
    emit sendingChanged();
    if (generation != m_generation) { // the server changed meanwhile: send to the new one
        if (!m_server.isEmpty())
            start(true);
        return;
    }
    if (outcome.reached) {
        m_delay = 0;
    } else if (outcome.contacted) {
        m_delay = m_delay == 0 ? m_firstDelay : std::min(2 * m_delay, longestRetryMs);
        qCInfo(lcUi).noquote() << "class not reached, retrying in" << m_delay
                               << "ms:" << outcome.error;
        m_retry.start(m_delay);
    }
    emit finished(outcome);
    if (m_again)
        changed();
}

} // namespace hitready
