// stats and export: the instructor's commands over stored attempts.

#include "attemptexport.h"
#include "commands.h"
#include "quizstatistics.h"
#include "statsjson.h"
#include "statstext.h"
#include "storage.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace hitready::cli {

namespace {

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            QStringLiteral("Database file or postgresql:// server URL (default: %1).")
                .arg(Storage::defaultPath()),
            QStringLiteral("PATH")};
}

// Opens a database that must already exist: reading statistics never creates a file (a server
// database exists once its URL connects).
std::unique_ptr<Storage> openExisting(const QCommandLineParser &parser, const QString &command)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Storage::defaultPath();
    Result<std::unique_ptr<Storage>> storage =
        Storage::isServerLocation(path) || QFileInfo::exists(path)
            ? Storage::open(path)
            : Error(ErrorKind::NotFound, QStringLiteral("%1: no such database").arg(path));
    if (!storage) {
        err() << "hitready-cli " << command << ": " << storage.error().message << '\n';
        err().flush();
        return nullptr;
    }
    return std::move(*storage);
}

// Unknown quiz ids and versions are the user's problem (1); anything else is unreadable (2).
int quizProblem(const Storage &storage, const QString &quizId, const QString &hash,
                const QString &command)
{
    const Result<QString> latest = storage.latestSnapshotHash(quizId);
    std::optional<Quiz> version;
    if (latest && !hash.isEmpty())
        version = storage.snapshot(hash).toOptional();
    if (latest && (hash.isEmpty() || (version && version->id == quizId)))
        return Ok;
    err() << "hitready-cli " << command << ": "
          << (!latest    ? latest.error().message
              : !version ? QStringLiteral("no version %1 of quiz '%2'").arg(hash, quizId)
                         : QStringLiteral("version %1 belongs to quiz '%2', not '%3'")
                               .arg(hash, version->id, quizId))
          << '\n';
    err().flush();
    return ProblemsFound;
}

} // namespace

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(
        QStringLiteral("all-attempts"),
        QStringLiteral("Use every finished attempt, not only each profile's first."));
    const QCommandLineOption hashOption(QStringLiteral("hash"),
                                        QStringLiteral("Only attempts on this version (content "
                                                       "hash, see 'hitready-cli info')."),
                                        QStringLiteral("HASH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("Print CSV: one line per item, the test "
                                                      "and each domain."));
    const QCommandLineOption topOption(QStringLiteral("top"),
                                       QStringLiteral("Answers listed per item whose responses "
                                                      "are not options (default 10)."),
                                       QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({dbOption(), allOption, hashOption, jsonOption, csvOption, topOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Item statistics of a quiz over its finished attempts: facility, "
                           "discrimination, weights and response frequencies per item; mean, "
                           "spread and reliability (alpha, SEM) for the test and each domain; "
                           "flags with reasons. Definitions: docs/statistics.md.\nExit 0: "
                           "printed; 1: no such quiz or version; 2: usage, or the database "
                           "could not be read."),
            QStringLiteral("QUIZ_ID"), QStringLiteral("The quiz id (as in its file)."), 1, 1))
        return *exit;
    bool topOk = false;
    const int top = parser.value(topOption).toInt(&topOk);
    if (parser.isSet(jsonOption) && parser.isSet(csvOption)) {
        err() << "hitready-cli stats: choose one of --json and --csv\n";
        return Usage;
    }
    if (!topOk || top < 0) {
        err() << "hitready-cli stats: --top expects a whole number >= 0\n";
        return Usage;
    }
    const std::unique_ptr<Storage> storage = openExisting(parser, QStringLiteral("stats"));
    if (!storage)
        return Unreadable;
    const StatisticsRequest request{parser.positionalArguments().first(), parser.value(hashOption),
                                    parser.isSet(allOption), top};
    if (const int problem =
            quizProblem(*storage, request.quizId, request.quizHash, QStringLiteral("stats")))
        return problem;
    QString error;
    const std::optional<QuizStatistics> result = quizStatistics(*storage, request, &error);
    if (!result) {
        err() << "hitready-cli stats: " << error << '\n';
        return Unreadable;
    }
    if (result->unreadableAnswers > 0)
        err() << "hitready-cli stats: " << result->unreadableAnswers
              << " stored answers no longer fit their items; they count as 0\n";
    err().flush();
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(statisticsToJson(*result)).toJson(QJsonDocument::Indented);
    else if (parser.isSet(csvOption))
        out() << statisticsCsv(*result);
    else
        out() << statisticsText(*result);
    out().flush();
    return Ok;
}

int exportAttempts(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("CSV output (the only format so far)."));
    const QCommandLineOption responsesOption(
        QStringLiteral("responses"),
        QStringLiteral("One line per stored answer instead of one per attempt."));
    const QCommandLineOption firstOption(
        QStringLiteral("first-attempts"),
        QStringLiteral("Only each profile's first finished attempt (as stats uses)."));
    const QCommandLineOption hashOption(QStringLiteral("hash"),
                                        QStringLiteral("Only attempts on this version."),
                                        QStringLiteral("HASH"));
    parser.addOptions({dbOption(), csvOption, responsesOption, firstOption, hashOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Writes a quiz's finished attempts as CSV to standard output: one "
                           "line per attempt with its overall and per-domain percents, or one "
                           "line per answer with --responses. Columns: docs/statistics.md.\n"
                           "Exit 0: written; 1: no such quiz or version; 2: usage, or the "
                           "database could not be read."),
            QStringLiteral("QUIZ_ID"), QStringLiteral("The quiz id (as in its file)."), 1, 1))
        return *exit;
    if (!parser.isSet(csvOption)) {
        err() << "hitready-cli export: missing --csv (the format to write)\n";
        return Usage;
    }
    const std::unique_ptr<Storage> storage = openExisting(parser, QStringLiteral("export"));
    if (!storage)
        return Unreadable;
    const AttemptSelection selection{parser.positionalArguments().first(), parser.value(hashOption),
                                     parser.isSet(firstOption)};
    if (const int problem =
            quizProblem(*storage, selection.quizId, selection.quizHash, QStringLiteral("export")))
        return problem;
    QString error;
    const bool written = exportAttemptsCsv(*storage, selection,
                                           parser.isSet(responsesOption) ? ExportRows::Responses
                                                                         : ExportRows::Attempts,
                                           out(), &error);
    out().flush();
    if (!written) {
        err() << "hitready-cli export: " << error << '\n';
        return Unreadable;
    }
    return Ok;
}

} // namespace hitready::cli
