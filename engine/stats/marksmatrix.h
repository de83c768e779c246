#pragma once
// The marks of many attempts on a set of items: the one input of the statistics math.
// A cell is absent when the attempt's quiz version did not hold that item unchanged, or when
// the attempt did not draw the item (pools: `draw:`); the two differ for test and domain
// summaries (docs/statistics.md).

#include <QList>
#include <QtGlobal>
#include <vector>

namespace hitready {

struct MarksMatrix
{
    enum Cell : quint8 { NotHeld = 0, Present = 1, NotDrawn = 2 };

    qsizetype rows = 0;
    QList<double> maxMarks;      // one per column (item)
    std::vector<double> marks;   // column-major: marks[column * rows + row]; 0 when absent
    std::vector<quint8> present; // same layout, Cell values; empty: every cell is present
    // Per column: the pool whose draws the item belongs to (a domain with `draw:`), or -1 for
    // an item every attempt of its version shows. Empty: no pools.
    QList<int> pools;

    MarksMatrix() = default;
    MarksMatrix(qsizetype rowCount, const QList<double> &columnMaxMarks)
        : rows(rowCount), maxMarks(columnMaxMarks),
          marks(size_t(rowCount) * size_t(columnMaxMarks.size()), 0.0)
    {}
    qsizetype columns() const { return maxMarks.size(); }
    double mark(qsizetype row, qsizetype column) const { return marks[index(row, column)]; }
    // The attempt's version holds the item and the attempt drew it: the cell counts.
    bool isPresent(qsizetype row, qsizetype column) const
    {
        return present.empty() || present[index(row, column)] == Present;
    }
    // The attempt's version holds the item unchanged (drawn or not).
    bool isHeld(qsizetype row, qsizetype column) const
    {
        return present.empty() || present[index(row, column)] != NotHeld;
    }
    int poolOf(qsizetype column) const { return pools.isEmpty() ? -1 : pools[column]; }
    void setMark(qsizetype row, qsizetype column, double value)
    {
        marks[index(row, column)] = value;
    }
    void setAbsent(qsizetype row, qsizetype column) { setCell(row, column, NotHeld); }
    void setNotDrawn(qsizetype row, qsizetype column) { setCell(row, column, NotDrawn); }
    size_t index(qsizetype row, qsizetype column) const
    {
        return size_t(column) * size_t(rows) + size_t(row);
    }

private:
    void setCell(qsizetype row, qsizetype column, Cell cell)
    {
        if (present.empty())
            present.assign(marks.size(), Present);
        present[index(row, column)] = cell;
        marks[index(row, column)] = 0;
    }
};

} // namespace hitready
