#pragma once
// A learner's copy of a class: the local SQLite database every attempt of the class is taken
// on (so answers are durable at once and the learner can carry on without the network), its
// outbox, and the class server they are sent to. The CLI (`take`, `sync`) and the app's
// sending thread each hold one; a ClassCopy belongs to the thread that opened it.

#include "classsync.h"
#include "result.h"

#include <QString>
#include <memory>

namespace hitready {

class Outbox;
class Storage;

class ClassCopy
{
public:
    // `server`: the class URL (with its password, if it needs one: kept in memory only) or, in
    // tests, an SQLite file. `localPath`: the copy; empty for localCopyPath(server). Opens
    // (creating) the copy and its outbox; the server is not contacted.
    static Result<std::unique_ptr<ClassCopy>> open(const QString &server,
                                                   const QString &localPath = {});
    ~ClassCopy();
    Q_DISABLE_COPY_MOVE(ClassCopy)

    Storage &local() { return *m_local; }
    const Storage &local() const { return *m_local; }
    QString localPath() const;
    QString serverName() const; // the server without its password

    Result<PendingChanges> pending() const;
    // Connects to the server (anew each time: a connection that dropped is never reused) and
    // sends what is pending. An error leaves it pending (classsync.h).
    Result<SyncReport> send();

private:
    ClassCopy() = default;

    QString m_server;
    std::unique_ptr<Storage> m_local;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace hitready
