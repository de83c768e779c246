// Engine benchmarks against DESIGN.md's budgets. Run with `make bench`; never part of tests.

#include "loader.h"
#include "quizgenerator.h"
#include "report.h"
#include "snapshot.h"
#include "yamltree.h"

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
    static const Quiz q = *loadQuiz(quizYaml(), QStringLiteral("generated.yaml"));
    return q;
}

// Budget: <= 150 ms.
void loadAndValidate5000Items(benchmark::State &state)
{
    for (auto _ : state) {
        auto result =
            std::make_unique<Result<Quiz>>(loadQuiz(quizYaml(), QStringLiteral("generated.yaml")));
        if (!*result)
            state.SkipWithError("generated quiz has problems");
        benchmark::DoNotOptimize(result);
        state.PauseTiming(); // freeing the quiz is the caller's business, not the load's
        result.reset();
        state.ResumeTiming();
    }
    state.counters["bytes"] = double(quizYaml().size());
}
BENCHMARK(loadAndValidate5000Items)->Unit(benchmark::kMillisecond);

// The YAML parse alone (libyaml events into the node tree), to show where load time goes.
void parseYaml5000Items(benchmark::State &state)
{
    for (auto _ : state) {
        YamlDocument doc = parseYaml(quizYaml(), QStringLiteral("generated.yaml"));
        benchmark::DoNotOptimize(doc);
    }
}
BENCHMARK(parseYaml5000Items)->Unit(benchmark::kMillisecond);

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

const QList<Responses> &responseSets()
{
    static const QList<Responses> sets = bench::generateResponses(quiz(), 200, 42);
    return sets;
}

// Not budgeted: every stored attempt hashes its quiz once.
void contentHash5000Items(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(contentHash(quiz()));
}
BENCHMARK(contentHash5000Items)->Unit(benchmark::kMillisecond);

// Budget: 1,000,000 responses in <= 0.5 s on one core (200 learners x 5,000 items), on the
// bulk path: answers in item order, as statistics read them.
void score1MillionResponses(benchmark::State &state)
{
    QList<AnswerList> lists;
    for (const Responses &responses : responseSets()) {
        AnswerList &answers = lists.emplace_back(quiz().items.size());
        for (qsizetype i = 0; i < quiz().items.size(); ++i)
            answers[i] = responses.value(quiz().items[i].id);
    }
    for (auto _ : state) {
        double total = 0;
        for (const AnswerList &answers : lists)
            total += score(quiz(), answers).overallPercent.value_or(0);
        benchmark::DoNotOptimize(total);
    }
    state.counters["responses"] = double(lists.size()) * double(quiz().items.size());
}
BENCHMARK(score1MillionResponses)->Unit(benchmark::kMillisecond);

// The same through answers keyed by item id (one attempt at a time, as the app scores).
void score1MillionKeyedResponses(benchmark::State &state)
{
    for (auto _ : state) {
        double total = 0;
        for (const Responses &responses : responseSets())
            total += score(quiz(), responses).overallPercent.value_or(0);
        benchmark::DoNotOptimize(total);
    }
    state.counters["responses"] = double(responseSets().size()) * double(quiz().items.size());
}
BENCHMARK(score1MillionKeyedResponses)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
