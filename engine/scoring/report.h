#pragma once
// The outcome of scoring one set of responses against a quiz: per item, per domain, overall.

#include "answer.h"
#include "confidence.h"
#include "quiz.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <array>
#include <optional>

namespace hitready {

struct ItemScore
{
    QString itemId;
    QString domain;
    double earned = 0;
    double max = 0;
    bool answered = false;
    std::optional<int> confidence; // confidence quizzes: 1..3 as given with the answer
    bool operator==(const ItemScore &) const = default;
};

// How often answers given at one confidence level were right (certainty-based marking).
struct Calibration
{
    int answered = 0; // scored answers at this level (an answer without a confidence: low)
    int right = 0;    // of those, the ones judged right: full points (judgment.h)
    bool operator==(const Calibration &) const = default;
};
using CalibrationByLevel = std::array<Calibration, 3>; // [0] low, [1] medium, [2] high

struct DomainResult
{
    QString domainId;
    double earned = 0;
    double max = 0;
    int scoredItems = 0;           // 0: the domain has no percent
    std::optional<double> percent; // earned / max x 100
    std::optional<Text> level;
    std::optional<double> selfRating; // mean of answered likert items
    int selfRatingCount = 0;
    std::optional<double> cbmAverage; // confidence quizzes: CBM mark per point, -6..3
    CalibrationByLevel calibration{}; // confidence quizzes only
    bool operator==(const DomainResult &) const = default;
};

struct Report
{
    QList<ItemScore> items;      // scored items in quiz order
    QList<DomainResult> domains; // in quiz order
    std::optional<double> overallPercent;
    std::optional<Text> overallLevel;
    std::optional<double> cbmAverage; // confidence quizzes: over every scored item, -6..3
    CalibrationByLevel calibration{}; // confidence quizzes only

    const DomainResult *domain(const QString &domainId) const;
    bool operator==(const Report &) const = default;
};

// Points one answer earns on one item (0 for likert and for an empty or ill-fitting answer).
double itemPoints(const Item &item, const Answer &answer);

// Moodle's certainty-based mark of one answer: with f = earned / max, f <= 5e-8 is wrong and
// marks 0 / -2 / -6 at low / medium / high confidence; else the mark is 1 / 2 / 3 x f. No
// confidence (or an invalid one) counts as low.
double cbmMark(double fraction, std::optional<int> confidence);

// How many reports score() has made on the calling thread (every overload), so tests can pin how
// often a screen scores one attempt.
quint64 scoreCalls();

// The report a learner with these domain percents (0..100) and mean self-ratings (1..5), by
// domain id, would get: domain levels, and the overall percent and level weighed as score()
// weighs them. A domain left out has no percent (or no self-rating). For exploring what a
// quiz's recommendation rules do (hitready-cli rules, the preview's rule explorer) without
// answers: give it to recommend() (plan.h).
Report reportFromPercents(const Quiz &quiz, const QMap<QString, double> &domainPercents,
                          const QMap<QString, double> &selfRatings = {});

// Every item of the quiz counts, no confidences given.
Report score(const Quiz &quiz, const Responses &responses);
// An attempt's report: only `itemIds` count (the attempt's drawn items; the others are not
// part of any maximum), with the confidences given (used when the quiz has confidence: true).
Report score(const Quiz &quiz, const Responses &responses, const QStringList &itemIds,
             const Confidences &confidences = {});

// Answers in quiz item order (answers[i] answers quiz.items[i]; missing or empty: unanswered).
// The bulk path: no lookups by id, for scoring many learners at once.
using AnswerList = QList<Answer>;
Report score(const Quiz &quiz, const AnswerList &answers);
// The same with only the items `included` marks (by index: the attempt's drawn items).
Report score(const Quiz &quiz, const AnswerList &answers, const QList<bool> &included);

} // namespace hitready
