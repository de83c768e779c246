#include "marksmatrix.h"

#include <algorithm>
#include <bit>

namespace hitready {

MarksMatrix::MarksMatrix(qsizetype rowCount, const QList<double> &columnMaxMarks)
    : rows(rowCount), maxMarks(columnMaxMarks),
      m_cells(size_t(rowCount) * size_t(columnMaxMarks.size()), quint8(0)),
      m_columns(size_t(columnMaxMarks.size()))
{}

quint8 MarksMatrix::codeOf(qsizetype column, double value)
{
    const std::lock_guard lock(*m_adding);
    Column &c = m_columns[size_t(column)];
    // Bit for bit: -0.0 keeps its sign, as a mark read back must be the double stored.
    const auto found = std::find_if(c.marks.cbegin(), c.marks.cend(), [value](double known) {
        return std::bit_cast<quint64>(known) == std::bit_cast<quint64>(value);
    });
    if (found != c.marks.cend())
        return quint8(found - c.marks.cbegin());
    if (c.marks.size() < size_t(tableSize)) {
        c.marks.push_back(value);
        return quint8(c.marks.size() - 1);
    }
    if (c.exact.empty())
        c.exact.assign(size_t(rows), 0.0);
    return Exact;
}

} // namespace hitready
