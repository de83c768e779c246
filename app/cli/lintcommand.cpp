// lint and info: the author's commands.

#include "attemptshape.h"
#include "commands.h"
#include "loader.h"
#include "pipetables.h"
#include "reading.h"
#include "reporttext.h"
#include "translationcoverage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace hitready::cli {

namespace {

// The codes of --languages ("es,hmn"), or nullopt after a usage message for a bad one.
std::optional<QStringList> requiredLanguages(const QString &value)
{
    QStringList languages;
    for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = code.trimmed();
        if (!isLanguageCode(trimmed)) {
            err() << "hitready-cli lint: '" << trimmed
                  << "' in --languages is not a language code (2 or 3 lower-case letters, "
                     "like es or hmn)\n";
            err().flush();
            return std::nullopt;
        }
        if (!languages.contains(trimmed))
            languages.append(trimmed);
    }
    return languages;
}

// A problem or warning as one element of `lint --json`.
QJsonObject findingJson(const QString &file, int line, int column, bool warning,
                        const QString &message)
{
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("line"), line},
        {QStringLiteral("column"), column},
        {QStringLiteral("severity"), warning ? QStringLiteral("warning") : QStringLiteral("error")},
        {QStringLiteral("message"), message}};
}

} // namespace

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"),
        QStringLiteral("Also report every text that has no translation into one of these "
                       "languages (comma-separated codes, e.g. es,hmn)."),
        QStringLiteral("CODES"));
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Exit 1 when there are warnings, too."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Print one JSON document instead: {\"findings\": [{file, line, column, "
                       "severity (error or warning), message}], \"files\", \"problems\", "
                       "\"warnings\"}."));
    parser.addOption(languagesOption);
    parser.addOption(strictOption);
    parser.addOption(jsonOption);
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Checks quiz files and prints every problem as "
                           "FILE:LINE:COL: message, then every warning (an item that gives "
                           "away another item's answer, a table drawn with '|' in a prompt, "
                           "option or explanation) as FILE:LINE:COL: warning: message.\n"
                           "Exit 0: no problems (warnings allowed unless --strict); 1: "
                           "problems found (or warnings with --strict); 2: a file could not "
                           "be read."),
            QStringLiteral("FILE..."), QStringLiteral("Quiz files (.yaml)."), 1, 1 << 20))
        return *exit;
    LoadOptions options;
    if (parser.isSet(languagesOption)) {
        const auto languages = requiredLanguages(parser.value(languagesOption));
        if (!languages)
            return Usage;
        options.requiredLanguages = *languages;
    }
    const bool json = parser.isSet(jsonOption);
    bool unreadable = false;
    qsizetype problems = 0, warnings = 0;
    QJsonArray findings;
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        // Read once: the load and the warnings (answer leaks, pipe tables, positioned in the
        // file) see the same bytes.
        const Result<QByteArray> bytes = readQuizFile(file);
        const Result<Quiz> result =
            bytes ? loadQuiz(*bytes, file, options) : Result<Quiz>(bytes.error());
        unreadable = unreadable || (!result && result.error().kind == ErrorKind::Io);
        problems += problemsOf(result).size();
        const QList<AuthoringWarning> leaks =
            result ? authoringWarnings(*result, *bytes, file) : QList<AuthoringWarning>{};
        warnings += leaks.size();
        if (json) {
            for (const Problem &p : problemsOf(result))
                findings.append(findingJson(p.file, p.line, p.column, false, p.message));
            for (const AuthoringWarning &w : leaks)
                findings.append(findingJson(file, w.line, w.column, true, w.message));
            continue;
        }
        out() << problemsText(problemsOf(result));
        for (const AuthoringWarning &w : leaks)
            out() << Problem{file, w.line, w.column, QStringLiteral("warning: ") + w.message}
                         .toString()
                  << '\n';
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("findings"), findings},
                                           {QStringLiteral("files"), files.size()},
                                           {QStringLiteral("problems"), problems},
                                           {QStringLiteral("warnings"), warnings}})
                     .toJson();
    out().flush();
    err() << files.size() << (files.size() == 1 ? " file" : " files") << " checked, " << problems
          << (problems == 1 ? " problem" : " problems") << ", " << warnings
          << (warnings == 1 ? " warning" : " warnings") << '\n';
    err().flush();
    if (unreadable)
        return Unreadable;
    return problems > 0 || (parser.isSet(strictOption) && warnings > 0) ? ProblemsFound : Ok;
}

namespace {

// "es: 812 of 830 texts (draft)", the quiz's own language first.
void printCoverage(QTextStream &s, const Quiz &quiz)
{
    s << "\nLanguages (texts translated)\n";
    for (const LanguageCoverage &c : translationCoverage(quiz)) {
        s << c.language << ": " << c.translated << " of " << c.texts
          << (c.texts == 1 ? " text" : " texts");
        if (c.language == quiz.language)
            s << " (the quiz's language)";
        else if (!c.status)
            s << " (not listed in 'translations': draft)";
        else
            s << (*c.status == Translation::Status::Reviewed ? " (reviewed)" : " (draft)");
        s << '\n';
    }
}

} // namespace

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the quiz's title in this language (a code such as es) when the "
                       "quiz has it."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Shows a quiz's title, content hash, its items counted per domain "
                           "and per type, and how many of its texts each language has."),
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
    s << show(quiz.title, {parser.value(languageOption), {}}, quiz.language).first << '\n';
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
    printCoverage(s, quiz);
    s.flush();
    return Ok;
}

} // namespace hitready::cli
