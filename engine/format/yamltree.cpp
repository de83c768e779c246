#include "yamltree.h"
#include "yamlinput.h"

#include <QByteArrayView>
#include <QHash>
#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace hitready {

namespace {

struct Frame
{
    YamlNode *node = nullptr;
    QByteArray anchor;
    qsizetype size = 1;                        // nodes in the subtree, aliases expanded
    size_t firstChild = 0;                     // in TreeBuilder::m_children
    std::unordered_set<std::string_view> keys; // Map: keys seen, once the map is large
};

class TreeBuilder
{
public:
    TreeBuilder(const QString &file, YamlLimits limits, QUtf8StringView releasableKey)
        : m_file(file), m_limits(limits), m_releasableKey(releasableKey), m_blocks(m_doc.blocks)
    {}

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
            YamlNode *node = m_blocks.make<YamlNode>();
            node->kind = YamlNode::Kind::Scalar;
            node->size = quint32(event.data.scalar.length);
            node->data = scalarBytes(event);
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
            YamlNode *node = m_blocks.make<YamlNode>();
            node->kind = isMap ? YamlNode::Kind::Map : YamlNode::Kind::Sequence;
            node->line = line;
            node->column = column;
            const yaml_char_t *anchor =
                isMap ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
            if (!isMap && isReleasableList())
                m_doc.releasable = {node, m_blocks.started(), {}, false};
            m_stack.push_back(Frame{node, anchorOf(anchor), 1, m_children.size(), {}});
            return false;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame frame = std::move(m_stack.back());
            m_stack.pop_back();
            finish(frame);
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

    // A scalar's value: where the file spells it byte for byte (most plain and quoted
    // scalars on one line), else the one copy of that text in the document's copiedTexts.
    const char *scalarBytes(const yaml_event_t &event)
    {
        const auto *value = reinterpret_cast<const char *>(event.data.scalar.value);
        const size_t length = event.data.scalar.length;
        if (length == 0)
            return "";
        const auto style = event.data.scalar.style;
        const size_t quote =
            style == YAML_SINGLE_QUOTED_SCALAR_STYLE || style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                ? 1
                : 0;
        const size_t at = size_t(event.start_mark.index) + quote;
        if ((style == YAML_PLAIN_SCALAR_STYLE || quote) &&
            at + length <= size_t(m_source->size()) &&
            std::memcmp(m_source->constData() + at, value, length) == 0)
            return m_source->constData() + at;
        if (const auto it = m_copies.find(std::string_view(value, length)); it != m_copies.end())
            return it->data();
        const char *copy = m_doc.copiedTexts.copy(value, length);
        m_copies.insert(std::string_view(copy, length));
        return copy;
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

    // True for a list starting as the value of the root mapping's releasable key (the first
    // one: a duplicate key is a problem, and readers see the first).
    bool isReleasableList() const
    {
        if (m_releasableKey.isEmpty() || m_doc.releasable.list || m_stack.size() != 1 ||
            !m_stack.front().node->isMap())
            return false;
        const size_t children = m_children.size() - m_stack.front().firstChild;
        return children % 2 == 1 && m_children.back()->isScalar() &&
               m_children.back()->text() == m_releasableKey;
    }

    void add(const YamlNode *node, qsizetype size, const QByteArray &anchor)
    {
        YamlDocument::ReleasableList &releasable = m_doc.releasable;
        if (!anchor.isEmpty()) {
            m_anchors.insert(anchor, {node, size});
            // An alias could name it again after its block is gone.
            releasable.anchored = releasable.anchored || node == releasable.list ||
                                  std::any_of(m_stack.begin(), m_stack.end(), [&](const Frame &f) {
                                      return f.node == releasable.list;
                                  });
        }
        if (releasable.list && !m_stack.empty() && m_stack.back().node == releasable.list)
            releasable.startedAfter.push_back(m_blocks.started());
        if (m_stack.empty()) {
            if (!m_doc.root)
                m_doc.root = node;
            return;
        }
        Frame &parent = m_stack.back();
        parent.size += size;
        const size_t children = m_children.size() - parent.firstChild;
        if (parent.node->isMap() && children % 2 == 1)
            checkKey(parent, m_children.back());
        m_children.push_back(node);
    }

    // Reports a key written twice in one map, when its value arrives (as it always did).
    void checkKey(Frame &parent, const YamlNode *key)
    {
        if (!key->isScalar())
            return;
        constexpr size_t scanLimit = 8; // small maps: a scan beats a set
        const size_t entries = (m_children.size() - parent.firstChild) / 2;
        const std::string_view text(key->text().data(), size_t(key->text().size()));
        const auto textOf = [&](size_t entry) {
            const YamlNode *k = m_children[parent.firstChild + 2 * entry];
            return k->isScalar()
                       ? std::optional(std::string_view(k->text().data(), size_t(k->text().size())))
                       : std::nullopt;
        };
        if (entries == scanLimit)
            for (size_t e = 0; e < entries; ++e)
                if (const auto k = textOf(e))
                    parent.keys.insert(*k);
        bool seen = false;
        if (entries < scanLimit) {
            for (size_t e = 0; e < entries && !seen; ++e)
                seen = textOf(e) == text;
        } else {
            seen = !parent.keys.insert(text).second;
        }
        if (seen)
            m_doc.problems.append(
                {m_file, key->line, key->column,
                 QStringLiteral("duplicate key '%1' in this mapping").arg(key->scalar())});
    }

    // Moves a finished map's or list's children into the document's blocks.
    void finish(const Frame &frame)
    {
        YamlNode *node = frame.node;
        const size_t count = m_children.size() - frame.firstChild;
        const YamlNode *const *first = m_children.data() + frame.firstChild;
        if (node->isSequence()) {
            node->size = quint32(count);
            node->data = m_blocks.copy(first, count);
        } else {
            node->size = quint32(count / 2); // a key without a value is dropped, as before
            auto *entries = static_cast<YamlNode::Entry *>(
                m_blocks.allocate(sizeof(YamlNode::Entry) * (count / 2)));
            for (size_t e = 0; e < count / 2; ++e)
                new (entries + e) YamlNode::Entry(first[2 * e], first[2 * e + 1]);
            node->data = count / 2 ? entries : nullptr;
        }
        m_children.resize(frame.firstChild);
    }

    void fail(int line, int column, const QString &message)
    {
        m_fatal = true;
        m_doc.problems.append({m_file, line, column, message});
    }

    QString m_file;
    const QByteArray *m_source = nullptr;
    YamlLimits m_limits;
    QUtf8StringView m_releasableKey;
    YamlDocument m_doc;
    YamlBlocks &m_blocks;
    std::vector<Frame> m_stack;
    std::vector<const YamlNode *> m_children; // of the open maps and lists, innermost last
    QHash<QByteArray, std::pair<const YamlNode *, qsizetype>> m_anchors;
    std::unordered_set<std::string_view> m_copies; // views of m_doc.copiedTexts
    qsizetype m_nodes = 0;
    bool m_fatal = false;
};

} // namespace

YamlDocument parseYaml(const QByteArray &bytes, const QString &fileName, YamlLimits limits,
                       QUtf8StringView releasableKey)
{
    return TreeBuilder(fileName, limits, releasableKey).build(bytes);
}

} // namespace hitready
