// hitready-cli rules --json: the analysis as data, numbers as numbers, ids as the file has them.

#include "ruleanalysis.h"

#include <QJsonArray>

namespace hitready {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject numbers(const QMap<QString, double> &values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject profileJson(const Quiz &quiz, const QStringList &ratedDomains,
                        const ScoreProfile &profile)
{
    QJsonObject ratings;
    for (const QString &domain : ratedDomains)
        ratings.insert(domain, profile.selfRatings.contains(domain)
                                   ? QJsonValue(profile.selfRatings.value(domain))
                                   : QJsonValue(QJsonValue::Null));
    QJsonObject object{{QStringLiteral("domains"), numbers(profile.domainPercents)},
                       {QStringLiteral("selfRatings"), ratings},
                       {QStringLiteral("overall"), number(profile.overallPercent)}};
    if (profile.overallBand >= 0) {
        object.insert(QStringLiteral("band"), profile.overallBand);
        object.insert(QStringLiteral("level"), quiz.text(quiz.levels[profile.overallBand].label));
    } else {
        object.insert(QStringLiteral("band"), QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("level"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

QString conditionName(Condition::Kind kind)
{
    switch (kind) {
    case Condition::Kind::Overall:
        return QStringLiteral("overall");
    case Condition::Kind::DomainPercent:
        return QStringLiteral("domain");
    case Condition::Kind::SelfRating:
        return QStringLiteral("self_rating");
    case Condition::Kind::All:
        return QStringLiteral("all");
    case Condition::Kind::Any:
        break;
    }
    return QStringLiteral("any");
}

} // namespace

QJsonObject ruleAnalysisJson(const Quiz &quiz, const RuleAnalysis &analysis)
{
    QJsonArray rules, warnings;
    for (const RuleFinding &f : analysis.rules) {
        QJsonArray dead;
        for (const DeadCondition &d : f.deadConditions) {
            QJsonObject condition{{QStringLiteral("path"), d.path},
                                  {QStringLiteral("condition"), conditionName(d.condition.kind)},
                                  {QStringLiteral("min"), number(d.condition.min)},
                                  {QStringLiteral("max"), number(d.condition.max)},
                                  {QStringLiteral("why"), deadConditionWhyName(d.why)}};
            if (d.condition.kind != Condition::Kind::Overall)
                condition.insert(QStringLiteral("domain"), d.condition.domain);
            dead.append(condition);
            warnings.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("dead-condition")},
                                        {QStringLiteral("recommendation"), f.recommendationId},
                                        {QStringLiteral("path"), d.path}});
        }
        QJsonObject rule{
            {QStringLiteral("id"), f.recommendationId},
            {QStringLiteral("kind"), recommendationKindName(f.kind)},
            {QStringLiteral("conditional"), f.conditional},
            {QStringLiteral("canHold"), f.canHold},
            {QStringLiteral("lowestOverall"),
             f.lowest ? number(f.lowest->overallPercent) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lowest"), f.lowest
                                           ? profileJson(quiz, analysis.ratedDomains, *f.lowest)
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("certificationAtLowestBand"), f.certificationAtLowestBand},
            {QStringLiteral("deadConditions"), dead}};
        rules.append(rule);
        if (f.conditional && !f.canHold)
            warnings.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("never-holds")},
                                        {QStringLiteral("recommendation"), f.recommendationId}});
        if (f.certificationAtLowestBand)
            warnings.append(QJsonObject{
                {QStringLiteral("kind"), QStringLiteral("certification-at-lowest-band")},
                {QStringLiteral("recommendation"), f.recommendationId}});
    }
    QJsonObject domains;
    for (auto it = analysis.gaps.domains.cbegin(); it != analysis.gaps.domains.cend(); ++it)
        domains.insert(it.key(), QJsonObject{{QStringLiteral("min"), it->first},
                                             {QStringLiteral("max"), it->second}});
    QJsonArray examples;
    for (const ScoreProfile &example : analysis.gaps.examples)
        examples.append(profileJson(quiz, analysis.ratedDomains, example));
    const QJsonObject gaps{{QStringLiteral("profiles"), double(analysis.profiles)},
                           {QStringLiteral("uncovered"), double(analysis.gaps.uncovered)},
                           {QStringLiteral("overallMin"), number(analysis.gaps.overallMin)},
                           {QStringLiteral("overallMax"), number(analysis.gaps.overallMax)},
                           {QStringLiteral("domains"), domains},
                           {QStringLiteral("examples"), examples}};
    QJsonObject values;
    for (auto it = analysis.percentValues.cbegin(); it != analysis.percentValues.cend(); ++it)
        values.insert(it.key(),
                      QJsonArray::fromVariantList(QVariantList(it->cbegin(), it->cend())));
    QJsonObject ratingValues;
    for (auto it = analysis.ratingValues.cbegin(); it != analysis.ratingValues.cend(); ++it)
        ratingValues.insert(it.key(),
                            QJsonArray::fromVariantList(QVariantList(it->cbegin(), it->cend())));
    return {{QStringLiteral("quiz"), quiz.id},
            {QStringLiteral("step"), analysis.step},
            {QStringLiteral("profiles"), double(analysis.profiles)},
            {QStringLiteral("percentValues"), values},
            {QStringLiteral("selfRatingValues"), ratingValues},
            {QStringLiteral("recommendations"), rules},
            {QStringLiteral("gaps"),
             analysis.hasConditional ? QJsonValue(gaps) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("warnings"), warnings}};
}

QString deadConditionWhyName(DeadCondition::Why why)
{
    switch (why) {
    case DeadCondition::Why::NoScoredItems:
        return QStringLiteral("no-scored-items");
    case DeadCondition::Why::NoSelfRatings:
        return QStringLiteral("no-self-ratings");
    case DeadCondition::Why::NoOverall:
        return QStringLiteral("no-overall");
    case DeadCondition::Why::OutOfReach:
        break;
    }
    return QStringLiteral("out-of-reach");
}

} // namespace hitready
