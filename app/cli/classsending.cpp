#include "classsending.h"

#include "classcopy.h"
#include "cliwords.h"
#include "commands.h"

namespace hitready::cli {

namespace {

// "3 answers, flags or confidences changed"
QString itemsChanged(int items)
{
    //: how many answers, flags or confidence choices of an attempt are new or changed
    return Cli::tr("%n answers, flags or confidences changed", nullptr, items);
}

QString attemptsText(int attempts)
{
    return Cli::tr("%n attempts", nullptr, attempts);
}

QString discardedText(int discarded)
{
    //: attempts the learner discarded (started again), whose removal is sent to the server
    return Cli::tr("%n discarded attempts", nullptr, discarded);
}

} // namespace

QString pendingText(const PendingChanges &pending)
{
    QStringList parts;
    if (pending.attempts > 0)
        //: %1 "2 attempts", %2 "14 answers, flags or confidences changed"
        parts.append(
            Cli::tr("%1 (%2)").arg(attemptsText(pending.attempts), itemsChanged(pending.items)));
    if (pending.discards > 0)
        parts.append(discardedText(pending.discards));
    //: what is waiting to be sent when nothing is
    return parts.isEmpty() ? Cli::tr("nothing") : parts.join(QStringLiteral(", "));
}

QString sentText(const SyncReport &report)
{
    const int attempts = report.added + report.updated + report.unchanged;
    //: %1 "3 attempts", %2 "1 new, 2 updated", %3 "14 answers, flags or confidences changed",
    //: %4 "0 discarded attempts"
    return Cli::tr("%1 (%2; %3), %4")
        .arg(attemptsText(attempts),
             //: attempts new on the class server, and ones it already had and now has in full
             Cli::tr("%1 new, %2 updated").arg(report.added).arg(report.updated + report.unchanged),
             itemsChanged(report.items), discardedText(report.discarded));
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
