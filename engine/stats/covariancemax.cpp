#include "covariancemax.h"

#include <algorithm>

namespace hitready {

ValueLevels valueLevels(const std::vector<double> &perRow)
{
    ValueLevels levels;
    levels.values = perRow;
    std::sort(levels.values.begin(), levels.values.end());
    levels.values.erase(std::unique(levels.values.begin(), levels.values.end()),
                        levels.values.end());
    levels.ofRow.reserve(perRow.size());
    for (const double v : perRow)
        levels.ofRow.push_back(
            qint32(std::lower_bound(levels.values.begin(), levels.values.end(), v) -
                   levels.values.begin()));
    return levels;
}

double SortedPairing::sortedOutright(const MarksMatrix &m, qsizetype column,
                                     const ValueLevels &totals, const ValueLevels *maxima,
                                     const RestScore &rest, double meanMark, double meanRest) const
{
    std::vector<double> marks, rests;
    for (qsizetype r = 0; r < m.rows; ++r)
        if (m.isPresent(r, column)) {
            const double mark = m.mark(r, column);
            marks.push_back(mark);
            rests.push_back(rest(totals.values[size_t(totals.ofRow[size_t(r)])], mark,
                                 maxima ? maxima->values[size_t(maxima->ofRow[size_t(r)])] : 0.0));
        }
    std::sort(marks.begin(), marks.end());
    std::sort(rests.begin(), rests.end());
    double sum = 0;
    for (size_t k = 0; k < marks.size(); ++k)
        sum += (marks[k] - meanMark) * (rests[k] - meanRest);
    return sum;
}

double SortedPairing::sum(const MarksMatrix &m, qsizetype column, const ValueLevels &totals,
                          const ValueLevels *maxima, const RestScore &rest, double meanMark,
                          double meanRest, RunSum adding)
{
    constexpr size_t maxCells = 1 << 20;
    const std::vector<double> &markValues = m.columnMarks(column);
    const size_t t = totals.values.size();
    const size_t q = maxima ? maxima->values.size() : 1;
    const size_t cells = markValues.size() * q * t;
    const quint8 *cell = m.cells(column);
    bool counted = cells <= maxCells;
    if (counted) {
        m_counts.assign(cells, 0);
        for (qsizetype r = 0; r < m.rows; ++r) {
            const quint8 code = cell[r];
            if (code >= MarksMatrix::Exact) {
                if (code == MarksMatrix::Exact) { // a mark outside the table: sort instead
                    counted = false;
                    break;
                }
                continue; // absent
            }
            const size_t level = maxima ? size_t(maxima->ofRow[size_t(r)]) : 0;
            ++m_counts[(size_t(code) * q + level) * t + size_t(totals.ofRow[size_t(r)])];
        }
    }
    if (!counted)
        return sortedOutright(m, column, totals, maxima, rest, meanMark, meanRest);
    m_marks.clear();
    m_rests.clear();
    for (size_t j = 0; j < markValues.size(); ++j) {
        qint64 run = 0;
        for (size_t level = 0; level < q; ++level)
            for (size_t k = 0; k < t; ++k)
                if (const qint64 n = m_counts[(j * q + level) * t + k]) {
                    run += n;
                    m_rests.emplace_back(
                        rest(totals.values[k], markValues[j], maxima ? maxima->values[level] : 0.0),
                        n);
                }
        if (run > 0)
            m_marks.emplace_back(markValues[j], run);
    }
    // Counted as the sum once was only below 33 distinct marks; beyond, it sorted outright.
    if (adding == RunSum::Multiplied && m_marks.size() > 32)
        return sortedOutright(m, column, totals, maxima, rest, meanMark, meanRest);
    std::sort(m_marks.begin(), m_marks.end());
    std::sort(m_rests.begin(), m_rests.end());
    double sum = 0;
    size_t a = 0, b = 0;
    qint64 leftA = m_marks.empty() ? 0 : m_marks[0].second;
    qint64 leftB = m_rests.empty() ? 0 : m_rests[0].second;
    while (a < m_marks.size() && b < m_rests.size()) {
        const qint64 n = std::min(leftA, leftB);
        const double term = (m_marks[a].first - meanMark) * (m_rests[b].first - meanRest);
        if (adding == RunSum::Multiplied)
            sum += double(n) * term;
        else
            for (qint64 i = 0; i < n; ++i)
                sum += term;
        leftA -= n;
        leftB -= n;
        if (leftA == 0 && ++a < m_marks.size())
            leftA = m_marks[a].second;
        if (leftB == 0 && ++b < m_rests.size())
            leftB = m_rests[b].second;
    }
    return sum;
}

} // namespace hitready
