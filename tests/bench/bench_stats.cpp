// Item statistics over 100,000 attempts x 50 items (of 56: a pool) stored in SQLite (DESIGN.md
// budget: the whole `hitready-cli stats` command in <= 1.5 s; stats-bench.sh times the command
// itself). The database is built once by the same simulation as `hitready-cli simulate --seed 1`
// and kept in the build folder (bench/stats-100k-pool.sqlite), shared with stats-bench.sh.

#include "loader.h"
#include "quizstatistics.h"
#include "simulation.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <benchmark/benchmark.h>

using namespace hitready;

namespace {

constexpr qint64 learners = 100000;

// Opens the fixture, building it first when it is missing; null (and a message) on failure.
Storage *fixture(benchmark::State &state)
{
    static int argc = 1;
    static char name[] = "hitready-bench";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    static std::unique_ptr<Storage> storage = [] {
        const QString path = QStringLiteral(HITREADY_BENCH_DIR "/stats-100k-pool.sqlite");
        if (!QFile::exists(path)) {
            const Result<Quiz> quiz = loadQuizFile(QStringLiteral(HITREADY_BENCH_QUIZ));
            if (!quiz)
                qFatal("cannot load %s", HITREADY_BENCH_QUIZ);
            QDir().mkpath(QStringLiteral(HITREADY_BENCH_DIR));
            const QString building = path + QStringLiteral(".building");
            QFile::remove(building);
            {
                const auto s = *Storage::open(building);
                const LearnerSimulation simulation(*quiz, 1);
                qint64 next = 0;
                const Result<qint64> stored = s->importAttempts(*quiz, [&](ImportedAttempt *a) {
                    if (next == learners)
                        return false;
                    *a = simulation.learner(next++);
                    return true;
                });
                if (!stored)
                    qFatal("cannot build the fixture: %s", qPrintable(stored.errorMessage()));
            }
            QFile::remove(building + QStringLiteral("-wal"));
            QFile::remove(building + QStringLiteral("-shm"));
            QFile::rename(building, path);
        }
        Result<std::unique_ptr<Storage>> opened = Storage::open(path);
        return opened ? std::move(*opened) : nullptr;
    }();
    if (!storage)
        state.SkipWithError("cannot open the statistics fixture");
    return storage.get();
}

// Selection, the one-pass read of 5,000,000 answers, scoring, and every figure.
void statistics100kAttempts(benchmark::State &state)
{
    Storage *storage = fixture(state);
    if (!storage)
        return;
    StatisticsRequest request;
    request.quizId = QStringLiteral("stats-bench");
    request.threads = int(state.range(0));
    for (auto _ : state) {
        QString error;
        auto stats = quizStatistics(*storage, request, &error);
        if (!stats || stats->attempts != learners)
            state.SkipWithError("statistics failed");
        benchmark::DoNotOptimize(stats);
    }
    state.counters["answers"] = double(learners) * 50;
}
// 0: as many threads as pay off (what the CLI does); 1: a single thread.
BENCHMARK(statistics100kAttempts)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The read alone: SQLite stepping over the rows, nothing decoded.
void readAnswers100kAttempts(benchmark::State &state)
{
    Storage *storage = fixture(state);
    if (!storage)
        return;
    const auto selected = storage->selectAttempts({QStringLiteral("stats-bench"), {}, true});
    for (auto _ : state) {
        qint64 bytes = 0;
        const Status scanned = storage->scanAnswers(
            *selected, [&](qsizetype, QByteArrayView id, QByteArrayView answer) {
                bytes += id.size() + answer.size();
            });
        if (!scanned)
            state.SkipWithError(qPrintable(scanned.error().message));
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(readAnswers100kAttempts)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
