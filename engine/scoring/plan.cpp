#include "plan.h"

#include <cmath>

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

// 58.3333 -> "58.33", 60 -> "60"
QString number(double v)
{
    return QString::number(std::round(v * 100) / 100, 'g', 12);
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

QString describe(const Reason &reason, const Quiz &quiz)
{
    QString subject;
    QString value;
    if (reason.kind == Condition::Kind::Overall) {
        subject = QStringLiteral("overall score");
        value = number(reason.value) + QLatin1Char('%');
    } else {
        const Domain *d = quiz.domain(reason.domain);
        const QString title = d ? quiz.text(d->title) : reason.domain;
        if (reason.kind == Condition::Kind::SelfRating) {
            subject = QStringLiteral("self-rating in %1").arg(title);
            value = QStringLiteral("%1 of 5").arg(number(reason.value));
        } else {
            subject = title;
            value = number(reason.value) + QLatin1Char('%');
        }
    }
    const QString unit =
        reason.kind == Condition::Kind::SelfRating ? QString() : QStringLiteral("%");
    QStringList bounds;
    if (reason.min)
        bounds.append(QStringLiteral("at least %1%2").arg(number(*reason.min), unit));
    if (reason.max)
        bounds.append(QStringLiteral("at most %1%2").arg(number(*reason.max), unit));
    return QStringLiteral("%1 %2 is %3").arg(subject, value, bounds.join(QStringLiteral(" and ")));
}

} // namespace hitready
