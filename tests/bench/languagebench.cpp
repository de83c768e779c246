// What translations cost a load: the shipped HIT readiness quiz with all its languages against
// the same file cut down to English (keepOneLanguage), loaded in turn in one process so both see
// the same machine load. Prints the median load and YAML-parse time of each and their ratios
// (issue 13's goal: the three-language load within 1.3x of the English-only one). Timings
// decide nothing: this is `make bench`, never a test.
// Usage: hitready-languagebench [QUIZ] [RUNS]

#include "loader.h"
#include "onelanguage.h"
#include "translationcoverage.h"
#include "yamltree.h"

#include <QFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>
#include <yaml.h>

using namespace hitready;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

template <typename F> double millisecondsOf(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// The quiz in `bytes`, or a message and exit: a bench of a quiz that does not load is no bench.
Quiz loadOrExit(const QByteArray &bytes, const char *what)
{
    Result<Quiz> loaded = loadQuiz(bytes, QString::fromLatin1(what));
    if (!loaded) {
        std::fprintf(stderr, "%s does not load: %s\n", what, qPrintable(loaded.error().message));
        std::exit(1);
    }
    return *std::move(loaded);
}

// The floor under any libyaml loader: its event loop over `bytes`, keeping nothing.
void libyamlEvents(const QByteArray &bytes)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.data()),
                                 size_t(bytes.size()));
    for (bool done = false; !done;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event))
            break;
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(HITREADY_SHIPPED_QUIZ);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 41;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 2;
    }
    const QByteArray all = file.readAll();
    const QByteArray english = bench::keepOneLanguage(all, "en");

    // Both must be the same quiz: the English cut keeps every item and no other language.
    const Quiz allQuiz = loadOrExit(all, "all languages");
    const Quiz englishQuiz = loadOrExit(english, "English only");
    const QList<LanguageCoverage> allCoverage = translationCoverage(allQuiz);
    const QList<LanguageCoverage> englishCoverage = translationCoverage(englishQuiz);
    if (englishQuiz.items.size() != allQuiz.items.size() || englishCoverage.size() != 1 ||
        englishCoverage.first().texts != allCoverage.first().texts) {
        std::fprintf(stderr, "the English cut is not the same quiz in English alone\n");
        return 1;
    }

    std::vector<double> loadAll, loadEnglish, parseAll, parseEnglish, floorAll, floorEnglish,
        ratios;
    for (int i = 0; i < runs; ++i) {
        const double e = millisecondsOf([&] { (void)loadQuiz(english, QStringLiteral("en")); });
        const double a = millisecondsOf([&] { (void)loadQuiz(all, QStringLiteral("all")); });
        loadEnglish.push_back(e);
        loadAll.push_back(a);
        ratios.push_back(a / e);
        parseEnglish.push_back(
            millisecondsOf([&] { (void)parseYaml(english, QStringLiteral("en")); }));
        parseAll.push_back(millisecondsOf([&] { (void)parseYaml(all, QStringLiteral("all")); }));
        floorEnglish.push_back(millisecondsOf([&] { libyamlEvents(english); }));
        floorAll.push_back(millisecondsOf([&] { libyamlEvents(all); }));
    }
    std::printf("quiz: %s, %lld items, %d texts, languages:", qPrintable(path),
                static_cast<long long>(allQuiz.items.size()), allCoverage.first().texts);
    for (const LanguageCoverage &c : allCoverage)
        std::printf(" %s", qPrintable(c.language));
    std::printf("\nbytes: all %lld, English only %lld (%.2fx)\n",
                static_cast<long long>(all.size()), static_cast<long long>(english.size()),
                double(all.size()) / english.size());
    std::printf("load  (median of %d): all %.2f ms, English only %.2f ms, ratio %.2fx "
                "(median of per-run ratios %.2fx; goal <= 1.3x)\n",
                runs, median(loadAll), median(loadEnglish), median(loadAll) / median(loadEnglish),
                median(ratios));
    std::printf("parse (median of %d): all %.2f ms, English only %.2f ms, ratio %.2fx\n", runs,
                median(parseAll), median(parseEnglish), median(parseAll) / median(parseEnglish));
    std::printf("libyaml events alone (median of %d): all %.2f ms, English only %.2f ms\n", runs,
                median(floorAll), median(floorEnglish));
    // No libyaml loader can skip the other languages' bytes: its best is the English load plus
    // the extra events.
    std::printf("best ratio any libyaml loader could reach: %.2fx\n",
                (median(loadEnglish) + median(floorAll) - median(floorEnglish)) /
                    median(loadEnglish));
    return 0;
}
