#include "itemstats.h"

#include <algorithm>

// Random guess scores per item type (docs/statistics.md, "Random guess score").

namespace hitready {

namespace {

double binomial(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    double result = 1;
    for (int i = 1; i <= k; ++i)
        result = result * double(n - k + i) / double(i);
    return result;
}

// A learner who knows how many options (or hottext spans) are correct picks that many at
// random; our rule scores max(0, (right - wrong) / correct). The expectation over the
// hypergeometric draw.
template <class Choices> std::optional<double> chooseAllGuess(const Choices &choices)
{
    const int n = int(choices.size());
    const int correct = int(
        std::count_if(choices.cbegin(), choices.cend(), [](const auto &c) { return c.correct; }));
    if (n == 0 || correct == 0)
        return std::nullopt;
    double expected = 0;
    for (int right = 0; right <= correct; ++right) {
        const double p = binomial(correct, right) * binomial(n - correct, correct - right) /
                         binomial(n, correct);
        expected += p * std::max(0.0, double(2 * right - correct) / correct);
    }
    return expected;
}

} // namespace

std::optional<double> randomGuessScore(const Item &item)
{
    if (!item.isScored())
        return std::nullopt;
    switch (item.type) {
    case ItemType::Single: {
        // Moodle: the mean of the options' fractions, 1 / options with one key.
        if (item.options.isEmpty())
            return std::nullopt;
        const auto keys = std::count_if(item.options.cbegin(), item.options.cend(),
                                        [](const Option &o) { return o.correct; });
        return double(keys) / double(item.options.size());
    }
    case ItemType::TrueFalse:
        return 0.5;
    case ItemType::Multiple:
        return chooseAllGuess(item.options);
    case ItemType::HotText: // its spans are marked like a choose-all item's options
        return chooseAllGuess(item.spans);
    case ItemType::Ordering: // an order, a pairing, a number or a text is not guessed
    case ItemType::Matching:
    case ItemType::Numeric:
    case ItemType::Text:
        return 0.0;
    case ItemType::Likert:
        break;
    }
    return std::nullopt;
}

} // namespace hitready
