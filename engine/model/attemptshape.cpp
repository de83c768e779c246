#include "attemptshape.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace hitready {

namespace {

// A domain whose scored items are drawn: how many of them, and which.
struct DrawnPool
{
    qsizetype keep = 0;
    QList<const Item *> items;
};

// The domains with `draw:`, as itemOrder() applies it: N of the domain's scored items, or all
// of them when it has fewer. Scored items of any other domain are always shown.
QHash<QString, DrawnPool> drawnPools(const Quiz &quiz)
{
    QHash<QString, DrawnPool> pools;
    for (const Domain &domain : quiz.domains)
        if (domain.draw)
            pools.insert(domain.id, {});
    for (const Item &item : quiz.items)
        if (item.isScored() && pools.contains(item.domain))
            pools[item.domain].items.append(&item);
    for (const Domain &domain : quiz.domains)
        if (domain.draw) {
            DrawnPool &pool = pools[domain.id];
            pool.keep = std::clamp<qsizetype>(*domain.draw, 0, pool.items.size());
        }
    return pools;
}

// The chance that none of `k` given items is among `keep` drawn from `size`:
// C(size - k, keep) / C(size, keep).
double noneDrawn(qsizetype size, qsizetype keep, qsizetype k)
{
    double p = 1;
    for (qsizetype i = 0; i < k; ++i) {
        if (size - keep - i <= 0)
            return 0;
        p *= double(size - keep - i) / double(size - i);
    }
    return p;
}

} // namespace

double answeringSeconds(ItemType type)
{
    switch (type) {
    case ItemType::Likert:
        return 20;
    case ItemType::TrueFalse:
        return 40;
    case ItemType::Single:
        return 60;
    case ItemType::Multiple:
        return 75;
    case ItemType::Numeric:
    case ItemType::Text:
        return 90;
    case ItemType::Ordering:
    case ItemType::Matching:
    case ItemType::HotText:
        return 120;
    }
    return 60;
}

int AttemptShape::estimatedMinutes() const
{
    if (seconds <= 0)
        return 0;
    // Expected values are sums of fractions: drop float noise before rounding up.
    int minutes = int(std::ceil(seconds / 60 - 1e-9));
    if (minutes >= 15)
        minutes = (minutes + 4) / 5 * 5;
    if (timeLimitMinutes)
        minutes = std::min(minutes, int(std::ceil(*timeLimitMinutes)));
    return std::max(1, minutes);
}

AttemptShape attemptShape(const Quiz &quiz)
{
    AttemptShape shape;
    shape.timeLimitMinutes = quiz.timeLimitMinutes;
    const QHash<QString, DrawnPool> pools = drawnPools(quiz);
    // Stimulus id -> domain id -> how many of its drawn items; "always" when one is always shown.
    QHash<QString, QHash<QString, qsizetype>> drawnOfCase;
    QSet<QString> alwaysShownCases;
    for (const Item &item : quiz.items) {
        if (!item.isScored()) {
            ++shape.selfRatings;
            shape.seconds += answeringSeconds(item.type);
            if (!item.stimulus.isEmpty())
                alwaysShownCases.insert(item.stimulus);
            continue;
        }
        ++shape.poolQuestions;
        const auto pool = pools.constFind(item.domain);
        if (pool == pools.cend()) {
            ++shape.questions;
            shape.minPoints += item.points;
            shape.maxPoints += item.points;
            shape.seconds += answeringSeconds(item.type);
            if (!item.stimulus.isEmpty())
                alwaysShownCases.insert(item.stimulus);
            continue;
        }
        shape.seconds += answeringSeconds(item.type) * double(pool->keep) / pool->items.size();
        if (!item.stimulus.isEmpty())
            ++drawnOfCase[item.stimulus][item.domain];
    }
    for (const DrawnPool &pool : pools) {
        shape.questions += int(pool.keep);
        QList<double> points;
        for (const Item *item : pool.items)
            points.append(item->points);
        std::sort(points.begin(), points.end());
        shape.minPoints += std::accumulate(points.cbegin(), points.cbegin() + pool.keep, 0.0);
        shape.maxPoints += std::accumulate(points.cend() - pool.keep, points.cend(), 0.0);
    }
    shape.items = shape.questions + shape.selfRatings;
    shape.sharedCases = double(alwaysShownCases.size());
    for (auto it = drawnOfCase.cbegin(); it != drawnOfCase.cend(); ++it) {
        if (alwaysShownCases.contains(it.key()))
            continue;
        // Each domain draws on a stream of its own: the chances multiply.
        double hidden = 1;
        for (auto d = it->cbegin(); d != it->cend(); ++d) {
            const DrawnPool &pool = pools[d.key()];
            hidden *= noneDrawn(pool.items.size(), pool.keep, d.value());
        }
        shape.sharedCases += 1 - hidden;
    }
    shape.seconds += shape.sharedCases * sharedCaseSeconds;
    return shape;
}

AttemptShape attemptShape(const Quiz &quiz, const QStringList &itemOrder)
{
    AttemptShape shape;
    shape.timeLimitMinutes = quiz.timeLimitMinutes;
    QHash<QString, const Item *> byId;
    byId.reserve(quiz.items.size());
    for (const Item &item : quiz.items) {
        byId.insert(item.id, &item);
        shape.poolQuestions += item.isScored();
    }
    QStringList order = itemOrder;
    if (order.isEmpty())
        for (const Item &item : quiz.items)
            order.append(item.id);
    QSet<QString> seen, cases;
    for (const QString &id : std::as_const(order)) {
        const Item *item = byId.value(id);
        if (!item || seen.contains(id))
            continue;
        seen.insert(id);
        if (item->isScored()) {
            ++shape.questions;
            shape.minPoints += item->points;
        } else {
            ++shape.selfRatings;
        }
        shape.seconds += answeringSeconds(item->type);
        if (!item->stimulus.isEmpty())
            cases.insert(item->stimulus);
    }
    shape.maxPoints = shape.minPoints;
    shape.items = shape.questions + shape.selfRatings;
    shape.sharedCases = double(cases.size());
    shape.seconds += shape.sharedCases * sharedCaseSeconds;
    return shape;
}

} // namespace hitready
