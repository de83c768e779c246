#include "yamltree.h"

#include <QHash>
#include <QSet>
#include <yaml.h>

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
            add(node, 1, anchorOf(event.data.scalar.anchor));
            return false;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (int(m_stack.size()) >= m_limits.maxDepth) {
                fail(line, column,
                     QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth));
                return true;
            }
            const bool isMap = event.type == YAML_MAPPING_START_EVENT;
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
            add(it->first, it->second, {});
            return false;
        }
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

    void add(const YamlNode *node, qsizetype size, const QByteArray &anchor)
    {
        m_nodes += size;
        if (m_nodes > m_limits.maxNodes) {
            fail(node->line, node->column,
                 QStringLiteral("document expands to more than %1 nodes (aliases included)")
                     .arg(m_limits.maxNodes));
            return;
        }
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
