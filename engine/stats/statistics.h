#pragma once
// What the instructor's item analysis reports: per item, per domain and for the whole test.
// Figures follow Moodle's quiz statistics report (docs/statistics.md), in Moodle's units:
// percentages where Moodle shows percentages, marks elsewhere. An undefined figure is nullopt,
// never NaN.

#include "quiz.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hitready {

// Something an instructor can act on, with a one-line reason.
struct StatisticsFlag
{
    QString code; // too-easy, too-hard, negative-discrimination, low-discrimination,
                  // unchosen-option, negative-alpha, low-alpha
    QString reason;
    bool operator==(const StatisticsFlag &) const = default;
};

// How often one response was given (distractor analysis).
struct ResponseFrequency
{
    QString response;             // an option id, or an encoded answer (encodeAnswer())
    qint64 count = 0;             // attempts that gave it
    double percent = 0;           // of the item's attempts
    std::optional<bool> correct;  // options: the option's own key
    std::optional<double> credit; // whole answers: the fraction of the item's marks it earns
    bool operator==(const ResponseFrequency &) const = default;
};

struct ItemStatistics
{
    QString itemId;
    QString domain;
    ItemType type = ItemType::Single;
    double maxMark = 0;
    qint64 attempts = 0; // attempts that drew the item, their version holding it unchanged
    std::optional<double> facility;            // % mean mark / max mark
    std::optional<double> sd;                  // % of max mark: SD (n-1) of the mark
    std::optional<double> randomGuessScore;    // % expected by guessing; nullopt: no estimate
    double intendedWeight = 0;                 // % max mark / test max mark
    std::optional<double> effectiveWeight;     // %; nullopt when undefined (see negativeCovariance)
    bool negativeCovariance = false;           // covariance with the total < 0
    std::optional<double> discriminationIndex; // % correlation with the rest of the test
    std::optional<double> discriminativeEfficiency; // % covariance / its maximum
    bool optionBased = false;                       // responses lists every option (choice items)
    QList<ResponseFrequency> responses;             // options in item order, else answers by count
    qint64 otherResponses = 0;                      // answers beyond the listed top ones
    qint64 unanswered = 0;
    QList<StatisticsFlag> flags;
    bool operator==(const ItemStatistics &) const = default;
};

// The distribution of total marks over a set of items: the whole test or one domain.
struct ScoreSummary
{
    QString scope;      // "test" or a domain id
    int items = 0;      // scored items in the scope
    double maxMark = 0; // of an attempt (drawn items; their mean when attempts differ)
    qint64 count = 0;   // attempts holding every item of the scope unchanged, drawing one or more
    std::optional<double> mean, median, sd; // marks
    std::optional<double> skewness, kurtosis;
    std::optional<double> alpha;      // % Cronbach's alpha (coefficient of internal consistency)
    std::optional<double> errorRatio; // % 100 x sqrt(1 - alpha)
    std::optional<double> sem;        // marks: error ratio x SD
    QList<StatisticsFlag> flags;
    // A figure in marks as a percentage of maxMark (Moodle shows them so).
    std::optional<double> percentOf(const std::optional<double> &marks) const;
    bool operator==(const ScoreSummary &) const = default;
};

struct VersionUse
{
    QString hash;
    qint64 attempts = 0;
    bool operator==(const VersionUse &) const = default;
};

struct QuizStatistics
{
    QString quizId;
    QString title;
    QString referenceHash;        // the version whose items are reported
    bool allAttempts = false;     // false: each profile's first finished attempt only
    qint64 attempts = 0;          // finished attempts used
    QList<VersionUse> versions;   // in the order they were first stored
    QStringList retiredItems;     // in older versions only, or changed since: not reported
    qint64 unreadableAnswers = 0; // stored answers that no longer fit their item: counted 0
    QList<ItemStatistics> items;  // the reference version's scored items, in quiz order
    ScoreSummary test;
    QList<ScoreSummary> domains; // in quiz order
    const ItemStatistics *item(const QString &itemId) const;
    const ScoreSummary *domain(const QString &domainId) const;
    bool operator==(const QuizStatistics &) const = default;
};

} // namespace hitready
