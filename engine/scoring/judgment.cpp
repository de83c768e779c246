#include "judgment.h"

#include "quiz.h"
#include "report.h"

#include <algorithm>

namespace hitready {

Verdict verdictFor(double earned, double points)
{
    const double tolerance = 1e-9 * std::max(1.0, points);
    if (points > 0 && earned >= points - tolerance)
        return Verdict::Correct;
    if (earned > tolerance)
        return Verdict::PartlyCorrect;
    return Verdict::NotCorrect;
}

Verdict judge(const Item &item, const Answer &answer)
{
    return verdictFor(itemPoints(item, answer), item.points);
}

bool isAnsweredInSteps(ItemType type)
{
    switch (type) {
    case ItemType::Single:
    case ItemType::TrueFalse:
    case ItemType::Likert:
        return false;
    case ItemType::Multiple:
    case ItemType::Ordering:
    case ItemType::Matching:
    case ItemType::HotText:
    case ItemType::Numeric:
    case ItemType::Text:
        return true;
    }
    return true;
}

} // namespace hitready
