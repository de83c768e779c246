#include "report.h"

#include "judgment.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace hitready {

const DomainResult *Report::domain(const QString &domainId) const
{
    for (const DomainResult &d : domains)
        if (d.domainId == domainId)
            return &d;
    return nullptr;
}

namespace {

// max(0, (right chosen - wrong chosen) / number of right ones): multiple choice and hottext.
template <class Choices> double chosenFraction(const Choices &choices, const QStringList &chosen)
{
    int right = 0, rightChosen = 0, wrongChosen = 0;
    for (const auto &c : choices) {
        const bool picked = chosen.contains(c.id);
        right += c.correct;
        rightChosen += picked && c.correct;
        wrongChosen += picked && !c.correct;
    }
    return right == 0 ? 0 : std::max(0.0, double(rightChosen - wrongChosen) / right);
}

// Right adjacent pairs of the learner's order / (steps - 1); 0 unless the order is a
// permutation of the steps.
double orderingFraction(const Item &item, const QStringList &order)
{
    const qsizetype n = item.steps.size();
    if (n < 2 || order.size() != n)
        return 0;
    QList<qsizetype> rank(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        qsizetype r = -1;
        for (qsizetype j = 0; j < n; ++j)
            if (item.steps.at(j).id == order.at(i))
                r = j;
        if (r < 0 || rank.contains(r))
            return 0;
        rank[i] = r;
    }
    int right = 0;
    for (qsizetype i = 0; i + 1 < n; ++i)
        right += rank.at(i) < rank.at(i + 1);
    return double(right) / double(n - 1);
}

// Correctly matched left entries / all left entries; 0 for pairs that do not fit (a left id
// that is not one, or is matched twice; a right id that is not one).
double matchingFraction(const Item &item, const Matches &pairs)
{
    if (item.left.isEmpty())
        return 0;
    int right = 0;
    QStringList seen;
    for (const auto &[left, chosen] : pairs) {
        const Entry *entry = item.leftEntry(left);
        if (!entry || seen.contains(left) || !item.rightEntry(chosen))
            return 0;
        seen.append(left);
        right += entry->match == chosen;
    }
    return double(right) / double(item.left.size());
}

// Compiled patterns, kept per thread: scoring many learners must not recompile each one.
QRegularExpression pattern(const QString &source, bool caseSensitive)
{
    thread_local QHash<QString, QRegularExpression> compiled[2];
    QHash<QString, QRegularExpression> &cache = compiled[caseSensitive];
    if (auto it = cache.constFind(source); it != cache.cend())
        return *it;
    if (cache.size() > 1000)
        cache.clear();
    const QRegularExpression re(QRegularExpression::anchoredPattern(source),
                                caseSensitive ? QRegularExpression::NoPatternOption
                                              : QRegularExpression::CaseInsensitiveOption);
    cache.insert(source, re);
    return re;
}

// The accepted answers and patterns of every language of the item count, whatever language
// the learner reads: the same answers give the same score in every language, and re-scoring a
// stored attempt never depends on a setting (docs/quiz-format.md, "Translated answers").
bool textAccepted(const TextKey &key, const QString &typed)
{
    if (typed.isEmpty() || typed.size() > maxTextAnswerLength)
        return false;
    const QString answer = key.normalised(typed);
    const Qt::CaseSensitivity cs = key.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const QString &accepted : key.accept)
        if (QString::compare(answer, key.normalised(accepted), cs) == 0)
            return true;
    for (const QString &source : key.patterns) {
        const QRegularExpression re = pattern(source, key.caseSensitive);
        if (re.isValid() && re.match(answer).hasMatch())
            return true;
    }
    return false;
}

} // namespace

double itemPoints(const Item &item, const Answer &answer)
{
    if (answer.isEmpty() || !item.isScored())
        return 0;
    switch (item.type) {
    case ItemType::Single: {
        const QString *chosen = std::get_if<QString>(&answer.value);
        const Option *o = chosen ? item.option(*chosen) : nullptr;
        return o && o->correct ? item.points : 0;
    }
    case ItemType::TrueFalse: {
        const bool *chosen = std::get_if<bool>(&answer.value);
        return chosen && *chosen == item.answer ? item.points : 0;
    }
    case ItemType::Multiple:
    case ItemType::HotText: {
        const QStringList *chosen = std::get_if<QStringList>(&answer.value);
        if (!chosen)
            return 0;
        return (item.type == ItemType::Multiple ? chosenFraction(item.options, *chosen)
                                                : chosenFraction(item.spans, *chosen)) *
               item.points;
    }
    case ItemType::Ordering: {
        const QStringList *order = std::get_if<QStringList>(&answer.value);
        return order ? orderingFraction(item, *order) * item.points : 0;
    }
    case ItemType::Matching: {
        const Matches *pairs = std::get_if<Matches>(&answer.value);
        return pairs ? matchingFraction(item, *pairs) * item.points : 0;
    }
    case ItemType::Numeric: {
        const double *given = std::get_if<double>(&answer.value);
        return given && item.numeric.accepts(*given) ? item.points : 0;
    }
    case ItemType::Text: {
        const QString *typed = std::get_if<QString>(&answer.value);
        return typed && textAccepted(item.textKey, *typed) ? item.points : 0;
    }
    case ItemType::Likert:
        break;
    }
    return 0;
}

double cbmMark(double fraction, std::optional<int> confidence)
{
    const int level = confidence && isConfidence(*confidence) ? *confidence : lowConfidence;
    static constexpr double wrongMarks[] = {0, -2, -6};
    if (fraction <= 5e-8)
        return wrongMarks[level - 1];
    return level * fraction;
}

namespace {

// The certainty-based marking sums of one domain or of the whole attempt.
struct CbmSums
{
    double markPoints = 0; // sum of mark x points
    double points = 0;
    CalibrationByLevel calibration{};

    void add(const Item &item, double earned, bool answered, std::optional<int> confidence)
    {
        const double fraction = item.points > 0 ? earned / item.points : 0;
        points += item.points;
        if (!answered)
            return; // marks 0
        markPoints += cbmMark(fraction, confidence) * item.points;
        const int level = confidence && isConfidence(*confidence) ? *confidence : lowConfidence;
        Calibration &c = calibration[size_t(level - 1)];
        ++c.answered;
        c.right += verdictFor(earned, item.points) == Verdict::Correct;
    }
    std::optional<double> average() const
    {
        return points > 0 ? std::optional(markPoints / points) : std::nullopt;
    }
};

// Each domain's level from its percent, then the overall percent (every domain with a percent
// counts by its weight) and level: the one place an overall percent is made.
void weighDomains(const Quiz &quiz, Report &report)
{
    double weighted = 0, weights = 0;
    bool anyPercent = false;
    for (qsizetype i = 0; i < report.domains.size() && i < quiz.domains.size(); ++i) {
        DomainResult &domain = report.domains[i];
        if (!domain.percent)
            continue;
        domain.level = levelFor(quiz.domains[i].levels, *domain.percent);
        weighted += quiz.domains[i].weight * *domain.percent;
        weights += quiz.domains[i].weight;
        anyPercent = true;
    }
    if (anyPercent && weights > 0) {
        report.overallPercent = weighted / weights;
        report.overallLevel = levelFor(quiz.levels, *report.overallPercent);
    }
}

// The one scoring loop. `included` (null: every item) marks the attempt's items, by index;
// `confidences` (null: none given) is read only when the quiz asks for confidence.
// Per thread: a test counts what its own thread did, not scoring done in the background.
thread_local quint64 scoreItemsCalls = 0;

Report scoreItems(const Quiz &quiz, const AnswerList &answers, const QList<bool> *included,
                  const Confidences *confidences)
{
    ++scoreItemsCalls;
    Report report;
    report.domains.reserve(quiz.domains.size());
    for (const Domain &d : quiz.domains)
        report.domains.append(DomainResult{d.id, 0, 0, 0, {}, {}, {}, 0, {}, {}});
    // A quiz has a handful of domains: a scan is cheaper than hashing every item's domain.
    const auto domainIndex = [&](const QString &id) -> qsizetype {
        for (qsizetype i = 0; i < quiz.domains.size(); ++i)
            if (quiz.domains[i].id == id)
                return i;
        return -1;
    };
    QList<double> ratingSums(quiz.domains.size(), 0.0);
    QList<CbmSums> domainCbm(quiz.confidence ? quiz.domains.size() : 0);
    CbmSums overallCbm;
    report.items.reserve(quiz.items.size());
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
        if (included && !included->at(i))
            continue;
        const Item &item = quiz.items[i];
        const auto index = domainIndex(item.domain);
        if (index < 0)
            continue; // the loader rejects such items; a hand-made Quiz may not
        DomainResult &domain = report.domains[index];
        const Answer *answer = i < answers.size() ? &answers[i] : nullptr;
        const bool answered = answer && !answer->isEmpty();
        if (!item.isScored()) {
            if (answered && std::holds_alternative<int>(answer->value)) {
                ratingSums[index] += std::get<int>(answer->value);
                ++domain.selfRatingCount;
            }
            continue;
        }
        const double earned = answered ? itemPoints(item, *answer) : 0;
        ItemScore itemScore{item.id, item.domain, earned, item.points, answered, {}};
        if (quiz.confidence) {
            if (answered && confidences && confidences->contains(item.id))
                itemScore.confidence = confidences->value(item.id);
            domainCbm[index].add(item, earned, answered, itemScore.confidence);
            overallCbm.add(item, earned, answered, itemScore.confidence);
        }
        report.items.append(itemScore);
        domain.earned += earned;
        domain.max += item.points;
        ++domain.scoredItems;
    }
    for (qsizetype i = 0; i < report.domains.size(); ++i) {
        DomainResult &domain = report.domains[i];
        if (domain.selfRatingCount > 0)
            domain.selfRating = ratingSums[i] / domain.selfRatingCount;
        if (quiz.confidence) {
            domain.cbmAverage = domainCbm[i].average();
            domain.calibration = domainCbm[i].calibration;
        }
        if (domain.scoredItems > 0 && domain.max > 0)
            domain.percent = domain.earned / domain.max * 100;
    }
    weighDomains(quiz, report);
    if (quiz.confidence) {
        report.cbmAverage = overallCbm.average();
        report.calibration = overallCbm.calibration;
    }
    return report;
}

AnswerList inItemOrder(const Quiz &quiz, const Responses &responses)
{
    AnswerList answers(quiz.items.size());
    if (!responses.isEmpty())
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            answers[i] = responses.value(quiz.items[i].id);
    return answers;
}

} // namespace

quint64 scoreCalls()
{
    return scoreItemsCalls;
}

Report score(const Quiz &quiz, const Responses &responses)
{
    return scoreItems(quiz, inItemOrder(quiz, responses), nullptr, nullptr);
}

Report score(const Quiz &quiz, const Responses &responses, const QStringList &itemIds,
             const Confidences &confidences)
{
    const QSet<QString> ids(itemIds.cbegin(), itemIds.cend());
    QList<bool> included(quiz.items.size());
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        included[i] = ids.contains(quiz.items[i].id);
    return scoreItems(quiz, inItemOrder(quiz, responses), &included, &confidences);
}

Report score(const Quiz &quiz, const AnswerList &answers)
{
    return scoreItems(quiz, answers, nullptr, nullptr);
}

Report score(const Quiz &quiz, const AnswerList &answers, const QList<bool> &included)
{
    return scoreItems(quiz, answers, &included, nullptr);
}

Report reportFromPercents(const Quiz &quiz, const QMap<QString, double> &domainPercents,
                          const QMap<QString, double> &selfRatings)
{
    Report report;
    report.domains.reserve(quiz.domains.size());
    for (const Domain &d : quiz.domains) {
        DomainResult domain{d.id, 0, 0, 0, {}, {}, {}, 0, {}, {}};
        for (const Item &item : quiz.items)
            if (item.domain == d.id && item.isScored())
                ++domain.scoredItems;
        if (const auto percent = domainPercents.constFind(d.id); percent != domainPercents.cend())
            domain.percent = std::clamp(*percent, 0.0, 100.0);
        if (const auto rating = selfRatings.constFind(d.id); rating != selfRatings.cend()) {
            domain.selfRating = std::clamp(*rating, 1.0, 5.0);
            domain.selfRatingCount = 1;
        }
        report.domains.append(domain);
    }
    weighDomains(quiz, report);
    return report;
}

} // namespace hitready
