#pragma once
// Sends a class's local copy to its server on a thread of its own, so that a server that is
// slow to answer never holds up the screen: after each change (coalesced: one send at a time,
// and one more if something changed meanwhile), and while the server cannot be reached again
// after 2, 4, 8 ... up to 60 seconds. Each send opens its own connections (ClassCopy) on the
// sending thread and closes them when done.

#include "classsync.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

namespace hitready {

class ClassSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassSender)

public:
    // What one send found.
    struct Outcome
    {
        bool contacted = false; // a send, not only a count of what is pending
        bool reached = false;   // the server took everything that was pending
        QString error;          // why not (for the log and an accessible description)
        PendingChanges pending;
    };

    explicit ClassSender(QObject *parent = nullptr);
    ~ClassSender() override; // waits for a send in flight

    // `server`: where to send (a class URL with its password, or an SQLite file in tests);
    // `localPath`: the local copy. An empty server stops sending.
    void setServer(const QString &server, const QString &localPath);
    // After each change: sends when the server was reached last time; while it cannot be
    // reached, only counts what is pending (the retry sends).
    void changed();
    // Sends as soon as the send in flight (if any) is done.
    void sendNow();
    bool isSending() const { return m_sending; }
    // Tests: the first pause after a failure (later ones double, up to 60 s).
    void setFirstRetryDelay(int ms) { m_firstDelay = ms; }

signals:
    void sendingChanged();
    void finished(const hitready::ClassSender::Outcome &outcome);

private:
    void start(bool send);
    void done(const Outcome &outcome, quint64 generation);
    bool offline() const { return m_delay > 0; }

    QThreadPool m_pool; // one thread
    QTimer m_retry;
    QString m_server;
    QString m_localPath;
    quint64 m_generation = 0; // a send for an older server reports nothing
    bool m_sending = false;
    bool m_again = false; // a change came while a send was in flight
    int m_firstDelay = 2000;
    int m_delay = 0;
};

} // namespace hitready
