// class: the owner of a class database on a PostgreSQL server sets up the class and its
// members (docs/class-server.md).

#include "classroom.h"
#include "commands.h"

namespace hitready::cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
};

const Subcommand subcommands[] = {
    {"init", "create or update the schema, the group roles and the security policies"},
    {"add-learner", "add a learner: prints the URL (with a new password) to hand to them"},
    {"add-instructor", "add an instructor: prints the URL (with a new password) to hand to them"},
    {"list", "list the class's members and their attempt counts"},
};

int classUsage(QTextStream &stream, int code)
{
    stream << "Usage: hitready-cli class SUBCOMMAND [NAME] --db postgresql://OWNER@HOST/DATABASE"
              "\n\nSubcommands:\n";
    for (const Subcommand &s : subcommands)
        stream << "  " << QString::fromLatin1(s.name).leftJustified(16) << s.summary << '\n';
    stream << "\nRun 'hitready-cli class SUBCOMMAND --help' for its options.\n";
    stream.flush();
    return code;
}

int failure(const QString &command, const Error &error)
{
    err() << "hitready-cli " << command << ": " << error.message << '\n';
    err().flush();
    return error.kind == ErrorKind::Io ? Unreadable : ProblemsFound;
}

void printMembers(const QList<ClassMember> &members)
{
    qsizetype roleWidth = 4;
    for (const ClassMember &m : members)
        roleWidth = qMax(roleWidth, m.role.size());
    const auto line = [&](const QString &role, const QString &group, const QString &profiles,
                          const QString &finished, const QString &unfinished) {
        out() << role.leftJustified(roleWidth) << "  " << group.leftJustified(10) << "  "
              << profiles.rightJustified(8) << "  " << finished.rightJustified(8) << "  "
              << unfinished.rightJustified(10) << '\n';
    };
    line(QStringLiteral("ROLE"), QStringLiteral("GROUP"), QStringLiteral("PROFILES"),
         QStringLiteral("FINISHED"), QStringLiteral("UNFINISHED"));
    for (const ClassMember &m : members)
        line(m.role,
             m.group == ClassGroup::Learner ? QStringLiteral("learner")
                                            : QStringLiteral("instructor"),
             QString::number(m.profiles), QString::number(m.finishedAttempts),
             QString::number(m.unfinishedAttempts));
    if (members.isEmpty())
        out() << "(no members yet: add them with 'hitready-cli class add-learner NAME')\n";
    out().flush();
}

} // namespace

int classroom(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
        const bool help = arguments.size() >= 2 && (arguments.at(1) == QLatin1String("--help") ||
                                                    arguments.at(1) == QLatin1String("-h"));
        return classUsage(help ? out() : err(), help ? Ok : Usage);
    }
    const QString sub = arguments.at(1);
    const bool adds = sub == QLatin1String("add-learner") || sub == QLatin1String("add-instructor");
    if (!adds && sub != QLatin1String("init") && sub != QLatin1String("list")) {
        err() << "hitready-cli class: unknown subcommand '" << sub << "'\n\n";
        return classUsage(err(), Usage);
    }
    const QString command = QStringLiteral("class ") + sub;
    QStringList forParser = arguments.mid(1);
    forParser.first() = command;
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The class database: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE "
                       "(libpq conventions: PGPASSWORD and ~/.pgpass work too)."),
        QStringLiteral("URL"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QStringLiteral("The host (and :port) the new member reaches the server at, when it is "
                       "not the one in --db."),
        QStringLiteral("HOST"));
    parser.addOption(dbOption);
    if (adds)
        parser.addOption(hostOption);
    const QString description =
        sub == QLatin1String("init")
            ? QStringLiteral("Sets up a class in an empty or existing HIT Ready database on a "
                             "PostgreSQL server: the schema, the group roles hitready_learner "
                             "and hitready_instructor, their grants and the row-level security "
                             "policies. Run by the database owner; running it again changes "
                             "nothing.\nExit 0: ready; 1: refused (not the owner, may not "
                             "create roles); 2: usage, or the server could not be reached.")
        : sub == QLatin1String("list")
            ? QStringLiteral("Lists the class's learners and instructors with their profiles "
                             "and attempts.\nExit 0: listed; 1: no class in the database; 2: "
                             "usage, or the server could not be reached.")
            : QStringLiteral("Adds a %1: a login role of the group hitready_%1 with a generated "
                             "password, allowed to connect to this database. Prints the URL to "
                             "hand to that person on standard output; the password is shown "
                             "this once and stored only as a hash.\nExit 0: added; 1: refused "
                             "(name in use, not the owner); 2: usage, or the server could not "
                             "be reached.")
                  .arg(sub.mid(4));
    if (auto exit = parseCommandLine(parser, forParser, description,
                                     adds ? QStringLiteral("NAME") : QString(),
                                     adds ? QStringLiteral("The member's role name on the server "
                                                           "(as it will log in).")
                                          : QString(),
                                     adds ? 1 : 0, adds ? 1 : 0))
        return *exit;
    const QString url = parser.value(dbOption);
    if (!url.startsWith(QLatin1String("postgresql://")) &&
        !url.startsWith(QLatin1String("postgres://"))) {
        err() << "hitready-cli " << command
              << ": --db expects the class database's URL, postgresql://USER@HOST/DATABASE\n";
        return Usage;
    }
    const auto server = ClassServer::connect(url);
    if (!server)
        return failure(command, server.error());
    if (sub == QLatin1String("init")) {
        if (const Status ready = (*server)->init(); !ready)
            return failure(command, ready.error());
        out() << "The class is ready: roles hitready_learner and hitready_instructor, row-level "
                 "security on profiles, attempts and responses.\nAdd members with 'hitready-cli "
                 "class add-learner NAME --db URL'.\n";
        out().flush();
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        const auto members = (*server)->members();
        if (!members)
            return failure(command, members.error());
        printMembers(*members);
        return Ok;
    }
    const QString name = parser.positionalArguments().first();
    const auto memberUrl = (*server)->addMember(
        name, sub == QLatin1String("add-learner") ? ClassGroup::Learner : ClassGroup::Instructor,
        parser.value(hostOption));
    if (!memberUrl)
        return failure(command, memberUrl.error());
    err() << "Added " << sub.mid(4) << " '" << name
          << "'. Hand them this URL; it holds their password, which is not shown again:\n";
    err().flush();
    out() << *memberUrl << '\n';
    out().flush();
    return Ok;
}

} // namespace hitready::cli
