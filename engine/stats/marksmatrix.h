#pragma once
// The marks of many attempts on a set of items: the one input of the statistics math.
// A cell is absent when the attempt's quiz version did not hold that item unchanged, or when
// the attempt did not draw the item (pools: `draw:`); the two differ for test and domain
// summaries (docs/statistics.md).
//
// A cell is one byte: an item earns a handful of distinct marks, so each cell holds the index
// of its mark in its column's table of distinct marks (exact doubles), or says it is absent.
// 100,000 attempts x 50 items take 5 MB instead of 45 MB, and every mark read back is the
// double that was stored. A column with more distinct marks than the table holds keeps the
// rest in a double per row of that column alone.

#include <QList>
#include <QtGlobal>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace hitready {

struct MarksMatrix
{
    // A cell's byte: below Exact, an index into its column's marks; else one of these.
    enum Code : quint8 {
        Exact = 253,    // present, its mark in the column's exact marks (a rare overflow)
        NotDrawn = 254, // held, but the attempt did not draw the item
        NotHeld = 255,  // the attempt's version does not hold the item unchanged
    };
    static constexpr int tableSize = Exact; // distinct marks a column's table holds

    qsizetype rows = 0;
    QList<double> maxMarks; // one per column (item)
    // Per column: the pool whose draws the item belongs to (a domain with `draw:`), or -1 for
    // an item every attempt of its version shows. Empty: no pools.
    QList<int> pools;

    MarksMatrix() = default;
    // Every cell present with the mark 0.
    MarksMatrix(qsizetype rowCount, const QList<double> &columnMaxMarks);

    qsizetype columns() const { return maxMarks.size(); }
    double mark(qsizetype row, qsizetype column) const
    {
        const quint8 c = m_cells[index(row, column)];
        if (c < Exact)
            return m_columns[size_t(column)].marks[c];
        return c == Exact ? m_columns[size_t(column)].exact[size_t(row)] : 0.0;
    }
    // The attempt's version holds the item and the attempt drew it: the cell counts.
    bool isPresent(qsizetype row, qsizetype column) const
    {
        return m_cells[index(row, column)] < NotDrawn;
    }
    // The attempt's version holds the item unchanged (drawn or not).
    bool isHeld(qsizetype row, qsizetype column) const
    {
        return m_cells[index(row, column)] != NotHeld;
    }
    // The bytes of one column, a row each (column-major, as the statistics read them).
    const quint8 *cells(qsizetype column) const { return m_cells.data() + index(0, column); }
    // A column's table of distinct marks, by code (code 0 is the mark 0).
    const std::vector<double> &columnMarks(qsizetype column) const
    {
        return m_columns[size_t(column)].marks;
    }
    // Whether any cell is absent (not held or not drawn).
    bool hasAbsentCells() const { return m_absent; }
    int poolOf(qsizetype column) const { return pools.isEmpty() ? -1 : pools[column]; }

    // The code of `value` in `column`, added to its table when new: safe to call from several
    // threads at once. Codes stay valid while the matrix lives.
    quint8 codeOf(qsizetype column, double value);
    // Sets a present cell to `value`, whose code in its column is `code` (codeOf()). Several
    // threads may set cells of different rows at once.
    void setMark(qsizetype row, qsizetype column, quint8 code, double value)
    {
        m_cells[index(row, column)] = code;
        if (code == Exact)
            m_columns[size_t(column)].exact[size_t(row)] = value;
    }
    void setMark(qsizetype row, qsizetype column, double value)
    {
        setMark(row, column, codeOf(column, value), value);
    }
    // Several threads may mark cells of different rows at once.
    void setAbsent(qsizetype row, qsizetype column) { setCell(row, column, NotHeld); }
    void setNotDrawn(qsizetype row, qsizetype column) { setCell(row, column, NotDrawn); }
    size_t index(qsizetype row, qsizetype column) const
    {
        return size_t(column) * size_t(rows) + size_t(row);
    }

private:
    struct Column
    {
        std::vector<double> marks{0.0}; // by code; code 0 is the mark 0
        std::vector<double> exact;      // per row, once the table is full
    };
    void setCell(qsizetype row, qsizetype column, Code code)
    {
        m_cells[index(row, column)] = code;
        std::atomic_ref(m_absent).store(true, std::memory_order_relaxed); // threads share it
    }

    std::vector<quint8> m_cells; // column-major: m_cells[column * rows + row]
    std::vector<Column> m_columns;
    std::unique_ptr<std::mutex> m_adding = std::make_unique<std::mutex>(); // guards codeOf()
    bool m_absent = false;
};

} // namespace hitready
