#pragma once
// Moodle's test statistics (mod/quiz/report/statistics/classes/calculator.php) over a set of
// columns of a marks matrix: the whole test or one domain. Pure functions; definitions in
// docs/statistics.md.

#include "marksmatrix.h"
#include "statistics.h"

namespace hitready {

// The summary of the total marks over `columns`, using the rows that hold every one of those
// cells and drew at least one. When every such row drew every column, Moodle's figures; else
// totals are scaled to the mean maximum and alpha's slots are pools (MarksMatrix::pools), as
// docs/statistics.md defines. Alpha uses the same rows for the item variances and the total.
ScoreSummary scoreSummary(const MarksMatrix &matrix, const QList<qsizetype> &columns,
                          const QString &scope);

// Flags of a summary: negative alpha, or alpha below 70%.
QList<StatisticsFlag> summaryFlags(const ScoreSummary &summary);

// The range a proportion's true value likely lies in (proportions from 0 to 1).
struct ProportionInterval
{
    double low = 0;
    double high = 0;
    bool operator==(const ProportionInterval &) const = default;
};

// The Wilson score interval of `proportion` observed over `n` trials (n > 0; z = 1.96: 95%).
// Unlike p +/- z sqrt(p(1 - p) / n) it is never zero-width at 0 or 1 and stays inside [0, 1]:
// 0 of 5 right is [0, 0.43], not "exactly 0". Fractional proportions (partly right answers)
// are allowed.
ProportionInterval wilsonInterval(double proportion, double n, double z = 1.959963984540054);

// The band around a learner's domain percent on the results screen.
struct DomainBand
{
    enum class Source {
        Measurement, // the domain's standard error of measurement over the quiz's attempts
        Wilson,      // the Wilson score interval (95%) of the learner's own items
        None,        // the learner has no scored items in the domain
    };
    Source source = Source::None;
    double halfWidth = 0; // percentage points: the SEM, or half the Wilson interval's width
    double low = 0;       // the band in percent, from 0 to 100 (Wilson: not centred on the score)
    double high = 0;
    bool operator==(const DomainBand &) const = default;
};

// Finished attempts a quiz needs before its domains' SEM is used for bands.
constexpr qint64 minimumAttemptsForSem = 30;

// `percent`: the learner's domain percent; `scoredItems`: the learner's scored items in the
// domain; `domain`: the domain's summary over the quiz's attempts, when known. Uses the SEM
// (as a percentage of the domain's marks, percent +/- SEM within 0..100) when the summary has
// at least minimumAttemptsForSem attempts and an SEM, else the Wilson interval of percent / 100
// over scoredItems.
DomainBand domainBand(double percent, int scoredItems, const ScoreSummary *domain);

} // namespace hitready
