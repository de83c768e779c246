#pragma once
// The hitready-cli commands. Each takes its own arguments (argv[0] is the command name)
// and returns the process exit code.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace hitready::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, ProblemsFound = 1, Unreadable = 2, Usage = 2 };

int lint(const QStringList &arguments);
int info(const QStringList &arguments);
int score(const QStringList &arguments);
int take(const QStringList &arguments);
int stats(const QStringList &arguments);
int exportAttempts(const QStringList &arguments);
int simulate(const QStringList &arguments);
int sync(const QStringList &arguments);
int handIn(const QStringList &arguments);
int collect(const QStringList &arguments);
int classroom(const QStringList &arguments); // class init, add-learner, add-instructor, list
int rules(const QStringList &arguments);     // what a quiz's recommendation rules reach
int schema(const QStringList &arguments);
int newQuiz(const QStringList &arguments);
int convert(const QStringList &arguments); // to and from other quiz tools' formats

// Sets up --help and the description, then parses. Returns an exit code when the command
// should stop here: 0 after printing --help, Usage after a usage error.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &description, const QString &positionalName,
                                    const QString &positionalHelp, int minPositional,
                                    int maxPositional);

QTextStream &out();
QTextStream &err();

} // namespace hitready::cli
