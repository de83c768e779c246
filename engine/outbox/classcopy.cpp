#include "classcopy.h"

#include "classlocation.h"
#include "outbox.h"
#include "storage.h"

namespace hitready {

Result<std::unique_ptr<ClassCopy>> ClassCopy::open(const QString &server, const QString &localPath)
{
    std::unique_ptr<ClassCopy> copy(new ClassCopy);
    copy->m_server = server;
    Result<std::unique_ptr<Storage>> local =
        Storage::open(localPath.isEmpty() ? localCopyPath(server) : localPath);
    if (!local)
        return local.error();
    if ((*local)->isReadOnly())
        return Error(ErrorKind::ReadOnly, (*local)->readOnlyMessage());
    copy->m_local = std::move(*local);
    Result<std::unique_ptr<Outbox>> outbox = Outbox::open(copy->m_local->path());
    if (!outbox)
        return outbox.error();
    copy->m_outbox = std::move(*outbox);
    return copy;
}

ClassCopy::~ClassCopy() = default;

QString ClassCopy::localPath() const
{
    return m_local->path();
}

QString ClassCopy::serverName() const
{
    return isClassUrl(m_server) ? withoutPassword(m_server) : m_server;
}

Result<PendingChanges> ClassCopy::pending() const
{
    return pendingChanges(*m_local, *m_outbox);
}

Result<SyncReport> ClassCopy::send()
{
    Result<std::unique_ptr<Storage>> remote = Storage::open(m_server);
    if (!remote) {
        QString why = remote.error().message;
        if (const QString password = isClassUrl(m_server) ? passwordOf(m_server) : QString();
            !password.isEmpty())
            why.replace(password, QStringLiteral("***")); // the message may quote the URL
        return Error(
            ErrorKind::Io,
            QStringLiteral("the class server %1 cannot be reached: %2").arg(serverName(), why));
    }
    return sendPending(*m_local, *m_outbox, **remote);
}

} // namespace hitready
