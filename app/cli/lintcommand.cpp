// lint and info: the author's commands.

#include "attemptshape.h"
#include "commands.h"
#include "loader.h"
#include "reporttext.h"

#include <QMap>

namespace hitready::cli {

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Checks quiz files and prints every problem as "
                           "FILE:LINE:COL: message.\nExit 0: all clean; 1: "
                           "problems found; 2: a file could not be read."),
            QStringLiteral("FILE..."), QStringLiteral("Quiz files (.yaml)."), 1, 1 << 20))
        return *exit;
    bool unreadable = false;
    qsizetype problems = 0;
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        const Result<Quiz> result = loadQuizFile(file);
        out() << problemsText(problemsOf(result));
        unreadable = unreadable || (!result && result.error().kind == ErrorKind::Io);
        problems += problemsOf(result).size();
    }
    out().flush();
    err() << files.size() << (files.size() == 1 ? " file" : " files") << " checked, " << problems
          << (problems == 1 ? " problem" : " problems") << '\n';
    err().flush();
    return unreadable ? Unreadable : problems > 0 ? ProblemsFound : Ok;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit =
            parseCommandLine(parser, arguments,
                             QStringLiteral("Shows a quiz's title, content hash, and its items "
                                            "counted per domain and per type."),
                             QStringLiteral("FILE"), QStringLiteral("A quiz file (.yaml)."), 1, 1))
        return *exit;
    const Result<Quiz> result = loadQuizFile(parser.positionalArguments().first());
    if (!result) {
        err() << problemsText(result.error().problems);
        err().flush();
        return result.error().kind == ErrorKind::Io ? Unreadable : ProblemsFound;
    }
    const Quiz &quiz = *result;
    QTextStream &s = out();
    s << quiz.text(quiz.title) << '\n';
    s << "id:       " << quiz.id << '\n';
    if (!quiz.version.isEmpty())
        s << "version:  " << quiz.version << '\n';
    s << "hash:     " << contentHash(quiz) << '\n';
    s << "language: " << quiz.language << '\n';
    s << "mode:     " << (quiz.mode == QuizMode::Practice ? "practice" : "assessment") << '\n';
    s << "items:    " << quiz.items.size() << " in the file\n";
    // What one attempt shows: the same numbers the app's quiz card and intro give.
    const AttemptShape shape = attemptShape(quiz);
    s << "attempt:  " << shape.items << (shape.items == 1 ? " item (" : " items (")
      << shape.questions << " scored, " << shape.selfRatings
      << (shape.selfRatings == 1 ? " self-rating)" : " self-ratings)");
    if (shape.isDrawn())
        s << ", the scored ones drawn from " << shape.poolQuestions;
    s << '\n';
    s << "points:   " << QString::number(shape.minPoints);
    if (shape.maxPoints != shape.minPoints)
        s << " to " << QString::number(shape.maxPoints) << " (depends on the draw)";
    s << " per attempt\n";
    s << "time:     about " << shape.estimatedMinutes() << " minutes";
    if (shape.timeLimitMinutes)
        s << " (time limit " << QString::number(*shape.timeLimitMinutes) << " minutes)";
    s << '\n';
    s << "\nDomain                            weight  scored  drawn  self-rating  points\n";
    for (const Domain &d : quiz.domains) {
        int scored = 0, ratings = 0;
        double points = 0;
        for (const Item &item : quiz.items) {
            if (item.domain != d.id)
                continue;
            scored += item.isScored();
            ratings += !item.isScored();
            points += item.isScored() ? item.points : 0;
        }
        s << (d.id + QStringLiteral(" (") + quiz.text(d.title) + QLatin1Char(')')).leftJustified(33)
          << ' ' << QString::number(d.weight).rightJustified(6) << ' '
          << QString::number(scored).rightJustified(7) << ' '
          << (d.draw ? QString::number(std::min(*d.draw, scored)) : QStringLiteral("all"))
                 .rightJustified(6)
          << ' ' << QString::number(ratings).rightJustified(12) << ' '
          << QString::number(points).rightJustified(7) << '\n';
    }
    QMap<QString, int> types;
    for (const Item &item : quiz.items)
        ++types[itemTypeName(item.type)];
    s << "\nType        items\n";
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        s << it.key().leftJustified(11) << ' ' << QString::number(it.value()).rightJustified(5)
          << '\n';
    s << "\nrecommendations: " << quiz.recommendations.size() << '\n';
    s.flush();
    return Ok;
}

} // namespace hitready::cli
