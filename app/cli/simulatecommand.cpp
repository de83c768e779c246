// simulate: synthetic learners' finished attempts, for demos and benchmarks.

#include "commands.h"
#include "loader.h"
#include "reporttext.h"
#include "simulation.h"
#include "storage.h"

#include <QElapsedTimer>

namespace hitready::cli {

int simulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption learnersOption(QStringLiteral("learners"),
                                            QStringLiteral("How many learners (1 to 10,000,000)."),
                                            QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed: the same seed gives the same learners."),
        QStringLiteral("S"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database file or postgresql:// server URL (default: %1).")
            .arg(Storage::defaultPath()),
        QStringLiteral("PATH"));
    parser.addOptions({learnersOption, seedOption, dbOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Stores N synthetic learners' finished attempts of a quiz: "
                           "abilities per domain from a normal distribution, item "
                           "difficulties spread around them, answers from a logistic "
                           "(Rasch-like) model. Profiles are named simulated-S-NNNNNN. All or "
                           "nothing is stored, in one transaction.\nExit 0: stored; 1: "
                           "problems in the quiz; 2: usage, or a file could not be read or "
                           "written."),
            QStringLiteral("FILE"), QStringLiteral("A quiz file (.yaml)."), 1, 1))
        return *exit;
    bool learnersOk = false, seedOk = false;
    const qint64 learners = parser.value(learnersOption).toLongLong(&learnersOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!learnersOk || learners < 1 || learners > 10'000'000 || !seedOk) {
        err() << "hitready-cli simulate: --learners N (1 to 10000000) and --seed S (a whole "
                 "number >= 0) are required\n";
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
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Storage::defaultPath();
    Result<std::unique_ptr<Storage>> opened = Storage::open(path);
    if (!opened) {
        err() << "hitready-cli simulate: " << opened.error().message << '\n';
        return Unreadable;
    }
    const std::unique_ptr<Storage> storage = std::move(*opened);
    const LearnerSimulation simulation(quiz, seed);
    for (const QString &id : simulation.unansweredItems())
        err() << "hitready-cli simulate: item '" << id
              << "' is left unanswered: no answer could be made from its patterns\n";
    QElapsedTimer clock;
    clock.start();
    qint64 next = 0;
    const Result<qint64> stored = storage->importAttempts(quiz, [&](ImportedAttempt *attempt) {
        if (next == learners)
            return false;
        *attempt = simulation.learner(next++);
        return true;
    });
    if (!stored) {
        err() << "hitready-cli simulate: " << stored.error().message << '\n';
        return Unreadable;
    }
    out() << "Stored " << *stored << " simulated attempts of '" << quiz.id << "' (version "
          << contentHash(quiz).left(12) << ") in " << storage->path() << " in " << clock.elapsed()
          << " ms.\n";
    out().flush();
    return Ok;
}

} // namespace hitready::cli
