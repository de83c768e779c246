#include "teststats.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace hitready {

namespace {

// Variances within this fraction of the squared maximum are rounding noise: they count as 0.
constexpr double relativeZero = 1e-12;

QString percentText(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

// The sample variance (n - 1) of one column over `rows`.
double columnVariance(const MarksMatrix &m, qsizetype column, const std::vector<qsizetype> &rows)
{
    double sum = 0;
    for (const qsizetype r : rows)
        sum += m.mark(r, column);
    const double mean = sum / double(rows.size());
    double squares = 0;
    for (const qsizetype r : rows) {
        const double d = m.mark(r, column) - mean;
        squares += d * d;
    }
    return squares / double(rows.size() - 1);
}

// The slots of alpha (Moodle: the quiz's slots) and the sum of their mark variances.
struct SlotVariances
{
    double perAttempt = 0; // slots per attempt: items drawn, on average
    double varianceSum = 0;
};

double itemVariances(const MarksMatrix &m, const QList<qsizetype> &columns,
                     const std::vector<qsizetype> &rows)
{
    double sum = 0;
    for (const qsizetype c : columns)
        sum += columnVariance(m, c, rows);
    return sum;
}

// Attempts with different items: the items of one pool fill that pool's slots (Moodle's
// random slots), an item outside any pool a slot of its own. A pool drawing k items has k
// slots per attempt that cannot be told apart, so each slot's variance is estimated by the
// variance of all the pool's draws, marks scaled as the totals are (`scale` per row).
SlotVariances pooledSlotVariances(const MarksMatrix &m, const QList<qsizetype> &columns,
                                  const std::vector<qsizetype> &rows,
                                  const std::vector<double> &scale)
{
    // Slots by pool, or by -1 - column alone, in ascending order of that key; each slot's
    // draws are summed column by column, row by row (the order the values were once listed).
    std::map<qint64, QList<qsizetype>> bySlot;
    for (const qsizetype c : columns) {
        const int pool = m.poolOf(c);
        bySlot[pool >= 0 ? qint64(pool) : -1 - qint64(c)].append(c);
    }
    SlotVariances result;
    const double n = double(rows.size());
    for (const auto &[slot, inSlot] : bySlot) {
        qint64 draws = 0;
        double sum = 0;
        for (const qsizetype c : inSlot)
            for (size_t i = 0; i < rows.size(); ++i)
                if (m.isPresent(rows[i], c)) {
                    ++draws;
                    sum += m.mark(rows[i], c) * scale[i];
                }
        if (draws == 0)
            continue;
        const double count = double(draws);
        result.perAttempt += count / n;
        if (draws < 2)
            continue;
        const double mean = sum / count;
        double squares = 0;
        for (const qsizetype c : inSlot)
            for (size_t i = 0; i < rows.size(); ++i)
                if (m.isPresent(rows[i], c)) {
                    const double v = m.mark(rows[i], c) * scale[i];
                    squares += (v - mean) * (v - mean);
                }
        result.varianceSum += count / n * squares / (count - 1);
    }
    return result;
}

} // namespace

std::optional<double> ScoreSummary::percentOf(const std::optional<double> &marks) const
{
    if (!marks || maxMark <= 0)
        return std::nullopt;
    return 100.0 * *marks / maxMark;
}

ScoreSummary scoreSummary(const MarksMatrix &m, const QList<qsizetype> &columns,
                          const QString &scope)
{
    ScoreSummary s;
    s.scope = scope;
    s.items = int(columns.size());
    for (const qsizetype c : columns)
        s.maxMark += m.maxMarks[c];
    if (columns.isEmpty())
        return s; // nothing scored to summarize: no attempts count
    // The attempts whose version holds every item of the scope and that drew at least one
    // (cells counted column by column, the order they are stored in).
    std::vector<qsizetype> rows;
    rows.reserve(size_t(m.rows));
    bool sameItems = true; // every counted attempt drew every item of the scope
    if (!m.hasAbsentCells()) {
        for (qsizetype r = 0; r < m.rows; ++r)
            rows.push_back(r);
    } else {
        std::vector<qint32> drawn(size_t(m.rows), 0);
        std::vector<quint8> held(size_t(m.rows), 1);
        for (const qsizetype c : columns) {
            const quint8 *cell = m.cells(c);
            for (qsizetype r = 0; r < m.rows; ++r) {
                held[size_t(r)] &= quint8(cell[r] != MarksMatrix::NotHeld);
                drawn[size_t(r)] += cell[r] < MarksMatrix::NotDrawn;
            }
        }
        for (qsizetype r = 0; r < m.rows; ++r) {
            if (!held[size_t(r)] || drawn[size_t(r)] == 0)
                continue;
            rows.push_back(r);
            sameItems = sameItems && drawn[size_t(r)] == columns.size();
        }
    }
    const qint64 n = qint64(rows.size());
    s.count = n;
    if (n == 0)
        return s;
    // Each attempt's total, and the factor that puts it on the scale of s.maxMark.
    std::vector<double> totals(rows.size(), 0.0), scale(rows.size(), 1.0);
    for (const qsizetype c : columns)
        for (size_t i = 0; i < rows.size(); ++i)
            totals[i] += m.mark(rows[i], c); // absent cells hold 0
    if (!sameItems) {
        std::vector<double> maxima(rows.size(), 0.0);
        for (const qsizetype c : columns)
            for (size_t i = 0; i < rows.size(); ++i)
                if (m.isPresent(rows[i], c))
                    maxima[i] += m.maxMarks[c];
        s.maxMark = std::accumulate(maxima.cbegin(), maxima.cend(), 0.0) / double(n);
        for (size_t i = 0; i < rows.size(); ++i) {
            scale[i] = maxima[i] > 0 ? s.maxMark / maxima[i] : 0.0;
            totals[i] *= scale[i];
        }
    }

    double sum = 0;
    for (const double t : totals)
        sum += t;
    const double mean = sum / double(n);
    s.mean = mean;
    std::vector<double> sorted = totals;
    const auto middle = sorted.begin() + n / 2;
    std::nth_element(sorted.begin(), middle, sorted.end());
    s.median = n % 2 == 1 ? *middle : (*middle + *std::max_element(sorted.begin(), middle)) / 2;
    if (n < 2)
        return s;

    double power2 = 0, power3 = 0, power4 = 0;
    for (const double t : totals) {
        const double d = t - mean;
        power2 += d * d;
        power3 += d * d * d;
        power4 += d * d * d * d;
    }
    if (power2 / double(n - 1) <= relativeZero * s.maxMark * s.maxMark)
        power2 = power3 = power4 = 0; // every total the same but for rounding
    s.sd = std::sqrt(power2 / double(n - 1));
    if (n < 3 || power2 == 0)
        return s;

    // Moodle's k-statistics (docs.moodle.org/dev/Quiz_item_analysis_calculations_in_practise).
    const double dn = double(n);
    const double m2 = power2 / dn, m3 = power3 / dn, m4 = power4 / dn;
    const double k2 = dn * m2 / (dn - 1);
    const double k3 = dn * dn * m3 / ((dn - 1) * (dn - 2));
    s.skewness = k3 / std::pow(k2, 1.5);
    if (n > 3) {
        const double k4 =
            dn * dn * ((dn + 1) * m4 - 3 * (dn - 1) * m2 * m2) / ((dn - 1) * (dn - 2) * (dn - 3));
        s.kurtosis = k4 / (k2 * k2);
    }
    const SlotVariances slotSums =
        sameItems ? SlotVariances{double(columns.size()), itemVariances(m, columns, rows)}
                  : pooledSlotVariances(m, columns, rows, scale);
    if (slotSums.perAttempt > 1) {
        const double p = slotSums.perAttempt;
        const double alpha = 100.0 * p / (p - 1) * (1 - slotSums.varianceSum / k2);
        s.alpha = alpha;
        s.errorRatio = 100.0 * std::sqrt(std::max(0.0, 1 - alpha / 100.0));
        s.sem = *s.errorRatio * *s.sd / 100.0;
    }
    return s;
}

QList<StatisticsFlag> summaryFlags(const ScoreSummary &summary)
{
    constexpr double tolerance = 1e-9; // alpha equal to 70% is not flagged
    const QString what = summary.scope == QLatin1String("test")
                             ? QStringLiteral("the test")
                             : QStringLiteral("domain '%1'").arg(summary.scope);
    if (!summary.alpha)
        return {};
    if (*summary.alpha < -tolerance)
        return {{QStringLiteral("negative-alpha"),
                 QStringLiteral("alpha of %1 is %2, negative: its items do not measure one "
                                "thing together; check keys and item wording")
                     .arg(what, percentText(*summary.alpha))}};
    if (*summary.alpha < 70 - tolerance)
        return {{QStringLiteral("low-alpha"),
                 QStringLiteral("alpha of %1 is %2, below 70%: its total is not yet reliable "
                                "enough to act on; add or improve items")
                     .arg(what, percentText(*summary.alpha))}};
    return {};
}

ProportionInterval wilsonInterval(double proportion, double n, double z)
{
    if (!(n > 0))
        return {0, 1};
    const double p = std::clamp(proportion, 0.0, 1.0);
    const double z2n = z * z / n;
    const double centre = (p + z2n / 2) / (1 + z2n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

DomainBand domainBand(double percent, int scoredItems, const ScoreSummary *domain)
{
    if (domain && domain->count >= minimumAttemptsForSem) {
        if (const std::optional<double> sem = domain->percentOf(domain->sem))
            return {DomainBand::Source::Measurement, *sem, std::max(0.0, percent - *sem),
                    std::min(100.0, percent + *sem)};
    }
    if (scoredItems <= 0)
        return {};
    const ProportionInterval w = wilsonInterval(percent / 100.0, scoredItems);
    return {DomainBand::Source::Wilson, (w.high - w.low) * 50.0, w.low * 100.0, w.high * 100.0};
}

} // namespace hitready
