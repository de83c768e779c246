#pragma once
// Moodle's per-item figures (question/classes/statistics/questions/calculator.php) over a
// marks matrix: facility, SD, intended and effective weight, discrimination index and
// discriminative efficiency. Pure functions; definitions in docs/statistics.md.

#include "marksmatrix.h"
#include "statistics.h"

#include <optional>

namespace hitready {

// One ItemStatistics per column, with maxMark, attempts and the figures above filled in (ids,
// types, responses and flags are the caller's). An item's figures use the rows where its cell
// is present (held and drawn); its rest-of-test score is the row's total over present cells
// minus its mark. When rows differ in their maximum, the rest and the total are percentages
// of the row's own maxima (docs/statistics.md, "Attempts with different items").
// `threads` > 1 shares the columns among that many threads.
QList<ItemStatistics> itemFigures(const MarksMatrix &matrix, int threads = 1);

// The fraction of the item's marks (0..1) a learner guessing at random earns on average;
// nullopt for items that are not scored. Rules per item type in docs/statistics.md.
std::optional<double> randomGuessScore(const Item &item);

// The flags of one item from its figures and responses (facility, discrimination, options
// chosen by nobody).
QList<StatisticsFlag> itemFlags(const ItemStatistics &item);

} // namespace hitready
