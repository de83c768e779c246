#include "quizstatistics.h"

#include "itemstats.h"
#include "markscan.h"
#include "storage.h"
#include "teststats.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <thread>

namespace hitready {

namespace {

bool hasOptionResponses(const Item &item)
{
    return !item.options.isEmpty() &&
           (item.type == ItemType::Single || item.type == ItemType::Multiple ||
            itemTypeName(item.type) == QLatin1String("hottext"));
}

void fillResponses(ItemStatistics &stats, const Item &item, const AnswerTally &tally, int top)
{
    qint64 answered = 0;
    for (const AnswerTally::Entry &e : tally.entries)
        answered += e.count;
    stats.unanswered = stats.attempts - answered;
    const auto percent = [&](qint64 count) {
        return stats.attempts > 0 ? 100.0 * double(count) / double(stats.attempts) : 0.0;
    };
    if (item.type == ItemType::TrueFalse) {
        stats.optionBased = true;
        for (const bool value : {true, false}) {
            const QString name = value ? QStringLiteral("true") : QStringLiteral("false");
            qint64 count = 0;
            for (const AnswerTally::Entry &e : tally.entries)
                count += e.canonical == name ? e.count : 0;
            stats.responses.append({name, count, percent(count), value == item.answer, {}});
        }
        return;
    }
    if (hasOptionResponses(item)) {
        stats.optionBased = true;
        for (const Option &o : item.options) {
            qint64 count = 0;
            for (const AnswerTally::Entry &e : tally.entries)
                if (e.canonical.split(QLatin1Char(',')).contains(o.id))
                    count += e.count;
            stats.responses.append({o.id, count, percent(count), o.correct, {}});
        }
        return;
    }
    QList<const AnswerTally::Entry *> byCount;
    for (const AnswerTally::Entry &e : tally.entries)
        byCount.append(&e);
    std::sort(byCount.begin(), byCount.end(), [](const auto *a, const auto *b) {
        return a->count != b->count ? a->count > b->count : a->canonical < b->canonical;
    });
    for (qsizetype i = 0; i < byCount.size(); ++i) {
        if (i < top)
            stats.responses.append({byCount[i]->canonical,
                                    byCount[i]->count,
                                    percent(byCount[i]->count),
                                    {},
                                    byCount[i]->credit});
        else
            stats.otherResponses += byCount[i]->count;
    }
}

std::nullopt_t failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

bool sameAssessedContent(const Item &a, const Item &b)
{
    const auto assessed = [](Item item) {
        item.explanation = {};
        item.source.clear();
        for (Option &o : item.options)
            o.feedback = {};
        return item;
    };
    return assessed(a) == assessed(b);
}

std::optional<QuizStatistics> quizStatistics(const Storage &storage,
                                             const StatisticsRequest &request, QString *error)
{
    const Result<SelectedAttempts> selected =
        storage.selectAttempts({request.quizId, request.quizHash, !request.allAttempts});
    if (!selected)
        return failWith(error, selected.error().message);
    const Result<QString> referenceHash = request.quizHash.isEmpty()
                                              ? storage.latestSnapshotHash(request.quizId)
                                              : Result<QString>(request.quizHash);
    if (!referenceHash)
        return failWith(error, referenceHash.error().message);
    // Each version is thawed once; the map keeps the quizzes where the readers point.
    std::map<QString, std::unique_ptr<Quiz>> quizzes;
    for (const QString &hash : selected->hashes + QStringList{*referenceHash}) {
        if (quizzes.count(hash))
            continue;
        Result<Quiz> quiz = storage.snapshot(hash);
        if (!quiz)
            return failWith(error, quiz.error().message);
        quizzes.emplace(hash, std::make_unique<Quiz>(std::move(*quiz)));
    }
    const Quiz &reference = *quizzes.at(*referenceHash);
    if (reference.id != request.quizId)
        return failWith(error, QStringLiteral("quiz version %1 belongs to quiz '%2', not '%3'")
                                   .arg(*referenceHash, reference.id, request.quizId));

    QuizStatistics result;
    result.quizId = request.quizId;
    result.title = reference.text(reference.title);
    result.referenceHash = *referenceHash;
    result.allAttempts = request.allAttempts;
    result.attempts = selected->size();
    QList<const Item *> columns;
    QList<double> maxMarks;
    for (const Item &item : reference.items)
        if (item.isScored()) {
            columns.append(&item);
            maxMarks.append(item.points);
        }

    std::vector<VersionLayout> layouts;
    for (const QString &hash : selected->hashes) {
        VersionLayout &v = layouts.emplace_back();
        v.quiz = quizzes.at(hash).get();
        v.columnOfItem.fill(-1, v.quiz->items.size());
        v.held.fill(false, columns.size());
        for (qsizetype i = 0; i < v.quiz->items.size(); ++i) {
            const Item &item = v.quiz->items[i];
            for (qsizetype c = 0; c < columns.size(); ++c)
                if (columns[c]->id == item.id && sameAssessedContent(*columns[c], item)) {
                    v.columnOfItem[i] = c;
                    v.held[c] = true;
                }
            if (item.isScored() && v.columnOfItem[i] < 0 && !result.retiredItems.contains(item.id))
                result.retiredItems.append(item.id);
        }
        result.versions.append({hash, 0});
    }
    for (const int version : selected->versions)
        ++result.versions[version].attempts;

    const int threads = request.threads > 0 ? request.threads : analysisThreads(selected->size());
    std::optional<ScannedMarks> scanned =
        scanMarks(storage, *selected, layouts, maxMarks, threads, error);
    if (!scanned)
        return std::nullopt;
    // A domain with `draw:` is a pool: its items stand in for one another in alpha's slots.
    scanned->matrix.pools.fill(-1, columns.size());
    for (qsizetype c = 0; c < columns.size(); ++c)
        for (qsizetype d = 0; d < reference.domains.size(); ++d)
            if (reference.domains[d].id == columns[c]->domain && reference.domains[d].draw)
                scanned->matrix.pools[c] = int(d);
    const MarksMatrix &matrix = scanned->matrix;
    result.unreadableAnswers = scanned->unreadable;

    result.items = itemFigures(matrix, threads);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        ItemStatistics &stats = result.items[c];
        const Item &item = *columns[c];
        stats.itemId = item.id;
        stats.domain = item.domain;
        stats.type = item.type;
        if (const std::optional<double> guess = randomGuessScore(item))
            stats.randomGuessScore = 100.0 * *guess;
        fillResponses(stats, item, scanned->tallies[c], request.topResponses);
        stats.flags = itemFlags(stats);
    }
    // The test, then each domain: independent summaries, shared among the threads.
    std::vector<std::pair<QString, QList<qsizetype>>> scopes;
    QList<qsizetype> all(columns.size());
    std::iota(all.begin(), all.end(), 0);
    scopes.emplace_back(QStringLiteral("test"), all);
    for (const Domain &domain : reference.domains) {
        QList<qsizetype> inDomain;
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (columns[c]->domain == domain.id)
                inDomain.append(c);
        scopes.emplace_back(domain.id, inDomain);
    }
    std::vector<ScoreSummary> summaries(scopes.size());
    const auto summarize = [&](size_t part, size_t parts) {
        for (size_t i = part; i < scopes.size(); i += parts)
            summaries[i] = scoreSummary(matrix, scopes[i].second, scopes[i].first);
    };
    const size_t parts = std::clamp<size_t>(size_t(threads), 1, scopes.size());
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < parts; ++t)
        helpers.emplace_back(summarize, t, parts);
    summarize(0, parts);
    for (std::thread &h : helpers)
        h.join();
    for (ScoreSummary &summary : summaries)
        summary.flags = summaryFlags(summary);
    result.test = std::move(summaries.front());
    for (size_t i = 1; i < summaries.size(); ++i)
        result.domains.append(std::move(summaries[i]));
    return result;
}

std::optional<QuizStatistics> quizStatisticsAt(const QString &path,
                                               const StatisticsRequest &request, QString *error)
{
    // A second, read-only connection next to the app's own (which keeps its locks: SQLite
    // shares them between the connections of one process).
    const Result<std::unique_ptr<Storage>> storage = Storage::open(path, Storage::Access::ReadOnly);
    if (!storage)
        return failWith(error, storage.error().message);
    return quizStatistics(**storage, request, error);
}

const ItemStatistics *QuizStatistics::item(const QString &itemId) const
{
    for (const ItemStatistics &i : items)
        if (i.itemId == itemId)
            return &i;
    return nullptr;
}

const ScoreSummary *QuizStatistics::domain(const QString &domainId) const
{
    for (const ScoreSummary &d : domains)
        if (d.scope == domainId)
            return &d;
    return nullptr;
}

} // namespace hitready
