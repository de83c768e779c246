// sync: sends the answers a learner took on this computer for a class (its local copy) to the
// class server, in order and exactly once (engine/outbox/classsync.h).

#include "classcopy.h"
#include "classlocation.h"
#include "classsending.h"
#include "cliwords.h"
#include "commands.h"

namespace hitready::cli {

int sync(const QStringList &arguments)
{
    // A learner's command: its report in her language (--language CODE), like take's.
    const QString language = requestedLanguage(arguments);
    useCliLanguage(language);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The class URL, as 'hitready-cli class add-learner' printed it."),
        QStringLiteral("URL"));
    parser.addOptions({dbOption, languageOption()});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Sends the answers, flags, confidences and finished attempts taken on "
                           "this computer for a class (with 'take --db URL' or the app) to the "
                           "class server: in order, each exactly once. Prints what was sent and "
                           "what is still pending.\nExit 0: nothing is pending any more; 2: the "
                           "server could not be reached (or refused) and something is pending."),
            QString(), QString(), 0, 0))
        return *exit;
    const QString server = parser.value(dbOption);
    if (!isClassUrl(server)) {
        err() << "hitready-cli sync: --db takes the class URL (postgresql://...)"
              << (server.isEmpty() ? QString() : QStringLiteral(", not '%1'").arg(server))
              << "\nRun 'hitready-cli sync --help'.\n";
        return Usage;
    }
    Result<std::unique_ptr<ClassCopy>> copy = ClassCopy::open(server);
    if (!copy) {
        err() << "hitready-cli sync: " << copy.error().message << '\n';
        return Unreadable;
    }
    const Result<PendingChanges> before = (*copy)->pending();
    if (!before) {
        err() << "hitready-cli sync: " << before.error().message << '\n';
        return Unreadable;
    }
    if (before->isEmpty()) {
        //: %1 the class server's name
        out() << Cli::tr("Nothing to send: the class server %1 has everything taken on this "
                         "computer.")
                     .arg((*copy)->serverName())
              << '\n';
        return Ok;
    }
    const Result<SyncReport> sent = (*copy)->send();
    if (!sent) {
        const Result<PendingChanges> after = (*copy)->pending();
        err() << "hitready-cli sync: " << sent.error().message << '\n';
        //: %1 what is not yet sent, such as "1 attempt (3 answers ... changed)"
        out() << Cli::tr("Still pending (kept on this computer): %1")
                     .arg(after ? pendingText(*after) : after.error().message)
              << '\n';
        return Unreadable;
    }
    //: %1 the class server's name, %2 what was sent, such as "1 attempt (1 new, 0 updated; ...)"
    out() << Cli::tr("Sent to %1: %2.").arg((*copy)->serverName(), sentText(*sent)) << '\n'
          << Cli::tr("Still pending: nothing.") << '\n';
    return Ok;
}

} // namespace hitready::cli
