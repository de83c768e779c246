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
    Report report;
    QHash<QString, qsizetype> domainIndex;
    report.domains.reserve(quiz.domains.size());
    for (const Domain &d : quiz.domains) {
        domainIndex.insert(d.id, report.domains.size());
        report.domains.append(DomainResult{d.id, 0, 0, 0, {}, {}, {}, 0});
    }
    QList<double> ratingSums(quiz.domains.size(), 0.0);
    report.items.reserve(quiz.items.size());
    for (const Item &item : quiz.items) {
        const auto index = domainIndex.value(item.domain, -1);
        if (index < 0)
            continue; // the loader rejects such items; a hand-made Quiz may not
        DomainResult &domain = report.domains[index];
        const auto it = responses.constFind(item.id);
        const bool answered = it != responses.cend() && !it->isEmpty();
        if (!item.isScored()) {
            if (answered && std::holds_alternative<int>(it->value)) {
                ratingSums[index] += std::get<int>(it->value);
                ++domain.selfRatingCount;
            }
            continue;
        }
        const double earned = answered ? itemPoints(item, *it) : 0;
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
