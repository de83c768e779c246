#pragma once
// A small YAML node tree built from libyaml events; every node keeps its position.
// Untrusted input: nesting depth, alias expansion and size are bounded.
// Compact for large quizzes: nodes, child lists and scalar text live in a few large blocks
// the document owns (no allocation per node, see yamlblocks.h), and a scalar stays UTF-8 until
// a reader keeps it.

#include "problem.h"
#include "yamlblocks.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QString>
#include <QUtf8StringView>
#include <memory>
#include <span>
#include <vector>

namespace hitready {

struct YamlNode
{
    enum class Kind : quint8 { Null, Scalar, Map, Sequence };
    // How a scalar is written, for locating characters inside it (see scalarposition.h).
    enum class Style : quint8 { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };
    using Entry = std::pair<const YamlNode *, const YamlNode *>;

    Kind kind = Kind::Null;
    Style style = Style::Plain;
    bool plain = false;         // unquoted scalar: may be a number, bool or null
    quint32 size = 0;           // bytes of a scalar's text, entries of a map, elements of a list
    int line = 0;               // 1-based
    int column = 0;             // 1-based
    const void *data = nullptr; // text, entries or elements: in the document's blocks or the file

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isNull() const
    {
        return kind == Kind::Null || (kind == Kind::Scalar && plain && isNullWord(text()));
    }
    static bool isNullWord(QUtf8StringView s)
    {
        return s.isEmpty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
    }
    // A scalar's value as written in the file (UTF-8); empty for other kinds.
    QUtf8StringView text() const
    {
        return isScalar() ? QUtf8StringView(static_cast<const char *>(data), size)
                          : QUtf8StringView();
    }
    // The same as a QString (a new one each call: readers keep values via NodeReader).
    QString scalar() const { return text().toString(); }
    // True when this is a scalar whose text is `s`.
    bool is(QAnyStringView s) const;
    std::span<const Entry> entries() const
    {
        return isMap() ? std::span(static_cast<const Entry *>(data), size)
                       : std::span<const Entry>();
    }
    std::span<const YamlNode *const> elements() const
    {
        return isSequence() ? std::span(static_cast<const YamlNode *const *>(data), size)
                            : std::span<const YamlNode *const>();
    }
    // A map value by key, or nullptr.
    const YamlNode *value(QAnyStringView key) const;
};

struct YamlLimits
{
    int maxDepth = 64;
    qsizetype maxNodes = 2'000'000; // counting every expansion of an alias
};

// Owns every node, child list and scalar text in blocks; an alias is one more pointer to the
// node it names.
struct YamlDocument
{
    YamlBlocks blocks;
    // Scalars the file does not spell byte for byte (escapes, several lines), once per distinct
    // text: a quiz repeats its explanations. Kept until the document goes, whatever is released.
    YamlBlocks copiedTexts;
    const YamlNode *root = nullptr; // null when the text could not be parsed
    Problems problems;

    // Frees what only elements [0, index] of `list` hold, once a reader is done with them and
    // will not look at them again. Only the list parseYaml was asked to make releasable can
    // free anything, and only when no anchor inside it may be named again; else nothing.
    void releaseElementsThrough(const YamlNode &list, size_t index);

    // The releasable list, as the builder records it.
    struct ReleasableList
    {
        const YamlNode *list = nullptr;
        size_t firstBlock = 0;            // the first block started after the list's node
        std::vector<size_t> startedAfter; // blocks started once each element was complete
        bool anchored = false;            // an anchor inside: never free
    };
    ReleasableList releasable;
};

// Parses the first document of `bytes`; problems carry `fileName`. Scalars may point into
// `bytes`: the document must not outlive them. When `releasableKey` is set, the list under
// that key of the root mapping may be freed element by element (releaseElementsThrough).
YamlDocument parseYaml(const QByteArray &bytes, const QString &fileName, YamlLimits limits = {},
                       QUtf8StringView releasableKey = {});

} // namespace hitready
