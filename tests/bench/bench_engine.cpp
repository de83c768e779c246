// Engine benchmarks against DESIGN.md's budgets. Run with `make bench`; never part of tests.

#include "loader.h"
#include "quizgenerator.h"
#include "report.h"
#include "snapshot.h"

#include <benchmark/benchmark.h>

using namespace hitready;

namespace {

const QByteArray &quizYaml()
{
    static const QByteArray yaml = bench::generateQuizYaml(5000);
    return yaml;
}

const Quiz &quiz()
{
    static const Quiz q = *loadQuiz(quizYaml(), QStringLiteral("generated.yaml")).quiz;
    return q;
}

// Budget: <= 150 ms.
void loadAndValidate5000Items(benchmark::State &state)
{
    for (auto _ : state) {
        LoadResult result = loadQuiz(quizYaml(), QStringLiteral("generated.yaml"));
        if (!result.quiz)
            state.SkipWithError("generated quiz has problems");
        benchmark::DoNotOptimize(result);
    }
    state.counters["bytes"] = double(quizYaml().size());
}
BENCHMARK(loadAndValidate5000Items)->Unit(benchmark::kMillisecond);

// Budget: at least 5x faster than loading the YAML.
void thawSnapshot5000Items(benchmark::State &state)
{
    const QByteArray frozen = freezeQuiz(quiz());
    for (auto _ : state) {
        QString error;
        auto thawed = thawQuiz(frozen, &error);
        if (!thawed)
            state.SkipWithError(qPrintable(error));
        benchmark::DoNotOptimize(thawed);
    }
    state.counters["bytes"] = double(frozen.size());
}
BENCHMARK(thawSnapshot5000Items)->Unit(benchmark::kMillisecond);

// Budget: 1,000,000 responses in <= 0.5 s on one core (200 learners x 5,000 items).
void score1MillionResponses(benchmark::State &state)
{
    static const QList<Responses> sets = bench::generateResponses(quiz(), 200, 42);
    for (auto _ : state) {
        double total = 0;
        for (const Responses &responses : sets)
            total += score(quiz(), responses).overallPercent.value_or(0);
        benchmark::DoNotOptimize(total);
    }
    state.counters["responses"] = double(sets.size()) * double(quiz().items.size());
}
BENCHMARK(score1MillionResponses)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
