#include "ruleanalysis.h"

#include "internal/rulespace.h"
#include "plan.h"
#include "report.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace hitready {

namespace {

using namespace detail;

// Where the enumeration stands: an index per percent domain and one self-rating combination.
struct Point
{
    QList<qsizetype> percent;
    qsizetype rating = 0;
};

class Explorer
{
public:
    Explorer(const Quiz &quiz, const RuleSpaceOptions &options)
        : m_quiz(quiz), m_scored(quiz), m_options(options)
    {
        QSet<std::pair<QString, bool>> kept;
        m_scored.items.clear();
        for (const Item &item : quiz.items)
            if (!kept.contains({item.domain, item.isScored()})) {
                kept.insert({item.domain, item.isScored()});
                m_scored.items.append(item);
            }
    }

    RuleAnalysis run();

private:
    void chooseDimensions();
    void enumerate();
    void lower(qsizetype rule);
    ScoreProfile profileAt(const Point &point) const;
    ScoreProfile profile(const QMap<QString, double> &percents,
                         const QMap<QString, double> &ratings) const;
    void noteGap(const Point &point, const std::optional<double> &overall);

    const Quiz &m_quiz;
    // The quiz with one scored and one likert item per domain that has them: its reports
    // from reportFromPercents() are the quiz's own (weights, levels, percents, overall), but
    // made without counting every item, which the enumeration would do a million times.
    // Only DomainResult::scoredItems differs, and no condition reads it.
    Quiz m_scored;
    const RuleSpaceOptions m_options;
    RuleAnalysis m_result;
    QList<Node> m_nodes;
    QList<bool> m_nodeHeld;
    QList<QList<double>> m_percentValues;      // by percentDomains index
    QList<QMap<QString, double>> m_ratingSets; // every self-rating combination (absent: none)
    QList<Report> m_ratingReports;             // reportFromPercents({}, each combination)
    QList<std::optional<Point>> m_lowest;      // by rule
    QList<double> m_lowestOverall;             // by rule
    // The gap profiles kept as examples: lowest overall, highest, highest in each domain.
    std::optional<Point> m_gapLowest, m_gapHighest;
    QList<std::optional<Point>> m_gapTopOf;
};

void Explorer::chooseDimensions()
{
    QSet<QString> scored, rated;
    for (const Item &item : m_quiz.items)
        (item.isScored() ? scored : rated).insert(item.domain);
    QMap<QString, QList<Bound>> percentBounds, ratingBounds;
    QList<Bound> overallBounds;
    for (const Node &node : std::as_const(m_nodes)) {
        const Condition &c = *node.condition;
        if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any)
            continue;
        QList<Bound> &bounds = c.kind == Condition::Kind::Overall      ? overallBounds
                               : c.kind == Condition::Kind::SelfRating ? ratingBounds[c.domain]
                                                                       : percentBounds[c.domain];
        if (c.min)
            bounds.append({*c.min, true});
        if (c.max)
            bounds.append({*c.max, false});
    }
    QList<double> grid;
    const double step = m_result.step;
    for (int i = 0; i * step < 100; ++i)
        grid.append(i * step);
    grid.append(100);
    for (const Domain &d : m_quiz.domains) {
        if (scored.contains(d.id)) {
            m_result.percentDomains.append(d.id);
            // The overall bounds too: a learner with every domain at X is at X overall.
            const auto values =
                dimensionValues(grid, percentBounds.value(d.id) + overallBounds, 0, 100);
            m_result.percentValues.insert(d.id, values);
            m_percentValues.append(values);
        }
        if (rated.contains(d.id) && ratingBounds.contains(d.id)) {
            m_result.ratedDomains.append(d.id);
            m_result.ratingValues.insert(
                d.id, dimensionValues({1, 2, 3, 4, 5}, ratingBounds.value(d.id), 1, 5));
        }
    }
    // Every combination of the read self-ratings, "none" (an unanswered likert item) included.
    m_ratingSets = {QMap<QString, double>{}};
    for (const QString &domain : std::as_const(m_result.ratedDomains)) {
        QList<QMap<QString, double>> combined;
        for (const auto &set : std::as_const(m_ratingSets)) {
            combined.append(set);
            for (double value : m_result.ratingValues.value(domain)) {
                combined.append(set);
                combined.last().insert(domain, value);
            }
        }
        m_ratingSets = combined;
    }
    for (const auto &set : std::as_const(m_ratingSets))
        m_ratingReports.append(reportFromPercents(m_scored, {}, set));
}

RuleAnalysis Explorer::run()
{
    m_result.step = m_options.step > 0 && m_options.step <= 100 ? m_options.step : 5;
    for (qsizetype r = 0; r < m_quiz.recommendations.size(); ++r) {
        const Recommendation &rec = m_quiz.recommendations[r];
        RuleFinding finding;
        finding.recommendationId = rec.id;
        finding.kind = rec.kind;
        finding.conditional = rec.when.has_value();
        finding.canHold = !finding.conditional;
        m_result.rules.append(finding);
        m_result.hasConditional = m_result.hasConditional || finding.conditional;
        if (rec.when)
            collectNodes(*rec.when, QStringLiteral("when"), r, -1, m_nodes);
    }
    m_nodeHeld = QList<bool>(m_nodes.size(), false);
    m_lowest = QList<std::optional<Point>>(m_quiz.recommendations.size());
    m_lowestOverall =
        QList<double>(m_quiz.recommendations.size(), std::numeric_limits<double>::infinity());
    chooseDimensions();
    m_gapTopOf = QList<std::optional<Point>>(m_result.percentDomains.size());
    enumerate();
    for (qsizetype r = 0; r < m_result.rules.size(); ++r) {
        RuleFinding &finding = m_result.rules[r];
        if (!finding.conditional || !m_lowest[r])
            continue;
        finding.canHold = true;
        lower(r);
        finding.certificationAtLowestBand = finding.kind == RecommendationKind::Certification &&
                                            m_quiz.levels.size() > 1 &&
                                            finding.lowest->overallBand == 0;
    }
    // The conditions that hold for nobody: each one whose parent holds for somebody (the
    // outermost dead part of a rule), and each one that cannot have a number at all. A `when`
    // that never holds is already the rule's own finding (canHold).
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        if (m_nodeHeld[i])
            continue;
        const Condition &c = *node.condition;
        DeadCondition dead{node.path, c, DeadCondition::Why::OutOfReach};
        if (c.kind == Condition::Kind::Overall && m_result.percentDomains.isEmpty())
            dead.why = DeadCondition::Why::NoOverall;
        else if (c.kind == Condition::Kind::DomainPercent &&
                 !m_result.percentDomains.contains(c.domain))
            dead.why = DeadCondition::Why::NoScoredItems;
        else if (c.kind == Condition::Kind::SelfRating && !m_result.ratedDomains.contains(c.domain))
            dead.why = DeadCondition::Why::NoSelfRatings;
        const bool parentHolds = node.parent >= 0 && m_nodeHeld[node.parent];
        if (dead.why != DeadCondition::Why::OutOfReach || parentHolds)
            m_result.rules[node.rule].deadConditions.append(dead);
    }
    if (m_result.gaps.uncovered > 0) {
        RuleGaps &gaps = m_result.gaps;
        QList<Point> kept{*m_gapLowest};
        for (const auto &top : std::as_const(m_gapTopOf))
            if (top)
                kept.append(*top);
        kept.append(*m_gapHighest);
        for (const Point &point : std::as_const(kept)) {
            const ScoreProfile example = profileAt(point);
            if (!gaps.examples.contains(example) &&
                gaps.examples.size() < std::max(2, m_options.maxGapExamples))
                gaps.examples.append(example);
        }
        // The highest overall last, even when the limit cut examples in between.
        const ScoreProfile highest = profileAt(*m_gapHighest);
        if (!gaps.examples.contains(highest))
            gaps.examples.last() = highest;
        std::stable_sort(gaps.examples.begin(), gaps.examples.end(),
                         [](const ScoreProfile &a, const ScoreProfile &b) {
                             return a.overallPercent.value_or(-1) < b.overallPercent.value_or(-1);
                         });
    }
    return m_result;
}

void Explorer::enumerate()
{
    const auto &recs = m_quiz.recommendations;
    QList<qsizetype> fixedRules, ratingRules; // conditional rules not / reading self-ratings
    for (qsizetype r = 0; r < recs.size(); ++r)
        if (recs[r].when)
            (readsSelfRating(*recs[r].when) ? ratingRules : fixedRules).append(r);
    QMap<QString, double> percents;
    for (qsizetype d = 0; d < m_result.percentDomains.size(); ++d)
        percents.insert(m_result.percentDomains[d], m_percentValues[d].first());
    Point point{QList<qsizetype>(m_result.percentDomains.size(), 0), 0};
    // How uneven a profile's domain percents are: of two profiles at the same overall
    // percent, the more even one is the example (rhit at 70 everywhere, not 0/80/100/100).
    const auto spread = [&](const Point &p) {
        double low = 100, high = 0;
        for (qsizetype d = 0; d < p.percent.size(); ++d) {
            low = std::min(low, m_percentValues[d][p.percent[d]]);
            high = std::max(high, m_percentValues[d][p.percent[d]]);
        }
        return high - low;
    };
    const auto found = [&](qsizetype r, const std::optional<double> &overall) {
        const double key = overall.value_or(-1);
        if (!m_lowest[r] || key < m_lowestOverall[r] - 1e-9 ||
            (key <= m_lowestOverall[r] + 1e-9 && spread(point) < spread(*m_lowest[r]))) {
            m_lowest[r] = point;
            m_lowestOverall[r] = std::min(key, m_lowestOverall[r]);
        }
    };
    // Conditions that do not read a self-rating are checked once per percent profile.
    QList<qsizetype> fixedNodes, ratingNodes;
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        (readsSelfRating(*m_nodes[i].condition) ? ratingNodes : fixedNodes).append(i);
    const auto unseen = [&](const QList<qsizetype> &nodes) {
        return std::any_of(nodes.cbegin(), nodes.cend(),
                           [&](qsizetype i) { return !m_nodeHeld[i]; });
    };
    bool ratingNodesUnseen = unseen(ratingNodes);
    while (true) {
        Report report = reportFromPercents(m_scored, percents);
        const auto overall = report.overallPercent;
        bool coveredByFixed = false;
        point.rating = 0; // no self-ratings: these rules do not read them
        for (qsizetype r : std::as_const(fixedRules))
            if (holds(*recs[r].when, report)) {
                coveredByFixed = true;
                found(r, overall);
            }
        for (qsizetype i : std::as_const(fixedNodes))
            if (!m_nodeHeld[i])
                m_nodeHeld[i] = holds(*m_nodes[i].condition, report);
        // The self-ratings matter here only for a gap, a rule that could be given at a lower
        // overall percent than found so far, or a condition not yet seen to hold.
        bool ratingsMatter = (!coveredByFixed && m_result.hasConditional) || ratingNodesUnseen;
        for (qsizetype r : std::as_const(ratingRules))
            ratingsMatter = ratingsMatter || overall.value_or(-1) <= m_lowestOverall[r] + 1e-9;
        if (!ratingsMatter)
            m_result.profiles += m_ratingSets.size();
        for (qsizetype s = 0; ratingsMatter && s < m_ratingSets.size(); ++s) {
            // Self-ratings change no percent: the report of these percents and these
            // self-ratings is the percents' report with the self-ratings' fields, both
            // made by reportFromPercents() (tst_rules checks every example against it).
            for (qsizetype d = 0; d < report.domains.size(); ++d) {
                report.domains[d].selfRating = m_ratingReports[s].domains[d].selfRating;
                report.domains[d].selfRatingCount = m_ratingReports[s].domains[d].selfRatingCount;
            }
            point.rating = s;
            bool covered = coveredByFixed;
            for (qsizetype r : std::as_const(ratingRules))
                if (holds(*recs[r].when, report)) {
                    covered = true;
                    found(r, overall);
                }
            if (ratingNodesUnseen) {
                for (qsizetype i : std::as_const(ratingNodes))
                    if (!m_nodeHeld[i])
                        m_nodeHeld[i] = holds(*m_nodes[i].condition, report);
                ratingNodesUnseen = unseen(ratingNodes);
            }
            if (!covered && m_result.hasConditional)
                noteGap(point, overall);
            ++m_result.profiles;
        }
        // The next percent profile, the last domain turning fastest.
        qsizetype d = point.percent.size() - 1;
        for (; d >= 0; --d) {
            const QString &id = m_result.percentDomains[d];
            if (++point.percent[d] < m_percentValues[d].size()) {
                percents[id] = m_percentValues[d][point.percent[d]];
                break;
            }
            point.percent[d] = 0;
            percents[id] = m_percentValues[d].first();
        }
        if (d < 0)
            break;
    }
}

void Explorer::noteGap(const Point &point, const std::optional<double> &overall)
{
    RuleGaps &gaps = m_result.gaps;
    ++gaps.uncovered;
    const double key = overall.value_or(-1);
    if (!m_gapLowest || key < gaps.overallMin.value_or(-1)) {
        m_gapLowest = point;
        gaps.overallMin = overall;
    }
    if (!m_gapHighest || key > gaps.overallMax.value_or(-1)) {
        m_gapHighest = point;
        gaps.overallMax = overall;
    }
    for (qsizetype d = 0; d < point.percent.size(); ++d) {
        const QString &id = m_result.percentDomains[d];
        const double value = m_percentValues[d][point.percent[d]];
        auto range = gaps.domains.find(id);
        if (range == gaps.domains.end())
            range = gaps.domains.insert(id, {value, value});
        range->first = std::min(range->first, value);
        if (!m_gapTopOf[d] || value > range->second) {
            range->second = value;
            m_gapTopOf[d] = point;
        }
    }
}

ScoreProfile Explorer::profile(const QMap<QString, double> &percents,
                               const QMap<QString, double> &ratings) const
{
    const Report report = reportFromPercents(m_quiz, percents, ratings);
    return {percents, ratings, report.overallPercent, bandOf(m_quiz, report.overallPercent)};
}

ScoreProfile Explorer::profileAt(const Point &point) const
{
    QMap<QString, double> percents;
    for (qsizetype d = 0; d < point.percent.size(); ++d)
        percents.insert(m_result.percentDomains[d], m_percentValues[d][point.percent[d]]);
    return profile(percents, m_ratingSets[point.rating]);
}

// The grid's lowest profile, lowered one domain at a time (to a hundredth) while the rule
// still holds and the overall percent falls: an overall bound between grid values, or a
// weighted mix of domains, is then met as closely as the report shows it.
void Explorer::lower(qsizetype rule)
{
    const Condition &when = *m_quiz.recommendations[rule].when;
    ScoreProfile best = profileAt(*m_lowest[rule]);
    const auto holdsAt = [&](const QMap<QString, double> &percents) -> std::optional<double> {
        const Report report = reportFromPercents(m_quiz, percents, best.selfRatings);
        if (!holds(when, report))
            return std::nullopt;
        return report.overallPercent.value_or(-1);
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &domain : std::as_const(m_result.percentDomains)) {
            QMap<QString, double> percents = best.domainPercents;
            double failing = 0, holding = percents.value(domain);
            percents[domain] = 0;
            if (holding <= 0)
                continue;
            if (!holdsAt(percents)) {
                for (int i = 0; i < 30 && holding - failing > 1e-6; ++i) {
                    percents[domain] = (failing + holding) / 2;
                    (holdsAt(percents) ? holding : failing) = percents[domain];
                }
                percents[domain] = std::min(best.domainPercents.value(domain),
                                            std::ceil(holding * 100 - 1e-7) / 100);
            }
            const auto overall = holdsAt(percents);
            if (overall && *overall < best.overallPercent.value_or(-1))
                best = profile(percents, best.selfRatings);
        }
    }
    m_result.rules[rule].lowest = best;
}

} // namespace

bool RuleAnalysis::hasWarnings() const
{
    return std::any_of(rules.cbegin(), rules.cend(), [](const RuleFinding &f) {
        return (f.conditional && !f.canHold) || f.certificationAtLowestBand ||
               !f.deadConditions.isEmpty();
    });
}

RuleAnalysis analyseRules(const Quiz &quiz, const RuleSpaceOptions &options)
{
    return Explorer(quiz, options).run();
}

} // namespace hitready
