#include "report.h"

#include <QHash>
#include <QSet>

namespace hitready {

const DomainResult *Report::domain(const QString &domainId) const
{
    for (const DomainResult &d : domains)
        if (d.domainId == domainId)
            return &d;
    return nullptr;
}

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
    case ItemType::Multiple: {
        const QStringList *chosen = std::get_if<QStringList>(&answer.value);
        if (!chosen)
            return 0;
        int correctOptions = 0, rightChosen = 0, wrongChosen = 0;
        for (const Option &o : item.options) {
            const bool picked = chosen->contains(o.id);
            correctOptions += o.correct;
            rightChosen += picked && o.correct;
            wrongChosen += picked && !o.correct;
        }
        if (correctOptions == 0)
            return 0;
        return std::max(0.0, double(rightChosen - wrongChosen) / correctOptions) * item.points;
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
        c.right += fraction > 0.5;
    }
    std::optional<double> average() const
    {
        return points > 0 ? std::optional(markPoints / points) : std::nullopt;
    }
};

// The one scoring loop. `included` (null: every item) marks the attempt's items, by index;
// `confidences` (null: none given) is read only when the quiz asks for confidence.
Report scoreItems(const Quiz &quiz, const AnswerList &answers, const QList<bool> *included,
                  const Confidences *confidences)
{
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
    double weighted = 0, weights = 0;
    bool anyPercent = false;
    for (qsizetype i = 0; i < report.domains.size(); ++i) {
        DomainResult &domain = report.domains[i];
        if (domain.selfRatingCount > 0)
            domain.selfRating = ratingSums[i] / domain.selfRatingCount;
        if (quiz.confidence) {
            domain.cbmAverage = domainCbm[i].average();
            domain.calibration = domainCbm[i].calibration;
        }
        if (domain.scoredItems == 0 || domain.max <= 0)
            continue;
        domain.percent = domain.earned / domain.max * 100;
        domain.level = levelFor(quiz.domains[i].levels, *domain.percent);
        weighted += quiz.domains[i].weight * *domain.percent;
        weights += quiz.domains[i].weight;
        anyPercent = true;
    }
    if (anyPercent && weights > 0) {
        report.overallPercent = weighted / weights;
        report.overallLevel = levelFor(quiz.levels, *report.overallPercent);
    }
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

} // namespace hitready
