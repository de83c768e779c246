#pragma once
// The outbox of a class's local copy: what of each attempt the class server has confirmed,
// as digests of the attempt's record and of each item's answer, flag and confidence as they
// were last sent. What is pending is what differs from that, so it is derived from the
// answers themselves: a killed program, a failed send or a crash between an answer and its
// sending cannot lose a change, and a change sent twice is the same change (mergeAttempt is
// idempotent by attempt UUID and item). It lives in the local copy's own file (table
// outbox_sent), so the copy and its outbox are kept, moved and deleted together.

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace hitready {

// What the server holds of one attempt, as digests (classsync.cpp makes them).
struct SentDigests
{
    QString record;                // empty: claimed (being sent), not yet confirmed
    QHash<QString, QString> items; // item id -> digest
    bool operator==(const SentDigests &) const = default;
};

class Outbox
{
public:
    // Opens the outbox in the local copy at `localPath` (a HIT Ready SQLite file that
    // Storage::open has made), on a connection of its own for the calling thread.
    static Result<std::unique_ptr<Outbox>> open(const QString &localPath);
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    // By attempt UUID: every attempt the server holds or may hold.
    Result<QHash<QString, SentDigests>> sent() const;
    // Before an attempt is first sent: from here on a discard of it must reach the server too,
    // even if the program stops before the server's answer comes back.
    Status claim(const QString &uuid);
    // After the server took the attempt as `digests` describes it (replaces what was there).
    Status confirm(const QString &uuid, const SentDigests &digests);
    // After the server no longer holds the attempt (discarded there, or never stored).
    Status forget(const QString &uuid);

private:
    explicit Outbox(const QSqlDatabase &db) : m_db(db) {}
    Status replace(const QString &uuid, const SentDigests &digests);

    QSqlDatabase m_db;
};

} // namespace hitready
