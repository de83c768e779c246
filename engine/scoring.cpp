#include "report.h"

#include <QHash>

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

Report score(const Quiz &quiz, const Responses &responses)
{
    AnswerList answers(quiz.items.size());
    if (!responses.isEmpty())
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            answers[i] = responses.value(quiz.items[i].id);
    return score(quiz, answers);
}

Report score(const Quiz &quiz, const AnswerList &answers)
{
    Report report;
    report.domains.reserve(quiz.domains.size());
    for (const Domain &d : quiz.domains)
        report.domains.append(DomainResult{d.id, 0, 0, 0, {}, {}, {}, 0});
    // A quiz has a handful of domains: a scan is cheaper than hashing every item's domain.
    const auto domainIndex = [&](const QString &id) -> qsizetype {
        for (qsizetype i = 0; i < quiz.domains.size(); ++i)
            if (quiz.domains[i].id == id)
                return i;
        return -1;
    };
    QList<double> ratingSums(quiz.domains.size(), 0.0);
    report.items.reserve(quiz.items.size());
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
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
        report.items.append(ItemScore{item.id, item.domain, earned, item.points, answered});
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
    return report;
}

} // namespace hitready
