#pragma once
// `take --db URL` and `sync --db URL`: a class's answers are taken on its local copy and sent
// to the class server (engine/outbox); these print what was sent and what is still pending.

#include "classsync.h"

#include <QString>

namespace hitready {
class ClassCopy;
}

namespace hitready::cli {

// "2 attempts (14 answers, flags or confidences changed), 1 discarded attempt"
QString pendingText(const PendingChanges &pending);
QString sentText(const SyncReport &report);

// While `take` runs on a class: sends after each question. When the server cannot be reached
// it says so once, calmly, and tries again only at the end (a server that does not answer
// must not slow every question down).
class TakeSending
{
public:
    explicit TakeSending(ClassCopy *copy) : m_copy(copy) {}
    void afterChange();
    // The last try, when the attempt is saved or submitted: says what is still pending.
    void finish();

private:
    bool trySend();

    ClassCopy *m_copy; // null: not a class (a database file): nothing to send
    bool m_offline = false;
};

} // namespace hitready::cli
