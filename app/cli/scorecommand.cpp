// score: a set of answers in, a report and plan out; nothing stored.

#include "attemptorder.h"
#include "cliwords.h"
#include "commands.h"
#include "loader.h"
#include "reportjson.h"
#include "reporttext.h"

#include <QFile>
#include <QJsonDocument>
#include <limits>

namespace hitready::cli {

int score(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    const Words words = useCliLanguage(language);
    QCommandLineParser parser;
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        Cli::tr("JSON object {\"<item id>\": answer}; '-' reads standard input."),
        QStringLiteral("ANSWERS.json"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        Cli::tr("Print the report as one JSON object (the same in every language)."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        Cli::tr("Score the items an attempt with seed S draws (domains with 'draw'); an "
                "answer to any other item is an error. Without it every item counts."),
        QStringLiteral("S"));
    parser.addOption(answersOption);
    parser.addOption(jsonOption);
    parser.addOption(seedOption);
    parser.addOption(languageOption());
    if (auto exit = parseCommandLine(
            parser, arguments,
            Cli::tr("Scores a set of answers against a quiz and prints the report and the "
                    "recommendations. Nothing is stored.\nExit 0: scored; 1: problems in the "
                    "quiz or the answers; 2: a file could not be read, or an unknown option or "
                    "language."),
            QStringLiteral("FILE"), Cli::tr("A quiz file (.yaml)."), 1, 1))
        return *exit;
    if (!parser.isSet(answersOption)) {
        err() << Cli::tr("hitready-cli score: missing --answers ANSWERS.json") << '\n';
        err().flush();
        return Usage;
    }
    bool seedOk = true;
    const quint64 seed =
        parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk) : 0;
    if (!seedOk) {
        //: %1 the largest seed, %2 what was typed
        err() << Cli::tr("hitready-cli score: --seed takes a whole number from 0 to %1, not '%2'")
                     .arg(std::numeric_limits<quint64>::max())
                     .arg(parser.value(seedOption))
              << '\n';
        err().flush();
        return Usage;
    }
    const Result<Quiz> loaded = loadQuizFile(parser.positionalArguments().first());
    if (!loaded) {
        err() << problemsText(loaded.error().problems);
        err().flush();
        return loaded.error().kind == ErrorKind::Io ? Unreadable : ProblemsFound;
    }
    const Quiz &quiz = *loaded;
    if (!language.isEmpty() && !knownLanguage(QStringLiteral("score"), language, quiz))
        return Usage;

    const QString answersPath = parser.value(answersOption);
    QFile answersFile(answersPath);
    const bool opened = answersPath == QLatin1String("-")
                            ? answersFile.open(stdin, QIODevice::ReadOnly)
                            : answersFile.open(QIODevice::ReadOnly);
    if (!opened) {
        //: %1 a file name, %2 the system's reason
        err() << Cli::tr("%1: cannot read: %2").arg(answersPath, answersFile.errorString()) << '\n';
        err().flush();
        return Unreadable;
    }
    constexpr qint64 maxAnswersBytes = 16 * 1024 * 1024;
    const QByteArray bytes = answersFile.read(maxAnswersBytes + 1);
    Problems problems;
    if (bytes.size() > maxAnswersBytes)
        problems.append({answersPath, 0, 0, Cli::tr("answers files are limited to 16 MiB")});
    Confidences confidences;
    const Responses responses =
        problems.isEmpty() ? responsesFromJson(bytes, answersPath, quiz, &problems, &confidences)
                           : Responses{};
    QStringList items; // the attempt's items: every item, or those the seed draws
    if (parser.isSet(seedOption)) {
        items = itemOrder(quiz, seed);
        const QSet<QString> drawn(items.cbegin(), items.cend());
        QStringList answered = responses.keys() + confidences.keys();
        answered.sort();
        answered.removeDuplicates();
        for (const QString &id : answered)
            if (!drawn.contains(id))
                problems.append({answersPath, 0, 0,
                                 //: %1 an item id, %2 a seed number
                                 Cli::tr("item '%1' is not drawn in an attempt with seed %2: "
                                         "it cannot be answered")
                                     .arg(id)
                                     .arg(seed)});
    } else {
        for (const Item &item : quiz.items)
            items.append(item.id);
    }
    if (!problems.isEmpty()) {
        err() << problemsText(problems);
        err().flush();
        return ProblemsFound;
    }
    const Report report = hitready::score(quiz, responses, items, confidences);
    const Plan plan = recommend(quiz, report);
    if (parser.isSet(jsonOption))
        out() << QJsonDocument(reportToJson(quiz, contentHash(quiz), report, plan))
                     .toJson(QJsonDocument::Indented);
    else
        out() << reportText(quiz, report, plan, words);
    out().flush();
    return Ok;
}

} // namespace hitready::cli
