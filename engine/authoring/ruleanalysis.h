#pragma once
// What a quiz's recommendation rules do over the whole score space: for each recommendation
// the lowest overall percent at which it is given, the score profiles no conditional
// recommendation reaches, certifications that reach a learner in the lowest overall band,
// and rules (or conditions inside them) that can never hold. Structured data only: the words
// are the CLI's (hitready-cli rules) and the JSON is ruleAnalysisJson().

#include "quiz.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace hitready {

struct RuleSpaceOptions
{
    double step = 5; // the grid of domain percents: 0, step, 2 x step, ..., 100
    int maxGapExamples = 4;
};

// One learner's numbers, as reportFromPercents() takes them, with what the engine made of
// them.
struct ScoreProfile
{
    QMap<QString, double> domainPercents; // every domain that has scored items
    // Domains whose self-rating some condition reads; a domain left out here gave none
    // (its likert items unanswered).
    QMap<QString, double> selfRatings;
    std::optional<double> overallPercent; // from reportFromPercents()
    int overallBand = -1;                 // index into quiz.levels; -1: no bands or no overall
    bool operator==(const ScoreProfile &) const = default;
};

// A condition inside a rule that holds for no profile at all, so it never matters: the
// outermost such part of a rule (an `all` can be dead while each of its conditions holds
// somewhere), or an overall, domain or self_rating condition that never has a number.
struct DeadCondition
{
    enum class Why {
        NoScoredItems, // a domain condition on a domain without scored items: no percent
        NoSelfRatings, // a self_rating condition on a domain without likert items
        NoOverall,     // the quiz has no scored items: there is never an overall percent
        OutOfReach,    // its bounds admit no value the space has (such as min > max)
    };
    QString path; // where in `when`: "when", "when/all/1", "when/any/0/all/2"
    Condition condition;
    Why why = Why::OutOfReach;
    bool operator==(const DeadCondition &) const = default;
};

struct RuleFinding
{
    QString recommendationId;
    RecommendationKind kind = RecommendationKind::Training;
    bool conditional = false; // false: no `when`, given to every learner
    bool canHold = false;     // true for unconditional recommendations
    // The profile with the lowest overall percent at which it is given (conditional and
    // holding only). Found on the grid, then lowered one domain at a time to 0.01.
    std::optional<ScoreProfile> lowest;
    // Certification given to a learner whose overall level is the quiz's lowest band: the
    // lowest profile is then in that band (bands ascend), and is the example.
    bool certificationAtLowestBand = false;
    QList<DeadCondition> deadConditions;
};

struct RuleGaps
{
    qint64 uncovered = 0; // profiles (of RuleAnalysis::profiles) given no conditional one
    std::optional<double> overallMin, overallMax;     // the overall percents of those profiles
    QMap<QString, std::pair<double, double>> domains; // their domain percents, min and max
    QList<ScoreProfile> examples;                     // lowest overall first, highest last
};

struct RuleAnalysis
{
    double step = 5;
    QStringList percentDomains;                 // domains with scored items, in quiz order
    QStringList ratedDomains;                   // domains with likert items that a condition reads
    QMap<QString, QList<double>> percentValues; // the values tried, per domain
    QMap<QString, QList<double>> ratingValues;  // the values tried besides "none", per domain
    qint64 profiles = 0;                        // percent x self-rating profiles evaluated
    QList<RuleFinding> rules;                   // in quiz order
    bool hasConditional = false;
    RuleGaps gaps; // empty without conditional recommendations
    bool hasWarnings() const;
};

RuleAnalysis analyseRules(const Quiz &quiz, const RuleSpaceOptions &options = {});

// The analysis as JSON (hitready-cli rules --json).
QJsonObject ruleAnalysisJson(const Quiz &quiz, const RuleAnalysis &analysis);

QString deadConditionWhyName(DeadCondition::Why why); // "no-scored-items", ...

} // namespace hitready
