#pragma once
// A problem found in an input file, located so an author can jump to it.

#include <QList>
#include <QString>

namespace hitready {

struct Problem
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem concerns the whole file
    int column = 0; // 1-based
    QString message;

    // "FILE:LINE:COL: message"
    QString toString() const
    {
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(file, message);
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

} // namespace hitready
