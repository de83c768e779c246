#pragma once
// A small YAML node tree built from libyaml events; every node keeps its position.
// Untrusted input: nesting depth, alias expansion and size are bounded.

#include "problem.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QString>
#include <deque>
#include <vector>

namespace hitready {

struct YamlNode
{
    enum class Kind { Null, Scalar, Map, Sequence };
    Kind kind = Kind::Null;
    QString scalar;     // Scalar
    bool plain = false; // unquoted scalar: may be a number, bool or null
    // How a scalar is written, for locating characters inside it (see scalarposition.h).
    enum class Style : quint8 { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };
    Style style = Style::Plain;
    int line = 0;                                                       // 1-based
    int column = 0;                                                     // 1-based
    std::vector<std::pair<const YamlNode *, const YamlNode *>> entries; // Map
    std::vector<const YamlNode *> elements;                             // Sequence

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isNull() const
    {
        return kind == Kind::Null || (kind == Kind::Scalar && plain && isNullWord(scalar));
    }
    static bool isNullWord(const QString &s)
    {
        return s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") ||
               s == QLatin1String("Null") || s == QLatin1String("NULL");
    }
    // A map value by key, or nullptr.
    const YamlNode *value(QAnyStringView key) const;
};

struct YamlLimits
{
    int maxDepth = 64;
    qsizetype maxNodes = 2'000'000; // counting every expansion of an alias
};

// Owns every node (an arena: one allocation per block of nodes, none per node); an alias is
// one more pointer to the node it names.
struct YamlDocument
{
    std::deque<YamlNode> nodes;
    const YamlNode *root = nullptr; // null when the text could not be parsed
    Problems problems;
};

// Parses the first document of `bytes`; problems carry `fileName`.
YamlDocument parseYaml(const QByteArray &bytes, const QString &fileName, YamlLimits limits = {});

} // namespace hitready
