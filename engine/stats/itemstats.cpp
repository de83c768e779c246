#include "itemstats.h"

#include "covariancemax.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace hitready {

namespace {

// Sums of squares within this fraction of their scale are rounding noise: they count as 0.
constexpr double relativeZero = 1e-12;

struct ColumnSums
{
    qint64 s = 0;
    double markSum = 0;
    double meanMark = 0, meanOther = 0, meanTotal = 0;
    double markSquares = 0, otherSquares = 0;
    double cross = 0, crossTotal = 0, crossSorted = 0;
};

ColumnSums columnSums(const MarksMatrix &m, qsizetype column, const std::vector<double> &totals)
{
    ColumnSums c;
    double otherSum = 0, totalSum = 0;
    for (qsizetype r = 0; r < m.rows; ++r) {
        if (!m.isPresent(r, column))
            continue;
        const double mark = m.mark(r, column);
        ++c.s;
        c.markSum += mark;
        otherSum += totals[r] - mark;
        totalSum += totals[r];
    }
    if (c.s == 0)
        return c;
    c.meanMark = c.markSum / double(c.s);
    c.meanOther = otherSum / double(c.s);
    c.meanTotal = totalSum / double(c.s);
    for (qsizetype r = 0; r < m.rows; ++r) {
        if (!m.isPresent(r, column))
            continue;
        const double mark = m.mark(r, column);
        const double dm = mark - c.meanMark;
        const double dOther = totals[r] - mark - c.meanOther;
        c.markSquares += dm * dm;
        c.otherSquares += dOther * dOther;
        c.cross += dm * dOther;
        c.crossTotal += dm * (totals[r] - c.meanTotal);
    }
    return c;
}

// One column's figures; covarianceWithTotal gets its covariance with the row totals.
void columnFigures(const MarksMatrix &m, qsizetype c, const std::vector<double> &totals,
                   const ValueLevels &levels, double testMax, ItemStatistics &item,
                   double &covarianceWithTotal, SortedPairing &pairing)
{
    const double max = m.maxMarks[c];
    item.maxMark = max;
    item.intendedWeight = testMax > 0 ? 100.0 * max / testMax : 0;
    ColumnSums sums = columnSums(m, c, totals);
    item.attempts = sums.s;
    if (sums.s > 0 && max > 0)
        item.facility = 100.0 * sums.markSum / (double(sums.s) * max);
    if (sums.s < 2)
        return;
    sums.crossSorted = pairing.sum(
        m, c, levels, nullptr, [](double total, double mark, double) { return total - mark; },
        sums.meanMark, sums.meanOther, RunSum::Multiplied);
    const double n1 = double(sums.s - 1);
    const auto snap = [](double v, double scale) {
        return std::abs(v) <= relativeZero * scale ? 0.0 : v;
    };
    const double markVariance = snap(sums.markSquares / n1, max * max);
    const double otherVariance = snap(sums.otherSquares / n1, testMax * testMax);
    const double covariance = snap(sums.cross / n1, max * testMax);
    const double covarianceMax = snap(sums.crossSorted / n1, max * testMax);
    covarianceWithTotal = snap(sums.crossTotal / n1, max * testMax);
    if (max > 0)
        item.sd = 100.0 * std::sqrt(markVariance) / max;
    if (markVariance * otherVariance > 0)
        item.discriminationIndex =
            std::clamp(100.0 * covariance / std::sqrt(markVariance * otherVariance), -100.0, 100.0);
    if (covarianceMax != 0)
        item.discriminativeEfficiency = std::min(100.0, 100.0 * covariance / covarianceMax);
    item.negativeCovariance = covarianceWithTotal < 0;
}

// Per row: the maximum marks of the cells it holds and drew (0 for a row without any).
std::vector<double> rowMaxima(const MarksMatrix &m)
{
    std::vector<double> maxima(size_t(m.rows), 0.0);
    for (qsizetype c = 0; c < m.columns(); ++c)
        for (qsizetype r = 0; r < m.rows; ++r)
            if (m.isPresent(r, c))
                maxima[size_t(r)] += m.maxMarks[c];
    return maxima;
}

// The one maximum every row with a cell shares, or nullopt when rows differ (pools of items
// with different marks, versions holding different items); `none` when no row has a cell.
std::optional<double> commonMaximum(const std::vector<double> &maxima, double none)
{
    std::optional<double> common;
    for (const double max : maxima) {
        if (max <= 0)
            continue;
        if (!common)
            common = max;
        else if (std::abs(max - *common) > relativeZero * 1e3 * std::max(1.0, *common))
            return std::nullopt;
    }
    return common.value_or(none);
}

// One column's figures when attempts differ in their maximum: the rest-of-test score is a
// percentage of the rest's maximum in that attempt, the total a percentage of the attempt's
// maximum, so attempts with more or heavier items do not weigh more (docs/statistics.md).
// Sums run over the rows in order, as over lists of the rows' values, without the lists.
void scaledColumnFigures(const MarksMatrix &m, qsizetype c, const std::vector<double> &totals,
                         const ValueLevels &totalLevels, const std::vector<double> &maxima,
                         const ValueLevels &maxLevels, double allMax, ItemStatistics &item,
                         double &covarianceWithTotal, SortedPairing &pairing)
{
    const double max = m.maxMarks[c];
    item.maxMark = max;
    const auto restOf = [max](double total, double mark, double rowMax) {
        return rowMax > max ? 100.0 * (total - mark) / (rowMax - max) : 0.0;
    };
    const auto percentOf = [](double total, double rowMax) {
        return rowMax > 0 ? 100.0 * total / rowMax : 0.0;
    };
    qint64 s = 0;
    double weights = 0, markSum = 0, restSum = 0, percentSum = 0;
    for (qsizetype r = 0; r < m.rows; ++r) {
        if (!m.isPresent(r, c))
            continue;
        const double mark = m.mark(r, c);
        const double rowMax = maxima[size_t(r)];
        ++s;
        markSum += mark;
        restSum += restOf(totals[size_t(r)], mark, rowMax);
        percentSum += percentOf(totals[size_t(r)], rowMax);
        weights += rowMax > 0 ? 100.0 * max / rowMax : 0.0;
    }
    item.attempts = s;
    item.intendedWeight = s > 0 ? weights / double(s) : allMax > 0 ? 100.0 * max / allMax : 0;
    if (s == 0)
        return;
    const double meanMark = markSum / double(s), meanRest = restSum / double(s),
                 meanPercent = percentSum / double(s);
    if (max > 0)
        item.facility = 100.0 * meanMark / max;
    if (s < 2)
        return;
    double markSquares = 0, restSquares = 0, cross = 0, crossTotal = 0;
    for (qsizetype r = 0; r < m.rows; ++r) {
        if (!m.isPresent(r, c))
            continue;
        const double mark = m.mark(r, c);
        const double rest = restOf(totals[size_t(r)], mark, maxima[size_t(r)]);
        const double percent = percentOf(totals[size_t(r)], maxima[size_t(r)]);
        markSquares += (mark - meanMark) * (mark - meanMark);
        restSquares += (rest - meanRest) * (rest - meanRest);
        cross += (mark - meanMark) * (rest - meanRest);
        crossTotal += (mark - meanMark) * (percent - meanPercent);
    }
    const double crossSorted =
        pairing.sum(m, c, totalLevels, &maxLevels, restOf, meanMark, meanRest, RunSum::PerRank);
    const double n1 = double(s - 1);
    const auto snap = [](double v, double scale) {
        return std::abs(v) <= relativeZero * scale ? 0.0 : v;
    };
    const double markVariance = snap(markSquares / n1, max * max);
    const double restVariance = snap(restSquares / n1, 100.0 * 100.0);
    const double covariance = snap(cross / n1, max * 100.0);
    const double covarianceMax = snap(crossSorted / n1, max * 100.0);
    covarianceWithTotal = snap(crossTotal / n1, max * 100.0);
    if (max > 0)
        item.sd = 100.0 * std::sqrt(markVariance) / max;
    if (markVariance * restVariance > 0)
        item.discriminationIndex =
            std::clamp(100.0 * covariance / std::sqrt(markVariance * restVariance), -100.0, 100.0);
    if (covarianceMax != 0)
        item.discriminativeEfficiency = std::min(100.0, 100.0 * covariance / covarianceMax);
    item.negativeCovariance = covarianceWithTotal < 0;
}

QString percentText(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

} // namespace

QList<ItemStatistics> itemFigures(const MarksMatrix &m, int threads)
{
    const qsizetype columns = m.columns();
    std::vector<double> totals(size_t(m.rows), 0.0);
    for (qsizetype c = 0; c < columns; ++c)
        for (qsizetype r = 0; r < m.rows; ++r)
            totals[r] += m.mark(r, c); // absent cells hold 0
    const std::vector<double> maxima = rowMaxima(m);
    const double allMax = std::accumulate(m.maxMarks.cbegin(), m.maxMarks.cend(), 0.0);
    // Attempts that share one maximum (every attempt of one version, or pools of equal marks)
    // keep Moodle's figures in marks; only differing maxima need percentages.
    const std::optional<double> common = commonMaximum(maxima, allMax);
    const ValueLevels levels = valueLevels(totals);
    const ValueLevels maxLevels = common ? ValueLevels() : valueLevels(maxima);
    const double testMax = common.value_or(allMax);

    QList<ItemStatistics> items(columns);
    ItemStatistics *figures = items.data(); // detached once, before the threads share it
    std::vector<double> covarianceWithTotal(size_t(columns), 0.0);
    // Columns are independent: each thread takes every threads-th one.
    const auto figuresOf = [&](int part, int parts) {
        SortedPairing pairing;
        for (qsizetype c = part; c < columns; c += parts) {
            if (common)
                columnFigures(m, c, totals, levels, testMax, figures[c],
                              covarianceWithTotal[size_t(c)], pairing);
            else
                scaledColumnFigures(m, c, totals, levels, maxima, maxLevels, allMax, figures[c],
                                    covarianceWithTotal[size_t(c)], pairing);
        }
    };
    threads = int(std::clamp<qsizetype>(threads, 1, std::max<qsizetype>(1, columns)));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(figuresOf, t, threads);
    figuresOf(0, threads);
    for (std::thread &h : helpers)
        h.join();
    // Effective weight: each item's share of the square roots of the non-negative covariances
    // with the total; undefined for a negative covariance and when all of them are zero.
    double rootSum = 0;
    for (qsizetype c = 0; c < columns; ++c)
        if (items[c].attempts >= 2 && !items[c].negativeCovariance)
            rootSum += std::sqrt(covarianceWithTotal[c]);
    for (qsizetype c = 0; c < columns; ++c)
        if (rootSum > 0 && items[c].attempts >= 2 && !items[c].negativeCovariance)
            items[c].effectiveWeight = 100.0 * std::sqrt(covarianceWithTotal[c]) / rootSum;
    return items;
}

QList<StatisticsFlag> itemFlags(const ItemStatistics &item)
{
    constexpr double tolerance = 1e-9; // a figure equal to its threshold is not flagged
    QList<StatisticsFlag> flags;
    if (item.facility && *item.facility > 90 + tolerance)
        flags.append({QStringLiteral("too-easy"),
                      QStringLiteral("facility %1 is above 90%: almost everyone earns the marks")
                          .arg(percentText(*item.facility))});
    else if (item.facility && *item.facility < 20 - tolerance)
        flags.append({QStringLiteral("too-hard"),
                      QStringLiteral("facility %1 is below 20%: almost nobody earns the marks")
                          .arg(percentText(*item.facility))});
    if (item.discriminationIndex && *item.discriminationIndex < -tolerance)
        flags.append({QStringLiteral("negative-discrimination"),
                      QStringLiteral("discrimination %1 is negative: learners who do well on "
                                     "the rest do worse here; check the key")
                          .arg(percentText(*item.discriminationIndex))});
    else if (item.discriminationIndex && *item.discriminationIndex < 20 - tolerance)
        flags.append({QStringLiteral("low-discrimination"),
                      QStringLiteral("discrimination %1 is below 20%: the item barely separates "
                                     "stronger from weaker learners")
                          .arg(percentText(*item.discriminationIndex))});
    if (item.optionBased && item.attempts > 0)
        for (const ResponseFrequency &r : item.responses)
            if (r.count == 0)
                flags.append({QStringLiteral("unchosen-option"),
                              QStringLiteral("option '%1' was chosen by nobody in %2 attempts")
                                  .arg(r.response)
                                  .arg(item.attempts)});
    return flags;
}

} // namespace hitready
