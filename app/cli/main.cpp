// hitready-cli: lint, inspect, score and take quizzes, and analyse their attempts, from a
// terminal or a script.

#include "appidentity.h"
#include "cliwords.h"
#include "commands.h"

#include <QCoreApplication>

namespace hitready::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &description, const QString &positionalName,
                                    const QString &positionalHelp, int minPositional,
                                    int maxPositional)
{
    const QString name = QStringLiteral("hitready-cli ") + arguments.first();
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    if (!positionalName.isEmpty())
        parser.addPositionalArgument(positionalName, positionalHelp);
    QStringList forParser = arguments;
    forParser.first() = name;
    const auto usageError = [&](const QString &what) {
        //: %1 the command, such as "hitready-cli score"
        err() << name << ": " << what << '\n' << Cli::tr("Run '%1 --help'.").arg(name) << '\n';
        err().flush();
        return Usage;
    };
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // The help names the running binary; name the command instead.
        out() << parser.helpText().replace(QCoreApplication::arguments().constFirst(), name);
        out().flush();
        return Ok;
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional)
        //: %1 what the command needs, such as FILE
        return usageError(Cli::tr("missing %1").arg(positionalName));
    if (count > maxPositional)
        //: %1 what the command takes, such as FILE
        return usageError(Cli::tr("too many arguments: expected %1").arg(positionalName));
    return std::nullopt;
}

} // namespace hitready::cli

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"lint", hitready::cli::lint, "check quiz files and print every problem as FILE:LINE:COL"},
    {"info", hitready::cli::info, "show a quiz's title, content hash and counts"},
    {"score", hitready::cli::score, "score a JSON file of answers without storing anything"},
    {"take", hitready::cli::take, "take a quiz in the terminal and store the attempt"},
    {"stats", hitready::cli::stats, "item statistics and reliability of a quiz's attempts"},
    {"export", hitready::cli::exportAttempts, "write a quiz's attempts or answers as CSV"},
    {"simulate", hitready::cli::simulate, "store synthetic learners' attempts of a quiz"},
    {"sync", hitready::cli::sync, "send answers taken on this computer to the class server"},
    {"hand-in", hitready::cli::handIn, "write a learner's finished attempts to a hand-in file"},
    {"collect", hitready::cli::collect, "add learners' hand-in files to the class database"},
    {"class", hitready::cli::classroom, "set up a class on a PostgreSQL server and its members"},
    {"rules", hitready::cli::rules, "what a quiz's recommendation rules reach, and their gaps"},
    {"schema", hitready::cli::schema, "print the JSON Schema of quiz files, for editors"},
    {"new", hitready::cli::newQuiz, "write a small, commented starting quiz"},
    {"convert", hitready::cli::convert, "convert a quiz to or from GIFT or Moodle XML"},
};

int usage(QTextStream &stream, int code)
{
    stream << "Usage: hitready-cli COMMAND [OPTIONS] ...\n\nCommands:\n";
    for (const Command &c : commands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(9) << c.summary << '\n';
    stream << "\nRun 'hitready-cli COMMAND --help' for a command's options.\n";
    stream.flush();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    hitready::setApplicationIdentity();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty())
        return usage(hitready::cli::err(), hitready::cli::Usage);
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help"))
        return usage(hitready::cli::out(), hitready::cli::Ok);
    if (name == QLatin1String("--version")) {
        hitready::cli::out() << "hitready-cli " << QCoreApplication::applicationVersion()
                             << Qt::endl;
        return hitready::cli::Ok;
    }
    for (const Command &c : commands)
        if (name == QLatin1String(c.name))
            return c.run(arguments);
    hitready::cli::err() << "hitready-cli: unknown command '" << name << "'\n\n";
    return usage(hitready::cli::err(), hitready::cli::Usage);
}
