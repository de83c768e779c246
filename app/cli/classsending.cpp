#include "classsending.h"

#include "classcopy.h"
#include "cliwords.h"
#include "commands.h"

namespace hitready::cli {

QString pendingText(const PendingChanges &pending)
{
    QStringList parts;
    if (pending.attempts > 0)
        parts.append(QStringLiteral("%1 attempt%2 (%3 answer%4, flag%4 or confidence%4 changed)")
                         .arg(pending.attempts)
                         .arg(pending.attempts == 1 ? "" : "s")
                         .arg(pending.items)
                         .arg(pending.items == 1 ? "" : "s"));
    if (pending.discards > 0)
        parts.append(QStringLiteral("%1 discarded attempt%2")
                         .arg(pending.discards)
                         .arg(pending.discards == 1 ? "" : "s"));
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

QString sentText(const SyncReport &report)
{
    const int attempts = report.added + report.updated + report.unchanged;
    return QStringLiteral("%1 attempt%2 (%3 new, %4 updated; %5 answer%6, flag%6 or "
                          "confidence%6 changed), %7 discarded attempt%8")
        .arg(attempts)
        .arg(attempts == 1 ? "" : "s")
        .arg(report.added)
        .arg(report.updated + report.unchanged)
        .arg(report.items)
        .arg(report.items == 1 ? "" : "s")
        .arg(report.discarded)
        .arg(report.discarded == 1 ? "" : "s");
}

bool TakeSending::trySend()
{
    const Result<SyncReport> sent = m_copy->send();
    if (sent)
        return true;
    if (!m_offline)
        out() << "\n(" << sent.error().message << ".)\n"
              << Cli::tr("Your answers are kept on this computer and will be sent when the class "
                         "server is back.")
              << '\n';
    m_offline = true;
    return false;
}

void TakeSending::afterChange()
{
    if (m_copy && !m_offline)
        trySend();
}

void TakeSending::finish()
{
    if (!m_copy)
        return;
    if (trySend()) {
        out() << Cli::tr("Your answers are on the class server.") << '\n';
        return;
    }
    const Result<PendingChanges> pending = m_copy->pending();
    //: %1 what is not yet sent, such as "1 attempt (3 answers ... changed)"
    out() << Cli::tr("Waiting on this computer: %1. Run 'hitready-cli sync --db URL' (or start "
                     "the app) when the server is back.")
                 .arg(pending ? pendingText(*pending) : pending.error().message)
          << '\n';
}

} // namespace hitready::cli
