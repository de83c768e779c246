// Why a recommendation was given (Reason, engine/scoring/plan.h), as a sentence: one sentence
// per kind of condition and combination of bounds, so that each language can word each one
// whole instead of gluing "at least" to "and" to "at most".

#include "words.h"

#include <cmath>

namespace hitready {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The bounds as the sentence states them. A `max` just under a whole number (59.99) is how
// authors write "below 60" with inclusive bounds; it is stated that way.
struct StatedBounds
{
    std::optional<double> min;
    std::optional<double> max; // "at most max", or "below max" when `below`
    bool below = false;
};

StatedBounds stated(const Reason &reason)
{
    StatedBounds b;
    if (reason.min)
        b.min = rounded(*reason.min, 2);
    if (reason.max) {
        const double up = std::ceil(*reason.max);
        b.below = up > *reason.max && up - *reason.max <= 0.01 + 1e-9;
        b.max = b.below ? up : rounded(*reason.max, 2);
    }
    return b;
}

// The fewest decimals (from `fewest` to 2) that keep the stated sentence true of the learner's
// number: 35.28 against "under 70" is written 35, 59.6 against "under 60" 59.6, not 60.
int decimalsFor(double value, const StatedBounds &b, int fewest)
{
    for (int decimals = fewest; decimals < 2; ++decimals) {
        const double v = rounded(value, decimals);
        const bool minHolds = !b.min || v >= *b.min;
        const bool maxHolds = !b.max || (b.below ? v < *b.max : v <= *b.max);
        if (minHolds && maxHolds)
            return decimals;
    }
    return 2;
}

} // namespace

QString Words::reason(const Reason &reason, const Quiz &quiz) const
{
    const StatedBounds b = stated(reason);
    // A mean self-rating keeps its decimal (4.5 is not 5); percents are whole where they can be.
    const bool isRating = reason.kind == Condition::Kind::SelfRating;
    const int decimals = decimalsFor(reason.value, b, isRating ? 1 : 0);
    const QString value =
        isRating ? rating(reason.value, decimals) : percent(reason.value, decimals);
    // Bounds as the author wrote them: 60%, 59.5%, 4 of 5.
    const auto bound = [&](double v) {
        return isRating ? rating(v, 2) : percentOf(number(v));
    };
    const QString min = b.min ? bound(*b.min) : QString();
    const QString max = b.max ? bound(*b.max) : QString();
    switch (reason.kind) {
    case Condition::Kind::DomainPercent:
        return domainReason(domainTitle(quiz, reason.domain), value, min, max, b.below);
    case Condition::Kind::SelfRating:
        return selfRatingReason(domainTitle(quiz, reason.domain), value, min, max, b.below);
    case Condition::Kind::Overall:
    case Condition::Kind::All:
    case Condition::Kind::Any:
        break;
    }
    return overallReason(value, min, max, b.below);
}

// The comparisons are said the way people say them ("70% or more", "under 60%"), not as a
// rule's "at least" / "at most".
QString Words::overallReason(const QString &value, const QString &min, const QString &max,
                             bool below) const
{
    if (!min.isEmpty() && !max.isEmpty())
        return below
                   //: %1 the learner's overall percent, %2 and %3 bounds such as "50%"
                   ? tr("Your overall score, %1, is %2 or more and under %3.").arg(value, min, max)
                   //: %1 the learner's overall percent, %2 and %3 bounds such as "50%"
                   : tr("Your overall score, %1, is from %2 to %3.").arg(value, min, max);
    if (!min.isEmpty())
        //: %1 the learner's overall percent, %2 the lowest that counts, such as "70%"
        return tr("Your overall score, %1, is %2 or more.").arg(value, min);
    if (!max.isEmpty())
        return below
                   //: %1 the learner's overall percent, %2 a bound such as "50%"
                   ? tr("Your overall score, %1, is under %2.").arg(value, max)
                   //: %1 the learner's overall percent, %2 a bound such as "50%"
                   : tr("Your overall score, %1, is %2 or less.").arg(value, max);
    //: %1 the learner's overall percent
    return tr("Your overall score is %1.").arg(value);
}

QString Words::domainReason(const QString &title, const QString &value, const QString &min,
                            const QString &max, bool below) const
{
    if (!min.isEmpty() && !max.isEmpty())
        return below
                   //: %1 an area of the quiz, %2 the learner's percent in it, %3 and %4 bounds
                   ? tr("Your score in %1, %2, is %3 or more and under %4.")
                         .arg(title, value, min, max)
                   //: %1 an area of the quiz, %2 the learner's percent in it, %3 and %4 bounds
                   : tr("Your score in %1, %2, is from %3 to %4.").arg(title, value, min, max);
    if (!min.isEmpty())
        //: %1 an area of the quiz, %2 the learner's percent in it, %3 the lowest that counts
        return tr("Your score in %1, %2, is %3 or more.").arg(title, value, min);
    if (!max.isEmpty())
        return below
                   //: %1 an area of the quiz, %2 the learner's percent in it, %3 a bound
                   ? tr("Your score in %1, %2, is under %3.").arg(title, value, max)
                   //: %1 an area of the quiz, %2 the learner's percent in it, %3 a bound
                   : tr("Your score in %1, %2, is %3 or less.").arg(title, value, max);
    //: %1 an area of the quiz, %2 the learner's percent in it
    return tr("Your score in %1 is %2.").arg(title, value);
}

QString Words::selfRatingReason(const QString &title, const QString &value, const QString &min,
                                const QString &max, bool below) const
{
    if (!min.isEmpty() && !max.isEmpty())
        return below
                   //: %1 an area of the quiz, %2 the learner's self-rating such as "4 of 5",
                   //: %3 and %4 bounds such as "3 of 5"
                   ? tr("You rated yourself %2 in %1, which is %3 or more and under %4.")
                         .arg(title, value, min, max)
                   //: %1 an area of the quiz, %2 the learner's self-rating such as "4 of 5",
                   //: %3 and %4 bounds such as "3 of 5"
                   : tr("You rated yourself %2 in %1, which is from %3 to %4.")
                         .arg(title, value, min, max);
    if (!min.isEmpty())
        //: %1 an area of the quiz, %2 the learner's self-rating such as "4 of 5", %3 a bound
        return tr("You rated yourself %2 in %1, which is %3 or more.").arg(title, value, min);
    if (!max.isEmpty())
        return below
                   //: %1 an area of the quiz, %2 the learner's self-rating such as "2 of 5",
                   //: %3 a bound
                   ? tr("You rated yourself %2 in %1, which is under %3.").arg(title, value, max)
                   //: %1 an area of the quiz, %2 the learner's self-rating such as "2 of 5",
                   //: %3 a bound
                   : tr("You rated yourself %2 in %1, which is %3 or less.").arg(title, value, max);
    //: %1 an area of the quiz, %2 the learner's self-rating such as "4 of 5"
    return tr("You rated yourself %2 in %1.").arg(title, value);
}

} // namespace hitready
