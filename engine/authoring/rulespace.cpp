#include "internal/rulespace.h"

#include <QMap>
#include <algorithm>

namespace hitready::detail {

void collectNodes(const Condition &c, const QString &path, qsizetype rule, qsizetype parent,
                  QList<Node> &nodes)
{
    const qsizetype self = nodes.size();
    nodes.append({path, &c, rule, parent});
    const QString name =
        c.kind == Condition::Kind::All ? QStringLiteral("all") : QStringLiteral("any");
    for (qsizetype i = 0; i < c.children.size(); ++i)
        collectNodes(c.children[i], path + u'/' + name + u'/' + QString::number(i), rule, self,
                     nodes);
}

bool readsSelfRating(const Condition &c)
{
    return c.kind == Condition::Kind::SelfRating ||
           std::any_of(c.children.cbegin(), c.children.cend(), readsSelfRating);
}

// The values one dimension is tried at: the grid and every bound a condition names. Bounds
// are inclusive, so between two neighbouring bounds every value is alike for every condition
// and alike to the lower bound unless that is a `max`, to the upper unless that is a `min`.
// Only between a `max` and the next `min` (max 69.99, min 70) is there a class of learners
// neither bound stands for; its midpoint is tried when no grid value lies between. So a rule
// that holds only in a narrow band is still met, and a gap of a hundredth still found.
QList<double> dimensionValues(QList<double> values, const QList<Bound> &bounds, double low,
                              double high)
{
    QMap<double, std::pair<bool, bool>> breakpoints; // value -> (a min, a max)
    for (const Bound &b : bounds)
        if (b.value >= low && b.value <= high)
            (b.isMin ? breakpoints[b.value].first : breakpoints[b.value].second) = true;
    for (auto it = breakpoints.cbegin(); it != breakpoints.cend(); ++it)
        values.append(it.key());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (auto it = breakpoints.cbegin();
         it != breakpoints.cend() && std::next(it) != breakpoints.cend(); ++it) {
        const auto next = std::next(it);
        if (!it->second || !next->first)
            continue;
        const auto above = std::upper_bound(values.cbegin(), values.cend(), it.key());
        if (above == values.cend() || *above >= next.key())
            values.append((it.key() + next.key()) / 2);
    }
    std::sort(values.begin(), values.end());
    return values;
}

int bandOf(const Quiz &quiz, const std::optional<double> &overall)
{
    int band = -1;
    if (overall)
        for (qsizetype i = 0; i < quiz.levels.size(); ++i)
            if (quiz.levels[i].min <= *overall)
                band = int(i);
    return band;
}

} // namespace hitready::detail
