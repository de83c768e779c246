#pragma once
// The judgments made of one answer, in one place for the GUI, the CLI and the scorer: whether an
// item is answered in several steps, and whether an answer is right, partly right or wrong.
//
// The rule of record: an answer is right (Correct) when it earns the item's full points (to
// within 1e-9 x max(1, points), for sums of fractions); partly right (PartlyCorrect) when it
// earns more than that tolerance but less than the full points; wrong (NotCorrect) otherwise.
// The calibration counts of certainty-based marking count Correct verdicts as "right".

#include <QObject>

namespace hitready {

struct Answer;
struct Item;
enum class ItemType;

namespace judgment {
Q_NAMESPACE
enum class Verdict {
    Correct,
    PartlyCorrect,
    NotCorrect,
};
Q_ENUM_NS(Verdict)
} // namespace judgment

using judgment::Verdict;

// The verdict on an answer earning `earned` of an item's `points`.
Verdict verdictFor(double earned, double points);
// The verdict on `answer` to `item` (scored by itemPoints()).
Verdict judge(const Item &item, const Answer &answer);
// True when an answer of this type is built up over several steps (choose several options,
// order, match, select parts, type): in practice mode its feedback waits until the learner
// checks it or leaves the item. One click answers single, true/false and likert items.
bool isAnsweredInSteps(ItemType type);

} // namespace hitready
