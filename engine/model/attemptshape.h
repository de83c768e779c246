#pragma once
// How big an attempt is: how many items it shows, of which scored questions and self-ratings,
// the points it is worth and about how long it takes. Every screen, `hitready-cli info` and the
// PDF report take these numbers from here, so they agree with what itemOrder() gives an attempt.

#include "quiz.h"

#include <QStringList>
#include <optional>

namespace hitready {

struct AttemptShape
{
    int items = 0;          // shown in one attempt: questions + selfRatings
    int questions = 0;      // scored items shown
    int selfRatings = 0;    // likert items (always all of them)
    int poolQuestions = 0;  // scored items the questions come from (== questions without draw)
    double minPoints = 0;   // the points an attempt is worth: equal unless the drawn items
    double maxPoints = 0;   // are worth different points
    double sharedCases = 0; // stimuli shown; the expected number when draws pick them
    double seconds = 0;     // answering time: the expected value when draws pick the items
    std::optional<double> timeLimitMinutes;

    // Attempts differ in which scored questions they show.
    bool isDrawn() const { return poolQuestions > questions; }
    // About how long it takes, in whole minutes: seconds rounded up to a minute, from 15
    // minutes on up to a multiple of 5, and never more than the time limit.
    int estimatedMinutes() const;
    bool operator==(const AttemptShape &) const = default;
};

// Rough answering times (seconds) by item type, and for reading a shared case once.
double answeringSeconds(ItemType type);
inline constexpr double sharedCaseSeconds = 120;

// Any attempt of `quiz`: the counts are the same for every seed (draw: N of a domain's scored
// items, or all of them when it has fewer); points are the least and most a draw can give;
// sharedCases and seconds are the expected values over the draws.
AttemptShape attemptShape(const Quiz &quiz);
// One attempt showing `itemOrder` (ids of `quiz`; an empty order shows every item, as stored
// attempts from before orders did): exact figures. Ids the quiz does not have are ignored.
AttemptShape attemptShape(const Quiz &quiz, const QStringList &itemOrder);

} // namespace hitready
