#pragma once
// The sum behind Moodle's covariancemax, the denominator of discriminative efficiency: an
// item's marks and its rest-of-test scores, each sorted ascending and paired by rank. Sorting
// 100,000 values twice per item was most of the statistics' arithmetic; both lists have few
// distinct values (an item's marks, a test's totals, the maxima of drawn attempts), so rows
// are counted per (mark, total, maximum) instead, which gives the sorted lists as runs of
// equal values. Internal to engine/ (itemstats.cpp).

#include "marksmatrix.h"

#include <functional>
#include <utility>
#include <vector>

namespace hitready {

// The distinct values of a per-row list, ascending, and each row's index among them.
struct ValueLevels
{
    std::vector<double> values;
    std::vector<qint32> ofRow;
};
ValueLevels valueLevels(const std::vector<double> &perRow);

// How equal terms of the sum are added: as one product per run of equal pairs, or one by one
// per rank, exactly as a sum over the two sorted lists adds them.
enum class RunSum { Multiplied, PerRank };

// A row's rest-of-test score from its total, its mark on the item and its maximum.
using RestScore = std::function<double(double total, double mark, double rowMax)>;

// Reused from column to column by one thread.
struct SortedPairing
{
    // Sum over ranks k of (sortedMark_k - meanMark) x (sortedRest_k - meanRest) over the
    // present cells of `column`. `maxima` may be null when every row has the same maximum
    // (rest() then gets 0 for it).
    double sum(const MarksMatrix &m, qsizetype column, const ValueLevels &totals,
               const ValueLevels *maxima, const RestScore &rest, double meanMark, double meanRest,
               RunSum adding);

private:
    double sortedOutright(const MarksMatrix &m, qsizetype column, const ValueLevels &totals,
                          const ValueLevels *maxima, const RestScore &rest, double meanMark,
                          double meanRest) const;

    std::vector<qint64> m_counts; // per (mark code, maximum level, total level)
    std::vector<std::pair<double, qint64>> m_marks, m_rests;
};

} // namespace hitready
