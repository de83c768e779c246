#include "yamltree.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <yaml.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hitready {

const YamlNode *YamlNode::value(QAnyStringView key) const
{
    for (const auto &[k, v] : entries)
        if (k->isScalar() && QAnyStringView::equal(k->scalar, key))
            return v;
    return nullptr;
}

namespace {

// The encoding YAML's detection rule (the first bytes: a byte-order mark or NULs) finds, when it
// is not UTF-8. libyaml would read UTF-16 silently; the format is UTF-8.
const char *wideEncoding(const QByteArray &b)
{
    const auto at = [&](qsizetype i) {
        return i < b.size() ? uchar(b[i]) : -1;
    };
    if ((at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) ||
        (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) ||
        (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) > 0) ||
        (at(0) > 0 && at(1) == 0 && at(2) == 0 && at(3) == 0))
        return "UTF-32";
    if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE) ||
        (at(0) == 0 && at(1) > 0) || (at(0) > 0 && at(1) == 0))
        return "UTF-16";
    return nullptr;
}

// Line and column (1-based, columns in characters) of a byte offset, counting line breaks as
// libyaml does (CR LF, CR, LF, NEL, LS, PS) so they agree with its other marks.
std::pair<int, int> positionOfByte(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte-order mark
    const qsizetype end = std::min(offset, bytes.size());
    while (i < end) {
        const uchar c = uchar(bytes[i]);
        const auto next = [&](qsizetype k) {
            return i + k < end ? uchar(bytes[i + k]) : 0;
        };
        qsizetype width = 1;
        if (c == '\r' && next(1) == '\n')
            width = 2;
        else if (c == 0xC2 && next(1) == 0x85) // NEL
            width = 2;
        else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) // LS, PS
            width = 3;
        const bool lineBreak = c == '\n' || c == '\r' || width > 1;
        if (lineBreak) {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
        i += width;
    }
    return {line, column};
}

struct Frame
{
    YamlNode *node = nullptr;
    QByteArray anchor;
    qsizetype size = 1;                   // nodes in the subtree, aliases expanded
    const YamlNode *pendingKey = nullptr; // Map: key waiting for its value
    QSet<QString> keys;                   // Map: keys seen, once the map is large
};

class TreeBuilder
{
public:
    TreeBuilder(const QString &file, YamlLimits limits) : m_file(file), m_limits(limits) {}

    YamlDocument build(const QByteArray &bytes)
    {
        m_source = &bytes;
        if (const char *encoding = wideEncoding(bytes)) {
            fail(1, 1,
                 QStringLiteral("the file is %1; quiz files must be UTF-8")
                     .arg(QLatin1String(encoding)));
            return std::move(m_doc);
        }
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser)) {
            fail(0, 0, QStringLiteral("out of memory starting the YAML parser"));
            return std::move(m_doc);
        }
        yaml_parser_set_input_string(&parser,
                                     reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     size_t(bytes.size()));
        bool done = false;
        while (!done && !m_fatal) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                if (parser.error == YAML_READER_ERROR) {
                    readerError(parser);
                    break;
                }
                const yaml_mark_t &mark = parser.problem_mark;
                QString what = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
                if (parser.context)
                    what = QStringLiteral("%1 %2").arg(QString::fromUtf8(parser.context), what);
                fail(int(mark.line) + 1, int(mark.column) + 1,
                     QStringLiteral("YAML syntax error: %1").arg(what));
                break;
            }
            done = handle(event);
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        if (m_fatal)
            m_doc.root = nullptr;
        return std::move(m_doc);
    }

private:
    // Returns true at the end of the first document.
    bool handle(const yaml_event_t &event)
    {
        const int line = int(event.start_mark.line) + 1;
        const int column = int(event.start_mark.column) + 1;
        switch (event.type) {
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            return true;
        case YAML_SCALAR_EVENT: {
            YamlNode *node = &m_doc.nodes.emplace_back();
            node->kind = YamlNode::Kind::Scalar;
            node->scalar = scalarText(std::string_view(
                reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length));
            node->plain = event.data.scalar.plain_implicit &&
                          event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            node->style = styleOf(event.data.scalar.style);
            node->line = line;
            node->column = column;
            if (!refuseTag(event.data.scalar.tag, line, column) && count(1, line, column))
                add(node, 1, anchorOf(event.data.scalar.anchor));
            return m_fatal;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (int(m_stack.size()) >= m_limits.maxDepth) {
                fail(line, column,
                     QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
                return true;
            }
            const bool isMap = event.type == YAML_MAPPING_START_EVENT;
            if (refuseTag(isMap ? event.data.mapping_start.tag : event.data.sequence_start.tag,
                          line, column) ||
                !count(1, line, column))
                return true;
            YamlNode *node = &m_doc.nodes.emplace_back();
            node->kind = isMap ? YamlNode::Kind::Map : YamlNode::Kind::Sequence;
            if (isMap)
                node->entries.reserve(8);
            node->line = line;
            node->column = column;
            const yaml_char_t *anchor =
                isMap ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
            m_stack.push_back(Frame{node, anchorOf(anchor), 1, nullptr, {}});
            return false;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame frame = std::move(m_stack.back());
            m_stack.pop_back();
            add(frame.node, frame.size, frame.anchor);
            return false;
        }
        case YAML_ALIAS_EVENT: {
            const QByteArray name = anchorOf(event.data.alias.anchor);
            const auto it = m_anchors.constFind(name);
            if (it == m_anchors.cend()) {
                fail(line, column,
                     QStringLiteral("alias *%1 names no anchor defined before it")
                         .arg(QString::fromUtf8(name)));
                return true;
            }
            if (!count(it->second, line, column))
                return true;
            add(it->first, it->second, {});
            return false;
        }
        case YAML_DOCUMENT_START_EVENT:
            if (event.data.document_start.tag_directives.start !=
                event.data.document_start.tag_directives.end) {
                const int at = directiveLine("%TAG", line);
                fail(at, 1,
                     QStringLiteral("%TAG directives are not allowed: quiz files use no YAML "
                                    "tags (remove the line)"));
                return true;
            }
            return false;
        default:
            return false;
        }
    }

    // Keys and short values ("id", "text", "a", "true") repeat thousands of times in a large
    // quiz: one shared QString each saves an allocation per scalar.
    QString scalarText(std::string_view utf8)
    {
        constexpr size_t shortScalar = 24;
        if (utf8.size() > shortScalar)
            return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (const auto it = m_shortScalars.find(utf8); it != m_shortScalars.end())
            return it->second;
        QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (m_shortScalars.size() < 100'000)
            m_shortScalars.emplace(std::string(utf8), text);
        return text;
    }

    static YamlNode::Style styleOf(yaml_scalar_style_t style)
    {
        switch (style) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE:
            return YamlNode::Style::SingleQuoted;
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
            return YamlNode::Style::DoubleQuoted;
        case YAML_LITERAL_SCALAR_STYLE:
            return YamlNode::Style::Literal;
        case YAML_FOLDED_SCALAR_STYLE:
            return YamlNode::Style::Folded;
        default:
            return YamlNode::Style::Plain;
        }
    }

    static QByteArray anchorOf(const yaml_char_t *anchor)
    {
        return anchor ? QByteArray(reinterpret_cast<const char *>(anchor)) : QByteArray();
    }

    // Counts `size` more nodes in the expanded document: each node once where it is written,
    // an alias as often as the whole subtree it repeats. False past the limit.
    bool count(qsizetype size, int line, int column)
    {
        m_nodes += size;
        if (m_nodes <= m_limits.maxNodes)
            return true;
        fail(line, column,
             QStringLiteral("document expands to more than %1 nodes (aliases included)")
                 .arg(m_limits.maxNodes));
        return false;
    }

    // Quiz files are plain data: a tag (!!python/object, !custom, !<...>) would ask a loader to
    // build something else, and this one would silently ignore it. True when refused.
    bool refuseTag(const yaml_char_t *tag, int line, int column)
    {
        if (!tag)
            return false;
        QString written = QString::fromUtf8(reinterpret_cast<const char *>(tag));
        const QLatin1String core("tag:yaml.org,2002:");
        if (written.startsWith(core))
            written = QStringLiteral("!!") + written.mid(core.size());
        fail(line, column,
             QStringLiteral("YAML tag '%1' is not allowed: quiz files hold plain text, numbers, "
                            "lists and mappings (remove the tag)")
                 .arg(written));
        return true;
    }

    // The line (1-based) of the first line starting with `directive` before line `before`.
    int directiveLine(QByteArrayView directive, int before) const
    {
        int line = 1;
        for (qsizetype at = 0; at >= 0 && line <= before; ++line) {
            if (QByteArrayView(*m_source).sliced(at).startsWith(directive))
                return line;
            at = m_source->indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return before;
    }

    // libyaml leaves the mark of a reader error (invalid UTF-8, a control character) at 0:0
    // and gives its byte offset instead.
    void readerError(const yaml_parser_t &parser)
    {
        const auto [line, column] = positionOfByte(*m_source, qsizetype(parser.problem_offset));
        const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "unreadable");
        const int value = parser.problem_value; // an octet, a code point or -1
        const QString codePoint = QStringLiteral("U+%1").arg(
            QString::number(value, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (value >= 0 && problem.startsWith(QLatin1String("control")))
            return fail(line, column,
                        QStringLiteral("control character %1 is not allowed in a quiz file")
                            .arg(codePoint));
        QString what = problem;
        if (value >= 0 && problem.contains(QLatin1String("octet")))
            what += QStringLiteral(", byte 0x%1").arg(value & 0xFF, 2, 16, QLatin1Char('0'));
        else if (value >= 0)
            what += QStringLiteral(", %1").arg(codePoint);
        fail(line, column,
             QStringLiteral("not valid UTF-8 (%1): quiz files must be UTF-8 text").arg(what));
    }

    void add(const YamlNode *node, qsizetype size, const QByteArray &anchor)
    {
        if (!anchor.isEmpty())
            m_anchors.insert(anchor, {node, size});
        if (m_stack.empty()) {
            if (!m_doc.root)
                m_doc.root = node;
            return;
        }
        Frame &parent = m_stack.back();
        parent.size += size;
        if (parent.node->isSequence()) {
            parent.node->elements.push_back(node);
        } else if (!parent.pendingKey) {
            parent.pendingKey = node;
        } else {
            addEntry(parent, node);
        }
    }

    void addEntry(Frame &parent, const YamlNode *value)
    {
        const YamlNode *key = parent.pendingKey;
        constexpr size_t scanLimit = 8; // small maps: a scan beats a set
        auto &entries = parent.node->entries;
        if (entries.size() == scanLimit)
            for (const auto &entry : entries)
                if (entry.first->isScalar())
                    parent.keys.insert(entry.first->scalar);
        const bool seen = key->isScalar() &&
                          (entries.size() < scanLimit ? parent.node->value(key->scalar) != nullptr
                                                      : parent.keys.contains(key->scalar));
        if (key->isScalar() && entries.size() >= scanLimit)
            parent.keys.insert(key->scalar);
        if (seen) {
            m_doc.problems.append(
                {m_file, key->line, key->column,
                 QStringLiteral("duplicate key '%1' in this mapping").arg(key->scalar)});
        }
        parent.node->entries.emplace_back(key, value);
        parent.pendingKey = nullptr;
    }

    void fail(int line, int column, const QString &message)
    {
        m_fatal = true;
        m_doc.problems.append({m_file, line, column, message});
    }

    QString m_file;
    const QByteArray *m_source = nullptr;
    YamlLimits m_limits;
    YamlDocument m_doc;
    std::vector<Frame> m_stack;
    QHash<QByteArray, std::pair<const YamlNode *, qsizetype>> m_anchors;
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, StringHash, std::equal_to<>> m_shortScalars;
    qsizetype m_nodes = 0;
    bool m_fatal = false;
};

} // namespace

YamlDocument parseYaml(const QByteArray &bytes, const QString &fileName, YamlLimits limits)
{
    return TreeBuilder(fileName, limits).build(bytes);
}

} // namespace hitready
