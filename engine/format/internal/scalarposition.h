#pragma once
// Where a character of a scalar's value stands in the source file. libyaml tells where a
// scalar starts; quotes, escapes, line folding and block indentation move everything after
// that, so a character is found again as the same occurrence of itself in the source.

#include "yamltree.h"

#include <QByteArray>
#include <utility>
#include <vector>

namespace hitready {

class ScalarPositions
{
public:
    explicit ScalarPositions(const QByteArray &source = {}) : m_source(source) {}

    // Line and column (1-based; columns count characters, as libyaml's do) of value[offset],
    // where `value` is the scalar's value. Exact for every style as long as that character is
    // printable ASCII other than a quote or a backslash and, in a double-quoted scalar, no \x, \u
    // or \U escape comes before it; otherwise the scalar's own position.
    std::pair<int, int> locate(const YamlNode &scalar, const QString &value,
                               qsizetype offset) const;

private:
    qsizetype lineStart(int line) const; // byte offset of a 1-based line, or -1

    QByteArray m_source;
    mutable std::vector<qsizetype> m_lineStarts; // built on first use
};

} // namespace hitready
