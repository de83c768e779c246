#pragma once
// The marks of many attempts on a set of items: the one input of the statistics math.
// A cell is absent when the attempt's quiz version did not hold that item unchanged.

#include <QList>
#include <QtGlobal>
#include <vector>

namespace hitready {

struct MarksMatrix
{
    qsizetype rows = 0;
    QList<double> maxMarks;      // one per column (item)
    std::vector<double> marks;   // column-major: marks[column * rows + row]; 0 when absent
    std::vector<quint8> present; // same layout; empty: every cell is present

    MarksMatrix() = default;
    MarksMatrix(qsizetype rowCount, const QList<double> &columnMaxMarks)
        : rows(rowCount), maxMarks(columnMaxMarks),
          marks(size_t(rowCount) * size_t(columnMaxMarks.size()), 0.0)
    {}
    qsizetype columns() const { return maxMarks.size(); }
    double mark(qsizetype row, qsizetype column) const { return marks[index(row, column)]; }
    bool isPresent(qsizetype row, qsizetype column) const
    {
        return present.empty() || present[index(row, column)] != 0;
    }
    void setMark(qsizetype row, qsizetype column, double value)
    {
        marks[index(row, column)] = value;
    }
    void setAbsent(qsizetype row, qsizetype column)
    {
        if (present.empty())
            present.assign(marks.size(), 1);
        present[index(row, column)] = 0;
        marks[index(row, column)] = 0;
    }
    size_t index(qsizetype row, qsizetype column) const
    {
        return size_t(column) * size_t(rows) + size_t(row);
    }
};

} // namespace hitready
