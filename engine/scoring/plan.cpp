#include "plan.h"

namespace hitready {

namespace {

bool within(double value, const Condition &c)
{
    return (!c.min || value >= *c.min) && (!c.max || value <= *c.max);
}

std::optional<double> valueOf(const Condition &c, const Report &report)
{
    if (c.kind == Condition::Kind::Overall)
        return report.overallPercent;
    const DomainResult *d = report.domain(c.domain);
    if (!d)
        return std::nullopt;
    return c.kind == Condition::Kind::SelfRating ? d->selfRating : d->percent;
}

} // namespace

bool holds(const Condition &condition, const Report &report, QList<Reason> *reasons)
{
    switch (condition.kind) {
    case Condition::Kind::All: {
        QList<Reason> found;
        for (const Condition &child : condition.children)
            if (!holds(child, report, &found))
                return false;
        if (reasons)
            reasons->append(found);
        return !condition.children.isEmpty();
    }
    case Condition::Kind::Any: {
        bool any = false;
        for (const Condition &child : condition.children)
            any = holds(child, report, reasons) || any; // collect every child that holds
        return any;
    }
    case Condition::Kind::Overall:
    case Condition::Kind::DomainPercent:
    case Condition::Kind::SelfRating:
        break;
    }
    const auto value = valueOf(condition, report);
    if (!value || !within(*value, condition))
        return false;
    if (reasons)
        reasons->append(
            Reason{condition.kind, condition.domain, *value, condition.min, condition.max});
    return true;
}

Plan recommend(const Quiz &quiz, const Report &report)
{
    Plan plan;
    for (const Recommendation &r : quiz.recommendations) {
        PlannedStep step{&r, {}};
        if (!r.when || holds(*r.when, report, &step.reasons))
            plan.append(step);
    }
    return plan;
}

} // namespace hitready
