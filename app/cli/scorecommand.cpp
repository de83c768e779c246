// score: a set of answers in, a report and plan out; nothing stored.

#include "commands.h"
#include "loader.h"
#include "reportjson.h"
#include "reporttext.h"

#include <QFile>
#include <QJsonDocument>

namespace hitready::cli {

int score(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QStringLiteral("JSON object {\"<item id>\": answer}; '-' reads standard input."),
        QStringLiteral("ANSWERS.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the report as one JSON object."));
    parser.addOption(answersOption);
    parser.addOption(jsonOption);
    if (auto exit =
            parseCommandLine(parser, arguments,
                             QStringLiteral("Scores a set of answers against a quiz and prints "
                                            "the report and the recommendations. Nothing is "
                                            "stored.\nExit 0: scored; 1: problems in the quiz "
                                            "or the answers; 2: a file could not be read."),
                             QStringLiteral("FILE"), QStringLiteral("A quiz file (.yaml)."), 1, 1))
        return *exit;
    if (!parser.isSet(answersOption)) {
        err() << "hitready-cli score: missing --answers ANSWERS.json\n";
        err().flush();
        return Usage;
    }
    const LoadResult loaded = loadQuizFile(parser.positionalArguments().first());
    if (!loaded.quiz) {
        err() << problemsText(loaded.problems);
        err().flush();
        return loaded.unreadable ? Unreadable : ProblemsFound;
    }
    const Quiz &quiz = *loaded.quiz;

    const QString answersPath = parser.value(answersOption);
    QFile answersFile(answersPath);
    const bool opened = answersPath == QLatin1String("-")
                            ? answersFile.open(stdin, QIODevice::ReadOnly)
                            : answersFile.open(QIODevice::ReadOnly);
    if (!opened) {
        err() << answersPath << ": cannot read: " << answersFile.errorString() << '\n';
        err().flush();
        return Unreadable;
    }
    constexpr qint64 maxAnswersBytes = 16 * 1024 * 1024;
    const QByteArray bytes = answersFile.read(maxAnswersBytes + 1);
    Problems problems;
    if (bytes.size() > maxAnswersBytes)
        problems.append({answersPath, 0, 0, QStringLiteral("answers files are limited to 16 MiB")});
    const Responses responses =
        problems.isEmpty() ? responsesFromJson(bytes, answersPath, quiz, &problems) : Responses{};
    if (!problems.isEmpty()) {
        err() << problemsText(problems);
        err().flush();
        return ProblemsFound;
    }
    const Report report = hitready::score(quiz, responses);
    const Plan plan = recommend(quiz, report);
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(reportToJson(quiz, contentHash(quiz), report, plan))
                     .toJson(QJsonDocument::Indented);
    else
        out() << reportText(quiz, report, plan);
    out().flush();
    return Ok;
}

} // namespace hitready::cli
