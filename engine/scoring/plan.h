#pragma once
// Turns a report into next steps: the recommendations whose conditions hold, with reasons.

#include "quiz.h"
#include "report.h"

namespace hitready {

// One condition that held, with the learner's number that made it hold. Structured data only:
// the sentence a learner reads is Words::reason() (app/words), in the learner's language.
struct Reason
{
    Condition::Kind kind = Condition::Kind::Overall; // Overall, DomainPercent or SelfRating
    QString domain;
    double value = 0;
    std::optional<double> min;
    std::optional<double> max;
    bool operator==(const Reason &) const = default;
};

struct PlannedStep
{
    const Recommendation *recommendation = nullptr; // points into the quiz scored
    QList<Reason> reasons; // empty: the recommendation applies to every learner
};

using Plan = QList<PlannedStep>;

// Whether `condition` holds for `report`; appends the leaf conditions that made it hold.
bool holds(const Condition &condition, const Report &report, QList<Reason> *reasons = nullptr);

// The recommendations whose `when` holds, in quiz order.
Plan recommend(const Quiz &quiz, const Report &report);

} // namespace hitready
