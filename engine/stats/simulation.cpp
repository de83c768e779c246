#include "simulation.h"

#include "attemptorder.h"
#include "itemstats.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace hitready {

namespace {

// SplitMix64: turns (seed, stream) into well-mixed engine seeds.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// std::mt19937_64 is specified to the bit; the distributions of <random> are not, so the
// draws below are our own.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal()                                                   // Box-Muller
    {
        const double u = 1.0 - uniform(); // (0, 1]
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    bool chance(double p) { return uniform() < p; }
    qsizetype pick(const QList<double> &weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double at = uniform() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (weights[i] > 0 && at < weights[i])
                return i;
            at -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// Choose-all and hottext: each right choice taken with `know`, each wrong one with
// 0.35 (1 - know); one at random when none was.
template <class Choices> QStringList chosenIds(const Choices &choices, double know, Draw &draw)
{
    QStringList chosen;
    for (const auto &c : choices)
        if (draw.chance(c.correct ? know : 0.35 * (1.0 - know)))
            chosen.append(c.id);
    if (chosen.isEmpty() && !choices.isEmpty())
        chosen.append(choices[qsizetype(draw.uniform() * choices.size())].id);
    return chosen;
}

// Ordering, not known: the key order with adjacent steps swapped - one pair, and another
// (at a different place) with 1 - know each, at most steps - 1 swaps - so most wrong orders
// still earn part of the marks.
QStringList misordered(const Item &item, double know, Draw &draw)
{
    QStringList order;
    for (const Entry &s : item.steps)
        order.append(s.id);
    const qsizetype places = order.size() - 1;
    if (places < 1)
        return order;
    qsizetype previous = -1;
    for (qsizetype swaps = 0; swaps == 0 || (swaps < places && draw.chance(1.0 - know)); ++swaps) {
        qsizetype at = qsizetype(draw.uniform() * (places - (previous >= 0)));
        if (previous >= 0 && at >= previous)
            ++at; // undoing the last swap would not be a mistake
        order.swapItemsAt(at, at + 1);
        previous = at;
    }
    for (qsizetype i = 0; i < order.size(); ++i)
        if (order[i] != item.steps[i].id)
            return order;
    order.swapItemsAt(0, 1); // an even number of swaps may have put every step back
    return order;
}

// Matching: each left entry paired with its right entry with `know`, else with another one
// (distractors included) by its fixed attractiveness `pull`.
Matches matched(const Item &item, const QList<double> &pull, double know, Draw &draw)
{
    Matches pairs;
    for (const Entry &left : item.left) {
        qsizetype match = 0;
        while (match < item.right.size() && item.right[match].id != left.match)
            ++match;
        qsizetype chosen = match;
        if (!draw.chance(know)) {
            QList<double> weights = pull.mid(0, item.right.size());
            if (match < weights.size())
                weights[match] = 0;
            if (std::any_of(weights.cbegin(), weights.cend(), [](double w) { return w > 0; }))
                chosen = draw.pick(weights);
        }
        if (chosen < item.right.size())
            pairs.append({left.id, item.right[chosen].id});
    }
    return pairs;
}

constexpr double skipRate = 0.03; // share of items a typical learner leaves unanswered
const QDateTime firstStart(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);

} // namespace

LearnerSimulation::LearnerSimulation(const Quiz &quiz, quint64 seed) : m_quiz(&quiz), m_seed(seed)
{
    Draw draw(mix(seed ^ 0xD1FF1C017ULL));
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        m_itemIndex.insert(quiz.items[i].id, i);
    for (const Item &item : quiz.items) {
        qsizetype domain = 0;
        while (domain < quiz.domains.size() && quiz.domains[domain].id != item.domain)
            ++domain;
        m_domainOf.append(domain);
        // Centred a little below 0 so that a typical learner earns about 60%.
        m_difficulty.append(item.isScored() ? draw.normal() - 0.4 : 0.0);
        QList<double> pull;
        for (const Option &o : item.options)
            pull.append(o.correct ? 0.0 : std::exp(draw.normal()));
        m_typed.append(typedAnswers(item));
        // Items of the later types draw here only, so quizzes without them keep their learners.
        for (qsizetype k = 0; k < item.right.size() + m_typed.last().wrong.size(); ++k)
            pull.append(std::exp(draw.normal()));
        m_distractorPull.append(pull);
        m_guessFloor.append(randomGuessScore(item).value_or(0.0));
        const auto key = std::find_if(item.options.cbegin(), item.options.cend(),
                                      [](const Option &o) { return o.correct; });
        m_key.append(key - item.options.cbegin());
    }
}

QStringList LearnerSimulation::unansweredItems() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_quiz->items.size(); ++i)
        if (m_quiz->items[i].type == ItemType::Text && m_typed[i].right.isEmpty())
            ids.append(m_quiz->items[i].id);
    return ids;
}

ImportedAttempt LearnerSimulation::learner(qint64 index) const
{
    const Quiz &quiz = *m_quiz;
    Draw draw(mix(m_seed ^ mix(quint64(index) + 1)));
    // Abilities per domain share a general factor, so domains correlate as real ones do.
    const double general = draw.normal();
    QList<double> ability;
    for (qsizetype d = 0; d < quiz.domains.size() + 1; ++d)
        ability.append(0.8 * general + 0.6 * draw.normal());

    ImportedAttempt a;
    a.profileName =
        QStringLiteral("simulated-%1-%2").arg(m_seed).arg(index + 1, 6, 10, QLatin1Char('0'));
    a.seed = mix(m_seed + quint64(index));
    // The items a real attempt with this seed shows (draws and order): only those are answered.
    a.itemOrder = itemOrder(quiz, a.seed);
    QList<bool> shown(quiz.items.size(), false);
    for (const QString &id : std::as_const(a.itemOrder))
        shown[m_itemIndex.value(id)] = true;
    a.answers.resize(quiz.items.size());
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
        if (!shown[i])
            continue; // not drawn into this attempt
        const Item &item = quiz.items[i];
        const double theta = ability[m_domainOf[i]];
        if (item.type == ItemType::Likert) {
            const double rating = std::round(3.0 + 1.1 * theta + 0.7 * draw.normal());
            a.answers[i].value = int(std::clamp(rating, 1.0, 5.0));
            continue;
        }
        const double know = logistic(theta - m_difficulty[i]);
        if (draw.chance(skipRate * 2.0 * (1.0 - know)))
            continue; // left unanswered, more often by those who do not know
        const double floor = m_guessFloor[i];
        const bool right = draw.chance(floor + (1.0 - floor) * know);
        switch (item.type) {
        case ItemType::Single:
            if (!item.options.isEmpty())
                a.answers[i].value =
                    item.options[right ? m_key[i] : draw.pick(m_distractorPull[i])].id;
            break;
        case ItemType::TrueFalse:
            a.answers[i].value = right ? item.answer : !item.answer;
            break;
        case ItemType::Multiple:
            a.answers[i].value = chosenIds(item.options, know, draw);
            break;
        case ItemType::HotText:
            a.answers[i].value = chosenIds(item.spans, know, draw);
            break;
        case ItemType::Ordering:
            if (right) {
                QStringList order;
                for (const Entry &s : item.steps)
                    order.append(s.id);
                a.answers[i].value = order;
            } else {
                a.answers[i].value = misordered(item, know, draw);
            }
            break;
        case ItemType::Matching:
            a.answers[i].value = matched(item, m_distractorPull[i], know, draw);
            break;
        case ItemType::Numeric:
        case ItemType::Text: {
            const TypedAnswers &typed = m_typed[i];
            if (typed.right.isEmpty())
                break;                          // unansweredItems()
            if (right || typed.wrong.isEmpty()) // a key that takes every text cannot be missed
                a.answers[i] =
                    typed.right.size() == 1 || draw.chance(0.75)
                        ? typed.right.first()
                        : typed.right[1 + qsizetype(draw.uniform() * (typed.right.size() - 1))];
            else
                a.answers[i] = typed.wrong[draw.pick(m_distractorPull[i])];
            break;
        }
        case ItemType::Likert:
            break; // answered above
        }
    }
    a.started = firstStart.addSecs(index * 37 + qint64(draw.uniform() * 30));
    a.elapsedMs = qint64(a.itemOrder.size()) * (20000 + qint64(draw.uniform() * 40000));
    a.finished = a.started.addMSecs(a.elapsedMs);
    return a;
}

} // namespace hitready
