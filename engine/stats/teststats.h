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

// The +/- band around a learner's domain percent on the results screen.
struct DomainBand
{
    enum class Source {
        Measurement, // the domain's standard error of measurement over the quiz's attempts
        Binomial,    // the binomial standard error of the learner's own items
        None,        // the learner has no scored items in the domain
    };
    Source source = Source::None;
    double halfWidth = 0; // percentage points
    bool operator==(const DomainBand &) const = default;
};

// Finished attempts a quiz needs before its domains' SEM is used for bands.
constexpr qint64 minimumAttemptsForSem = 30;

// `percent`: the learner's domain percent; `scoredItems`: the learner's scored items in the
// domain; `domain`: the domain's summary over the quiz's attempts, when known. Uses the SEM
// (as a percentage of the domain's marks) when the summary has at least
// minimumAttemptsForSem attempts and an SEM, else sqrt(p(1 - p) / n) x 100.
DomainBand domainBand(double percent, int scoredItems, const ScoreSummary *domain);

} // namespace hitready
